import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChangeRefusedError, originOf, type Assessment } from '../../src/domain';
import { storageMessage } from '../../src/ui/common/storageMessages';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { makeServices, renderWithServices } from './helpers';
import { currentIntl } from '../../src/i18n/react';
import { answers, openSection, triagedAssessment } from './decisionsFixtures';

const RESPONDENT = answers({ 'CON-01': 'yes', 'CON-02': 'partial', 'CON-03': 'no' }, 'Board minutes of 3 March');

async function auditAssessment(extra: Partial<Assessment> = {}) {
  const base = await triagedAssessment({}, { answers: RESPONDENT, mode: 'audit', ...extra });
  return base;
}

const article = (id: string) => screen.getByRole('article', { name: new RegExp(`^${id} `) });
const queryArticle = (id: string) => screen.queryByRole('article', { name: new RegExp(`^${id} `) });

describe('Audit review', () => {
  it('switches an assessment to audit mode without touching its answers, and records it in the trail', async () => {
    const assessment = await triagedAssessment({}, { answers: RESPONDENT });
    const { services } = await openSection(assessment, 'audit');
    await userEvent.click(await screen.findByRole('button', { name: 'Audit this assessment' }));
    await screen.findByRole('heading', { name: 'Verdicts, item by item' });

    const stored = await services.assessments.get(assessment.id);
    expect(stored.mode).toBe('audit');
    expect(stored.answers).toEqual(assessment.answers);
    expect((await services.assessments.trail(assessment.id)).at(-1)?.change).toMatchObject({ type: 'subject.set', mode: 'audit' });
  });

  it('shows the respondent’s answer and notes beside a verdict that is stored by the auditor’s name, answers unchanged', async () => {
    const assessment = await auditAssessment({ audit: { scope: '', method: '', limitations: '', opinion: null, basis: '', auditor: 'Ines Auditor' } });
    const { services } = await openSection(assessment, 'audit');
    const card = within(await screen.findByRole('article', { name: /^CON-02 / }));
    expect(card.getByText('Partly')).toBeTruthy();
    expect(card.getByText('Board minutes of 3 March')).toBeTruthy();

    const save = card.getByRole('button', { name: 'Save verdict on CON-02' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(card.getByRole('radio', { name: 'Partially conforms' }));
    await userEvent.type(card.getByRole('textbox', { name: 'Comment on CON-02' }), 'Minutes seen; no owner named.');
    await userEvent.click(save);
    await screen.findByText('Saved the verdict on CON-02: Partially conforms.');

    const stored = await services.assessments.get(assessment.id);
    expect(stored.answers['CON-02']!.review).toMatchObject({ verdict: 'partially-conforms', comment: 'Minutes seen; no owner named.', reviewedBy: 'Ines Auditor' });
    const { review: _r, ...respondentPart } = stored.answers['CON-02']!;
    const { review: _o, ...original } = assessment.answers['CON-02']!;
    expect(respondentPart).toEqual(original);
    const last = (await services.assessments.trail(assessment.id)).at(-1)!;
    expect(last).toMatchObject({ by: 'Ines Auditor', change: { type: 'review.set', itemId: 'CON-02' } });
  });

  it('narrows the list to the items not yet reviewed, or to one verdict', async () => {
    const reviewed = { ...RESPONDENT, 'CON-01': { ...RESPONDENT['CON-01']!, review: { verdict: 'does-not-conform' as const, comment: '', reviewedAt: '2026-02-02T09:00:00.000Z', reviewedBy: '' } } };
    await openSection(await auditAssessment({ answers: reviewed }), 'audit');
    await screen.findByRole('article', { name: /^CON-01 / });
    expect(screen.getByText(/1 of \d+ applicable items reviewed/)).toBeTruthy();
    const show = screen.getByRole('combobox', { name: 'Show' });

    await userEvent.selectOptions(show, 'Items not yet reviewed');
    expect(queryArticle('CON-01')).toBeNull();
    expect(article('CON-02')).toBeTruthy();
    expect(article('CON-03')).toBeTruthy();

    await userEvent.selectOptions(show, 'Reviewed: Does not conform');
    expect(screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent?.slice(0, 6))).toEqual(['CON-01']);

    await userEvent.selectOptions(show, 'Reviewed: Conforms');
    expect(screen.queryAllByRole('article')).toEqual([]);
    expect(screen.getByText('No item matches “Reviewed: Conforms”.')).toBeTruthy();
  });

  it('explains each opinion, asks for the basis of a reservation, and stores the statement', async () => {
    const assessment = await auditAssessment();
    const { services } = await openSection(assessment, 'audit');
    const form = within(await screen.findByRole('form', { name: 'Audit statement' }));
    expect(form.getByRole('radio', { name: /Adverse opinion/ }).getAttribute('aria-describedby')).toBeTruthy();
    expect(form.getByText(/could not obtain enough evidence to form an opinion/)).toBeTruthy();

    await userEvent.type(form.getByRole('textbox', { name: 'Auditor (name and organisation)' }), 'Ines Auditor, Verity LLP');
    await userEvent.type(form.getByRole('textbox', { name: 'Scope' }), 'Conception and design stages');
    await userEvent.type(form.getByRole('textbox', { name: 'Method' }), 'Document review and two interviews');
    await userEvent.type(form.getByRole('textbox', { name: 'Limitations' }), 'No access to the production system');
    await userEvent.click(form.getByRole('radio', { name: /Qualified opinion/ }));
    await userEvent.click(form.getByRole('button', { name: 'Save audit statement' }));
    expect(await form.findByText(/needs its basis in words/)).toBeTruthy();
    expect((await services.assessments.get(assessment.id)).audit).toBeUndefined();

    await userEvent.type(form.getByRole('textbox', { name: /Basis for the opinion/ }), 'CON-02 has no owner.');
    await userEvent.click(form.getByRole('button', { name: 'Save audit statement' }));
    await form.findByText('Audit statement saved.');
    expect((await services.assessments.get(assessment.id)).audit).toEqual({
      scope: 'Conception and design stages',
      method: 'Document review and two interviews',
      limitations: 'No access to the production system',
      opinion: 'qualified',
      basis: 'CON-02 has no owner.',
      auditor: 'Ines Auditor, Verity LLP',
    });
    expect((await services.assessments.trail(assessment.id)).at(-1)).toMatchObject({ by: 'Ines Auditor, Verity LLP', change: { type: 'audit.set' } });
  });
});

describe('Audit mode is enforced below the screen', () => {
  it('shows the respondent’s action plan read-only, and the write path itself refuses an answer edit, in words', async () => {
    const assessment = await auditAssessment();
    const { services } = await openSection(assessment, 'actions');
    expect(await screen.findByText(/Audit mode: this is the respondent’s work and is shown read-only/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add an action' }).matches(':disabled')).toBe(true);

    const edit = services.assessments.commit(assessment.id, { type: 'answer.set', itemId: 'CON-01', status: 'no', notes: 'auditor typed here', evidence: [] }, 'Ines');
    const error = await edit.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ChangeRefusedError);
    expect((error as ChangeRefusedError).code).toBe('audit-respondent-work');
    expect(storageMessage(error, currentIntl()).problem).toBe('in audit mode the respondent’s answers, profile, findings, actions and context cannot be changed.');
    expect((await services.assessments.get(assessment.id)).answers).toEqual(assessment.answers);
    expect((await services.assessments.trail(assessment.id)).some((e) => e.change.type === 'answer.set')).toBe(false);
  });

  it('keeps the product details read-only in the Product step but lets the purpose change', async () => {
    await openSection(await auditAssessment(), 'checklist');
    await userEvent.click(await screen.findByRole('button', { name: 'Product' }));
    expect((await screen.findByRole('textbox', { name: 'Product name (required)' })).matches(':disabled')).toBe(true);
    expect(screen.getByRole('radio', { name: /^Our own product/ }).matches(':disabled')).toBe(false);
  });

  it('shows audit mode as the purpose it stands at; choosing another leaves audit mode first, then sets the perspective', async () => {
    const assessment = await auditAssessment();
    const { services } = await openSection(assessment, 'checklist');
    await userEvent.click(await screen.findByRole('button', { name: 'Product' }));
    const audit = await screen.findByRole<HTMLInputElement>('radio', { name: 'Independent audit of the respondent’s answers' });
    expect(audit.checked).toBe(true);
    await userEvent.click(screen.getByRole('radio', { name: /^A product we are buying/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Continue to the profile' }));
    await screen.findByRole('heading', { name: 'Profile' });

    const stored = await services.assessments.get(assessment.id);
    expect(stored.mode).toBe('self');
    expect(stored.triage).toEqual({ ...assessment.triage, role: 'buyer' });
    expect((await services.assessments.trail(assessment.id)).slice(-2).map((e) => e.change.type)).toEqual(['subject.set', 'triage.set']);
  });
});

describe('Locked revisions', () => {
  it('locks from the review, then opens read-only and starts revision 2 naming its parent', async () => {
    const services = makeServices();
    const assessment = await auditAssessment();
    const { location } = await openSection(assessment, 'audit', services);
    await userEvent.click(await screen.findByRole('button', { name: 'Lock this revision' }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Lock revision 1?' })).getByRole('button', { name: 'Lock revision 1' }));

    const banner = await screen.findByRole('status', { name: 'Locked revision' });
    expect(banner.textContent).toContain('Revision 1 is locked');
    const locked = await services.assessments.get(assessment.id);
    expect(locked.revision.lockedAt).not.toBeNull();
    // Nothing on the locked revision can be changed from the review.
    const card = within(screen.getByRole('article', { name: /^CON-01 / }));
    expect(card.getByRole('radio', { name: 'Conforms' }).matches(':disabled')).toBe(true);
    expect(within(screen.getByRole('form', { name: 'Audit statement' })).getByRole('textbox', { name: 'Scope' }).matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Lock this revision' })).toBeNull();

    await userEvent.click(within(banner).getByRole('button', { name: 'Start revision 2' }));
    await waitFor(() => expect(location.history.at(-1)).toMatch(/^\/a\/(?!.*audit)/));
    const nextId = location.history.at(-1)!.split('/')[2]!;
    const next = await services.assessments.get(nextId);
    expect(next.revision).toEqual({ number: 2, parent: originOf(locked), lockedAt: null });
    expect(next.answers).toEqual(locked.answers);
    expect((await services.assessments.trail(nextId)).at(-1)?.change).toEqual({ type: 'revision.started', parent: originOf(locked) });
  });

  it('opens a locked revision’s checklist read-only and offers the revision that already continues it', async () => {
    const services = makeServices();
    const assessment = await triagedAssessment({ 'CON-01': 'yes' });
    await services.assessments.create(assessment);
    await services.assessments.commit(assessment.id, { type: 'revision.lock' });
    const next = await services.assessments.startRevision(assessment.id, '00000000-0000-4000-8000-0000000000ff');
    renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}/actions`);
    const banner = await screen.findByRole('status', { name: 'Locked revision' });
    expect((await within(banner).findByRole('link', { name: 'Open revision 2' })).getAttribute('href')).toBe(`/a/${next.id}`);
    expect(within(banner).queryByRole('button', { name: /Start revision/ })).toBeNull();
    expect((await screen.findByRole('button', { name: 'Add an action' })).matches(':disabled')).toBe(true);
  });
});
