import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadChecklist } from '../../src/app/checklistCatalog';
import { AssessmentSchema, deriveFindings, LIMITS, prioritiseFindings, type Assessment } from '../../src/domain';
import type { Services } from '../../src/app/services';
import { openSection, resolvedFor, triagedAssessment } from './decisionsFixtures';
import { makeServices, wholeText } from './helpers';

const GAPS = { 'CON-01': 'partial', 'CON-02': 'no', 'CON-03': 'yes', 'CON-04': 'no' } as const;

async function question(id: string) {
  const { checklist } = await loadChecklist();
  return checklist.items.find((i) => i.id === id)!;
}

async function openFinding(id: string) {
  const item = await question(id);
  // A finding is named by the item's gap wording where it has one, else by its question marked as a gap.
  const title = item.gapTitle || `Gap: ${item.question}`;
  await userEvent.click(await screen.findByRole('link', { name: title }));
  await screen.findByRole('heading', { level: 2, name: title });
  return item;
}

const group = (name: RegExp | string) => screen.getByRole('group', { name });
const level = async (legend: RegExp, n: number) => userEvent.click(within(group(legend)).getByRole('radio', { name: new RegExp(`^${n} `) }));

describe('Findings', () => {
  it('lists the findings in the domain’s priority order, the raised red flag first and marked', async () => {
    const assessment = await triagedAssessment(GAPS);
    await openSection(assessment, 'findings');

    const table = await screen.findByRole('table', { name: 'Findings in priority order' });
    const rows = within(table).getAllByRole('row').slice(1);
    const expected = prioritiseFindings(deriveFindings(assessment, await resolvedFor(assessment)));
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual(expected.map((f) => f.title));
    expect(expected.map((f) => f.key)).toEqual(['CON-04', 'CON-01', 'CON-02']);
    expect(within(rows[0]!).getByText('Red flag')).toBeTruthy();
    expect(within(rows[1]!).queryByText('Red flag')).toBeNull();
    // A red flag is ranked whatever its rating; an unrated finding is not given a number that would only be checklist order.
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['1', 'Rate to rank', 'Rate to rank']);
  });

  it('creates an action from a finding: the action plan opens with the finding chosen, and the finding lists the action', async () => {
    const assessment = await triagedAssessment(GAPS);
    const { services } = await openSection(assessment, 'findings');
    const item = await openFinding('CON-02');
    expect(screen.getByRole('region', { name: 'Actions for this finding' }).textContent).toContain('No action addresses it yet.');
    await userEvent.click(screen.getByRole('link', { name: 'Create an action for this finding' }));

    const form = await screen.findByRole('form', { name: 'New action' });
    const chosen = within(form).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked);
    expect(chosen.map((c) => c.closest('label, div')!.textContent)).toEqual([expect.stringContaining('CON-02')]);
    await userEvent.type(within(form).getByLabelText('What will be done (required)'), 'Name a due-diligence owner');
    await userEvent.click(within(form).getByRole('button', { name: 'Save action' }));
    await screen.findByText('Action added.');
    const stored = (await services.assessments.get(assessment.id)).actions;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ description: 'Name a due-diligence owner', findingKeys: ['CON-02'] });

    await userEvent.click(screen.getByRole('link', { name: 'Findings' }));
    await userEvent.click(await screen.findByRole('link', { name: item.gapTitle || `Gap: ${item.question}` }));
    const region = await screen.findByRole('region', { name: 'Actions for this finding' });
    expect(region.textContent).toContain('Name a due-diligence owner');
    expect(region.textContent).toContain('Planned');
  });

  it('draws the largest allowed list a page of 50 at a time, numbered by priority across pages', async () => {
    const base = await triagedAssessment(GAPS);
    const custom = Object.fromEntries(
      Array.from({ length: LIMITS.findings }, (_, i) => [
        `F-${String(i).padStart(4, '0')}`,
        { title: `Own finding ${i}`, severity: { scale: 2, scope: 2, irremediability: 2 }, likelihood: 2, updatedAt: base.updatedAt },
      ]),
    );
    const assessment = { ...base, findings: custom } as unknown as Assessment;
    await openSection(assessment, 'findings');
    const all = prioritiseFindings(deriveFindings(AssessmentSchema.parse(assessment), await resolvedFor(assessment)));
    expect(all).toHaveLength(LIMITS.findings + 3);

    const table = await screen.findByRole('table', { name: 'Findings in priority order' });
    const rows = () => within(table).getAllByRole('row').slice(1);
    const cells = (r: HTMLElement) => [within(r).getAllByRole('cell')[0]!.textContent, within(r).getByRole('link').textContent];
    expect(rows()).toHaveLength(50);
    expect(cells(rows()[0]!)).toEqual(['1', all[0]!.title]);
    const pages = screen.getByRole('navigation', { name: 'Pages of findings' });
    expect(pages.textContent).toContain('Page 1 of 41 (showing 1–50 of 2,003)');

    await userEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(cells(rows()[0]!)).toEqual(['51', all[50]!.title]));
    expect(rows()).toHaveLength(50);
    expect(pages.textContent).toContain('Page 2 of 41 (showing 51–100 of 2,003)');
  });

  it('saves a rating, with the item’s rights and groups offered as suggestions until the assessor ticks them', async () => {
    const assessment = await triagedAssessment(GAPS);
    const { services } = await openSection(assessment, 'findings');
    const item = await openFinding('CON-01');
    expect(item.rights.length).toBeGreaterThan(0);
    expect(item.groups.length).toBeGreaterThan(0);

    // Nothing is ticked for the assessor: the item's rights are named as suggestions.
    const rights = () => within(group('Rights affected')).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked);
    expect(rights()).toHaveLength(0);
    expect(group('Rights affected').textContent).toContain('Suggested by the checklist item, not chosen until you tick them');
    await userEvent.click(screen.getByRole('button', { name: 'Tick the suggested rights' }));
    expect(rights()).toHaveLength(item.rights.length);
    expect(screen.queryByRole('button', { name: 'Tick the suggested rights' })).toBeNull();
    await level(/^Scale/, 3);
    await level(/^Scope/, 2);
    await level(/^Irremediability/, 4);
    await level(/^Likelihood/, 3);
    await userEvent.click(within(group('Our involvement (UNGP 19)')).getByRole('radio', { name: 'We contribute to it' }));
    expect(screen.getByText(/Severity:/).closest('p')!.textContent).toMatch(/^Severity: 4 of 4 \(Grave\), the highest of the three/);
    await userEvent.click(screen.getByRole('button', { name: 'Save finding' }));

    await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent === 'Saved')).toBe(true));
    const saved = (await services.assessments.get(assessment.id)).findings['CON-01']!;
    expect(saved).toMatchObject({
      severity: { scale: 3, scope: 2, irremediability: 4 },
      likelihood: 3,
      involvement: 'contributes',
      status: 'open',
      rights: item.rights,
      // Groups were suggested and not confirmed: none is stored, so none is printed.
      groups: [],
      title: '',
    });
    expect(Date.parse(saved.updatedAt)).toBeGreaterThan(Date.parse('2026-03-01T00:00:00Z'));
  });

  it('rates a finding from the list with four choices, without opening its editor', async () => {
    const assessment = await triagedAssessment(GAPS);
    const { services } = await openSection(assessment, 'findings');
    const item = await question('CON-02');
    const title = item.gapTitle || `Gap: ${item.question}`;
    const table = await screen.findByRole('table', { name: 'Findings in priority order' });
    const rate = within(table).getByRole('button', { name: `Rate “${title}”` });
    expect(rate.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(rate);

    const form = screen.getByRole('form', { name: `Rate “${title}”` });
    // Five controls, not the editor's sixty: four ratings, each level with its anchor, and Save.
    expect(within(form).getAllByRole('combobox')).toHaveLength(4);
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: 'Scale: how grave is the harm?' }));
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Scale: how grave is the harm?' }), '4 — Grave: harm to life, physical or mental integrity, or lasting loss of liberty');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Scope: how many people does it reach?' }), '2');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Irremediability: how hard is it to put right?' }), '1');
    await userEvent.selectOptions(within(form).getByRole('combobox', { name: 'Likelihood: how likely is the harm?' }), '3');
    await userEvent.click(within(form).getByRole('button', { name: 'Save rating' }));

    await screen.findByText(wholeText(`Rated “${title}”.`));
    const saved = (await services.assessments.get(assessment.id)).findings['CON-02']!;
    expect(saved).toMatchObject({ severity: { scale: 4, scope: 2, irremediability: 1 }, likelihood: 3, status: 'open', rights: [], groups: [], title: '' });
    // Rated, it is ranked and shown with its severity (the highest dimension), and the row offers a change.
    const row = within(table).getByRole('row', { name: new RegExp(title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await waitFor(() => expect(within(row).getAllByRole('cell')[1]!.textContent).toBe('4 of 4 (Grave)'));
    expect(within(row).getAllByRole('cell')[0]!.textContent).toMatch(/^\d+$/);
    expect(document.activeElement).toBe(within(row).getByRole('button', { name: `Change rating of “${title}”` }));
  });

  it('does not save an accepted risk without a rationale, and says why', async () => {
    const assessment = await triagedAssessment(GAPS);
    const { services } = await openSection(assessment, 'findings');
    await openFinding('CON-01');

    await userEvent.click(within(group('Status')).getByRole('radio', { name: 'Accepted (with rationale)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save finding' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Say why the risk is accepted.');
    const rationale = screen.getByRole('textbox', { name: 'Rationale (required when the risk is accepted)' });
    expect(rationale.getAttribute('aria-invalid')).toBe('true');
    expect(rationale.getAttribute('aria-describedby')).toContain(alert.id);
    expect((await services.assessments.get(assessment.id)).findings).toEqual({});

    await userEvent.type(rationale, 'Board accepted: the aim is published next quarter.');
    await userEvent.click(screen.getByRole('button', { name: 'Save finding' }));
    await waitFor(async () =>
      expect((await services.assessments.get(assessment.id)).findings['CON-01']).toMatchObject({
        status: 'accepted',
        rationale: 'Board accepted: the aim is published next quarter.',
      }),
    );
  });

  it('adds a finding of one’s own, which needs a title, and deletes it after confirmation', async () => {
    const assessment = await triagedAssessment(GAPS);
    const { services } = await openSection(assessment, 'findings');

    await userEvent.click(await screen.findByRole('link', { name: 'Add a finding of your own' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save finding' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the finding a title.');

    await userEvent.type(screen.getByRole('textbox', { name: 'Title (required)' }), 'Contractors can export raw data');
    await level(/^Likelihood/, 2);
    await userEvent.click(screen.getByRole('button', { name: 'Save finding' }));
    await screen.findByRole('heading', { level: 2, name: 'Contractors can export raw data' });
    const stored = await services.assessments.get(assessment.id);
    const keys = Object.keys(stored.findings);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^F-[0-9a-f-]{36}$/);
    expect(stored.findings[keys[0]!]).toMatchObject({ title: 'Contractors can export raw data', likelihood: 2 });

    await userEvent.click(screen.getByRole('button', { name: 'Delete finding' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this finding?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete finding' }));

    expect((await screen.findByText(wholeText('Deleted “Contractors can export raw data”.'))).getAttribute('role')).toBe('status');
    expect((await services.assessments.get(assessment.id)).findings).toEqual({});
    // The table follows the store through a live query: it drops the row once that query has run again.
    const table = screen.getByRole('table', { name: 'Findings in priority order' });
    await waitFor(() => expect(within(table).queryByText('Contractors can export raw data')).toBeNull());
  });

  it('keeps the rating on screen and says so when storage refuses it', async () => {
    const assessment = await triagedAssessment(GAPS);
    const services = makeServices();
    const refusing: Services = {
      ...services,
      assessments: { ...services.assessments, commit: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) },
    };
    await openSection(assessment, 'findings', refusing);
    await openFinding('CON-02');
    await level(/^Scale/, 2);
    await userEvent.click(screen.getByRole('button', { name: 'Save finding' }));

    // In words, not in the browser's: the form and the header say it alike.
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: this device’s storage is full.');
    expect((within(group(/^Scale/)).getByRole('radio', { name: /^2 / }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Changes not saved yet')).toBeTruthy();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Not saved: this device’s storage is full.')).toBe(true);
  });

  it('links an item finding back to its item in the checklist', async () => {
    const assessment = await triagedAssessment(GAPS);
    const { location } = await openSection(assessment, 'findings');
    const item = await openFinding('CON-04');

    await userEvent.click(screen.getByRole('link', { name: 'Open CON-04 in the checklist' }));

    expect(await screen.findByRole('heading', { level: 3, name: item.question })).toBeTruthy();
    await waitFor(() => expect(location.history!.at(-1)).toBe(`/a/${assessment.id}`));
    const steps = screen.getByRole('navigation', { name: 'Assessment sections' });
    expect(within(steps).getByRole('link', { name: 'Checklist' }).getAttribute('aria-current')).toBe('page');
  });
});
