import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomePage } from '../../src/ui/home/HomePage';
import NewAssessmentPage from '../../src/ui/home/NewAssessmentPage';
import { loadChecklist } from '../../src/app/checklistCatalog';
import { resolveChecklist, type Assessment } from '../../src/domain';
import { bundledAssessment, makeServices, renderWithServices, rowByColumn, wholeText } from './helpers';

const BUILDER_PROFILE = { role: 'builder', technology: ['biometrics'], data: [], setting: [], decisions: false, 'public-users': true, affected: [], emergency: false, 'cross-border': false, jurisdictions: '' };

async function storedInDesign(): Promise<{ assessment: Assessment; answered: number; applicable: number }> {
  const { checklist } = await loadChecklist();
  const resolved = resolveChecklist(checklist, BUILDER_PROFILE);
  const conception = resolved.applicable.conception;
  const answers = Object.fromEntries(
    conception.map((item) => [item.id, { status: 'yes' as const, notes: '', evidence: [], answeredAt: '2026-02-01T09:00:00.000Z', answeredBy: '', review: null }]),
  );
  const applicable = Object.values(resolved.applicable).reduce((n, items) => n + items.length, 0);
  const assessment = await bundledAssessment({
    productName: 'FaceGate',
    mode: 'audit',
    triage: BUILDER_PROFILE,
    answers,
    progress: { stageReached: 'design' },
    at: '2026-02-01T09:30:00.000Z',
  });
  return { assessment, answered: conception.length, applicable };
}

describe('HomePage', () => {
  it('explains the tool on first run, when nothing is stored', async () => {
    const services = makeServices();
    renderWithServices(<HomePage />, services);

    const intro = await screen.findByRole('region', { name: 'Check a technology against human rights, stage by stage' });
    expect(intro.textContent).toMatch(/HRBA@Tech checklist/);
    expect(intro.textContent).toMatch(/stays in this browser/);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists each stored assessment with product, mode, stage reached, share answered and last edit', async () => {
    const services = makeServices();
    const { assessment, answered, applicable } = await storedInDesign();
    await services.assessments.create(assessment);
    renderWithServices(<HomePage />, services);

    const table = await screen.findByRole('table', { name: 'Assessments stored in this browser' });
    const row = await within(table).findByRole('row', { name: /FaceGate/ });
    const expectedPercent = `${Math.floor((answered * 100) / applicable)}%`;
    expect(expectedPercent).not.toBe('0%');
    await waitFor(() => expect(rowByColumn(table, row)['Answered']).toBe(expectedPercent));
    const values = rowByColumn(table, row);
    expect(values['Product']).toContain('FaceGate');
    expect(values['Product']).toContain('Acme');
    expect(values['Mode']).toBe('Independent audit');
    expect(values['Furthest step opened']).toBe('Design');
    // In the interface's language (English: en-GB dates), in the person's own time zone.
    expect(values['Last edited']).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(assessment.updatedAt)));
    expect(within(row).getByRole('link', { name: 'FaceGate' }).getAttribute('href')).toBe(`/a/${assessment.id}`);
  });

  it('"New assessment" opens the product step without storing anything; the first save creates it and goes on to the profile', async () => {
    const services = makeServices();
    const home = renderWithServices(<HomePage />, services);
    await screen.findByRole('region', { name: /Check a technology/ });
    expect(screen.getByRole('link', { name: 'New assessment' }).getAttribute('href')).toBe('/new');
    home.unmount();

    const { location } = renderWithServices(<NewAssessmentPage />, services, '/new');
    const name = await screen.findByLabelText('Product name (required)');
    // The name box starts empty (no "Untitled assessment" to delete first), and nothing is stored yet.
    expect((name as HTMLInputElement).value).toBe('');
    expect(await services.assessments.list()).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Continue to the profile' }));
    // A summary at the top names the problem, takes focus, and its link moves to the field.
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
    await userEvent.click(within(summary).getByRole('link', { name: 'Product name: give the product a name' }));
    expect(document.activeElement).toBe(name);
    expect(await services.assessments.list()).toHaveLength(0);

    await userEvent.type(name, 'Kestrel Łódź');
    // "Independent audit" (which could record nothing in a new assessment) is not offered here.
    expect(screen.queryByLabelText(/^Independent audit/)).toBeNull();
    await userEvent.click(screen.getByLabelText(/^Someone else’s product, reviewed independently/));
    await userEvent.click(screen.getByRole('button', { name: 'Continue to the profile' }));
    await waitFor(() => expect(location.history.at(-1)).toMatch(/^\/a\/[0-9a-f-]{36}$/));
    const id = location.history.at(-1)!.slice('/a/'.length);
    const created = await services.assessments.get(id);
    expect(created.subject.productName).toBe('Kestrel Łódź');
    expect(created.mode).toBe('self');
    expect(created.triage).toEqual({ role: 'auditor' });
    expect(created.progress.stageReached).toBe('triage');
    expect(created.checklist.id).toBe('hrba-tech');
    expect(await services.assessments.list()).toHaveLength(1);
  });

  it('duplicates an assessment as "(copy)" with the same answers', async () => {
    const services = makeServices();
    const { assessment } = await storedInDesign();
    await services.assessments.create(assessment);
    renderWithServices(<HomePage />, services);

    await userEvent.click(await screen.findByRole('button', { name: 'Duplicate FaceGate' }));

    const table = screen.getByRole('table');
    expect(await within(table).findByRole('link', { name: 'FaceGate (copy)' })).toBeTruthy();
    expect(within(table).getByRole('link', { name: 'FaceGate' })).toBeTruthy();
    expect(screen.getByText(wholeText('Created "FaceGate (copy)".')).getAttribute('role')).toBe('status');
    const stored = await services.assessments.list();
    expect(stored).toHaveLength(2);
    const copy = stored.flatMap((s) => (s.ok ? [s.assessment] : [])).find((a) => a.id !== assessment.id)!;
    expect(copy.subject.productName).toBe('FaceGate (copy)');
    expect(copy.answers).toEqual(assessment.answers);
  });

  it('asks before deleting, and Cancel keeps the assessment', async () => {
    const services = makeServices();
    const { assessment } = await storedInDesign();
    await services.assessments.create(assessment);
    renderWithServices(<HomePage />, services);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete FaceGate' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this assessment?' });
    expect(dialog.textContent).toContain('"FaceGate" and all its answers will be removed');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('link', { name: 'FaceGate' })).toBeTruthy();
    expect(await services.assessments.exists(assessment.id)).toBe(true);
  });

  it('deletes the assessment once the dialog is confirmed', async () => {
    const services = makeServices();
    const { assessment } = await storedInDesign();
    await services.assessments.create(assessment);
    renderWithServices(<HomePage />, services);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete FaceGate' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this assessment?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await screen.findByRole('region', { name: /Check a technology/ });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('link', { name: 'FaceGate' })).toBeNull();
    expect(await services.assessments.exists(assessment.id)).toBe(false);
  });

  it('reminds to back up when something changed since the last backup, and stops once a backup is newer', async () => {
    const services = makeServices();
    const { assessment } = await storedInDesign();
    await services.assessments.create(assessment);
    renderWithServices(<HomePage />, services);

    const never = await screen.findByRole('note');
    expect(never.textContent).toMatch(/never backed up/);
    expect(within(never).getByRole('link', { name: 'Back up now' }).getAttribute('href')).toBe('/backup');

    // A backup newer than every change: nothing to say.
    await services.settings.set({ lastBackupAt: new Date(Date.parse(assessment.updatedAt) + 60_000).toISOString() });
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
  });
});
