import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { actionsCsv, deriveFindings, type ActionItem } from '../../src/domain';
import { intlFor } from '../../src/i18n/react';
import { actionsCsvWords } from '../../src/ui/actions/exportActionsCsv';
import { openSection, resolvedFor, triagedAssessment } from './decisionsFixtures';
import { rowByColumn } from './helpers';

// The test clock (helpers.steppingClock) reads 2026-03-01.
const TODAY = '2026-03-01';
// jsdom's name computation drops the space before a visually hidden span: "Edit action: …" in browsers.
const GAPS = { 'CON-01': 'partial', 'CON-02': 'no', 'CON-04': 'no' } as const;

const PLAN: ActionItem[] = [
  { id: 'a1', findingKeys: ['CON-04', 'CON-02'], description: 'Stop the covert tracking feature', owner: 'CTO', dueDate: '2026-02-15', status: 'in-progress', completionEvidence: '' },
  { id: 'a2', findingKeys: ['CON-01'], description: '=Publish the aim, "v2"; with the board', owner: 'Łucja Nowak', dueDate: '2026-06-30', status: 'planned', completionEvidence: 'Minutes, 3 March' },
  { id: 'a3', findingKeys: [], description: 'Old audit', owner: '', dueDate: '2025-01-01', status: 'done', completionEvidence: 'Report' },
];

afterEach(() => vi.restoreAllMocks());

function actionRow(description: string) {
  const table = screen.getByRole('table', { name: /^Actions/ });
  const row = within(table).getByRole('rowheader', { name: description }).closest('tr')!;
  return rowByColumn(table, row);
}

describe('Action plan', () => {
  it('adds an action linked to a finding, shows it overdue in words, and edits it', async () => {
    const assessment = await triagedAssessment(GAPS);
    const { services } = await openSection(assessment, 'actions');

    await userEvent.click(await screen.findByRole('button', { name: 'Add an action' }));
    const form = screen.getByRole('form', { name: 'New action' });
    await userEvent.type(within(form).getByRole('textbox', { name: 'What will be done (required)' }), 'Name a due-diligence owner');
    await userEvent.click(within(form).getByRole('checkbox', { name: /^CON-02: / }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Owner' }), 'Head of product');
    await userEvent.type(within(form).getByLabelText('Due date'), '2026-02-20');
    await userEvent.click(within(form).getByRole('button', { name: 'Save action' }));

    await screen.findByText('Action added.');
    const [stored] = (await services.assessments.get(assessment.id)).actions;
    expect(stored).toMatchObject({ findingKeys: ['CON-02'], description: 'Name a due-diligence owner', owner: 'Head of product', dueDate: '2026-02-20', status: 'planned' });
    const row = actionRow('Name a due-diligence owner');
    expect(row['Due date']).toBe('20 Feb 2026 Overdue');
    expect(row['Status']).toBe('Planned');
    expect(screen.getByText('1 action is overdue.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an action' }));

    await userEvent.click(screen.getByRole('button', { name: /^Edit\s*action: Name a due-diligence owner$/ }));
    const edit = screen.getByRole('form', { name: 'Edit action' });
    await userEvent.selectOptions(within(edit).getByRole('combobox', { name: 'Status' }), 'Done');
    await userEvent.type(within(edit).getByRole('textbox', { name: 'Completion evidence' }), 'Board minutes, 2 March');
    await userEvent.click(within(edit).getByRole('button', { name: 'Save action' }));

    await screen.findByText('Action saved.');
    expect(actionRow('Name a due-diligence owner')['Due date']).toBe('20 Feb 2026');
    expect(screen.queryByText(/overdue\./)).toBeNull();
    const after = (await services.assessments.get(assessment.id)).actions;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: stored!.id, status: 'done', completionEvidence: 'Board minutes, 2 March' });
  });

  it('keeps the form open with a message when the description is missing', async () => {
    const assessment = await triagedAssessment(GAPS);
    const { services } = await openSection(assessment, 'actions');
    await userEvent.click(await screen.findByRole('button', { name: 'Add an action' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save action' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Describe the action.');
    expect((await services.assessments.get(assessment.id)).actions).toEqual([]);
  });

  it('exports the plan as the domain’s CSV, named after the product and the date', async () => {
    const assessment = await triagedAssessment(GAPS, { actions: PLAN });
    await openSection(assessment, 'actions');
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/csv';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));

    expect(names).toEqual([`FaceGate-actions-${TODAY}.csv`]);
    const expected = actionsCsv(PLAN, deriveFindings(assessment, await resolvedFor(assessment)), TODAY, actionsCsvWords(intlFor({ locale: 'en', messages: {} })));
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // The overdue flag in the file matches the screen: only the in-progress action past its date.
    expect(expected.split('\r\n')[1]).toMatch(/,In progress,yes,/);
  });

  it('filters by status and shows only overdue actions on request', async () => {
    const assessment = await triagedAssessment(GAPS, { actions: PLAN });
    await openSection(assessment, 'actions');
    const filter = await screen.findByRole('combobox', { name: 'Show' });

    await userEvent.selectOptions(filter, 'Overdue only');
    let table = screen.getByRole('table', { name: 'Actions (1 of 3 shown)' });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Stop the covert tracking feature']);

    await userEvent.selectOptions(filter, 'Done');
    table = screen.getByRole('table', { name: 'Actions (1 of 3 shown)' });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Old audit']);
  });

  it('deletes an action only once the person confirms', async () => {
    const assessment = await triagedAssessment(GAPS, { actions: PLAN });
    const { services } = await openSection(assessment, 'actions');

    await userEvent.click(await screen.findByRole('button', { name: /^Delete\s*action: Old audit$/ }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete this action?' })).getByRole('button', { name: 'Cancel' }));
    expect((await services.assessments.get(assessment.id)).actions).toHaveLength(3);

    await userEvent.click(screen.getByRole('button', { name: /^Delete\s*action: Old audit$/ }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete this action?' })).getByRole('button', { name: 'Delete action' }));
    await waitFor(async () => expect((await services.assessments.get(assessment.id)).actions.map((a) => a.id)).toEqual(['a1', 'a2']));
    expect(screen.queryByRole('rowheader', { name: 'Old audit' })).toBeNull();
  });
});
