import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { switchLanguage } from '../../src/i18n/language';
import { HomePage } from '../../src/ui/home/HomePage';
import IdentityPage from '../../src/ui/identity/IdentityPage';
import NewProcurementPage from '../../src/ui/procurement/NewProcurementPage';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { bundledVersions } from '../../src/app/checklistCatalog';
import { makeBackup, makeHrbaFile, serializeBackup, serializeHrbaFile } from '../../src/domain';
import BackupPage from '../../src/ui/backup/BackupPage';
import { bundledAssessment, makeServices, renderWithServices } from './helpers';
import { catalogueText } from './catalogueText';

// Building the request builder's question rows shares two cores with the rest of the suite.
vi.setConfig({ testTimeout: 60_000 });

afterEach(async () => {
  await switchLanguage('en', false);
});

const TOO_LONG = 'Use at most {max, number} characters.';
const WRONG_FORMAT =
  '{format, select, email {Expected an email address.} url {Expected a web address.} datetime {Expected a date and time such as 2026-01-31T12:00:00Z.} date {Expected a date as YYYY-MM-DD.} uuid {Expected an identifier (a UUID).} pattern {This is not in the expected form.} other {Expected the format “{format}”.}}';

/** An assessment file whose first answer has notes one character over the 50,000 the schema allows. */
async function fileWithLongNotes(): Promise<File> {
  const assessment = await bundledAssessment();
  const file = JSON.parse(serializeHrbaFile(makeHrbaFile(assessment, { name: 'HRBA@Tech', version: '0.1.0' }, '2026-02-02T10:00:00.000Z'))) as {
    assessment: { answers: Record<string, unknown> };
  };
  file.assessment.answers['CON-01'] = { status: 'yes', notes: 'x'.repeat(50_001), evidence: [], answeredAt: '2026-02-01T09:00:00.000Z' };
  return new File([JSON.stringify(file)], 'long-notes.hrba.json', { type: 'application/json' });
}

describe('problems the domain finds, in the chosen language', () => {
  it.each(['fr', 'ar'] as const)('an imported file with a text too long is refused in %s, with the limit as that language writes numbers', async (locale) => {
    await switchLanguage(locale, false);
    renderWithServices(<HomePage />, makeServices());
    const input = (await screen.findAllByLabelText(/\.hrba\.json/)).find((e) => e instanceof HTMLInputElement) as HTMLInputElement;
    await userEvent.upload(input, await fileWithLongNotes());
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    const sentence = catalogueText(locale, TOO_LONG, { max: 50_000 });
    // The limit is written the language's way (French groups digits with a narrow space, not a comma).
    expect(sentence).toContain(new Intl.NumberFormat(locale).format(50_000));
    if (locale === 'fr') expect(sentence).not.toContain('50,000');
    expect(alert.textContent).toContain(sentence);
    // Where: the field names as the file holds them, isolated from the sentence.
    expect(within(alert).getByText('assessment › answers › CON-01 › notes').closest('bdi')).toBeTruthy();
    expect(alert.textContent).not.toContain('Use at most');
  });

  it.each(['fr', 'ar'] as const)('a text not in its form is refused in %s with an example of the form, not “not in the expected form”', async (locale) => {
    await switchLanguage(locale, false);
    const assessment = await bundledAssessment();
    const file = JSON.parse(serializeHrbaFile(makeHrbaFile(assessment, { name: 'HRBA@Tech', version: '0.1.0' }, '2026-02-02T10:00:00.000Z'))) as { assessment: { checklist: { version: string } } };
    file.assessment.checklist.version = '1.2';
    renderWithServices(<HomePage />, makeServices());
    const input = (await screen.findAllByLabelText(/\.hrba\.json/)).find((e) => e instanceof HTMLInputElement) as HTMLInputElement;
    await userEvent.upload(input, new File([JSON.stringify(file)], 'short-version.hrba.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert.textContent).toContain(catalogueText(locale, 'Expected something like {example}.', { example: '1.0.0' }));
    expect(within(alert).getByText('assessment › checklist › version').closest('bdi')).toBeTruthy();
    expect(alert.textContent).not.toContain(catalogueText(locale, WRONG_FORMAT, { format: 'pattern' }));
  });

  it.each(['fr', 'ar'] as const)('a backup that fills its reserved evidence list is refused in %s as reserved, not as “at most 0 entries”', async (locale) => {
    await switchLanguage(locale, false);
    const assessment = await bundledAssessment();
    const backup = makeBackup({ exportedAt: '2026-02-02T10:00:00.000Z', generator: { name: 'test', version: '1' }, settings: {}, assessments: [{ assessment, changes: [], evidence: [] }], unreadable: [] });
    const text = serializeBackup(backup).replace('"evidence":[]', '"evidence":[{"name":"scan.pdf"}]');
    expect(text).toContain('scan.pdf');
    renderWithServices(<BackupPage />, makeServices());
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, new File([text], 'all.hrba-backup.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert.textContent).toContain(catalogueText(locale, 'This field is kept for a later version of the app and must be empty in this one.'));
    expect(within(alert).getByText('assessments[0] › evidence').closest('bdi')).toBeTruthy();
  });

  it('the self-signed identity form names its problems in French, under each field', async () => {
    await switchLanguage('fr', false);
    renderWithServices(<IdentityPage />, makeServices());
    await userEvent.type(await screen.findByLabelText(catalogueText('fr', 'Organisation', {}, 'Identities')), 'x'.repeat(65));
    await userEvent.type(screen.getByLabelText(catalogueText('fr', 'Email')), 'zoë@exemple.org');
    await userEvent.click(screen.getByRole('button', { name: catalogueText('fr', 'Create identity') }));
    const name = screen.getByLabelText(catalogueText('fr', 'Your name (required)'));
    expect(await screen.findByText(catalogueText('fr', MISSING, { what: 'signer_name' }))).toBeTruthy();
    expect(document.getElementById(name.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!)?.textContent).toBe(
      catalogueText('fr', MISSING, { what: 'signer_name' }),
    );
    expect(screen.getByText(catalogueText('fr', TOO_LONG, { max: 64 }))).toBeTruthy();
    expect(screen.getByText(catalogueText('fr', 'Enter an email address such as name@example.org (letters without accents).'))).toBeTruthy();
  });

  it('the request builder’s field check speaks French in its error summary', async () => {
    await switchLanguage('fr', false);
    renderWithServices(<NewProcurementPage />, makeServices());
    await screen.findByLabelText('Organisation acheteuse (obligatoire)');
    await userEvent.click(screen.getByRole('button', { name: 'Exporter la demande pour les fournisseurs' }));
    const summary = await screen.findByRole('alert', { name: catalogueText('fr', 'There is a problem') });
    const problem = catalogueText('fr', MISSING, { what: 'buying_organisation' });
    expect(problem).not.toBe('Name the buying organisation.');
    expect(within(summary).getByRole('link', { name: new RegExp(`${escape(problem)}$`) })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: new RegExp(`${escape(catalogueText('fr', MISSING, { what: 'procurement_title' }))}$`) })).toBeTruthy();
  });

  it('an assessment made with a checklist version this installation lacks says so in French, listing the versions it has', async () => {
    await switchLanguage('fr', false);
    const services = makeServices();
    const assessment = await bundledAssessment();
    await services.assessments.create({ ...assessment, checklist: { ...assessment.checklist, version: '9.9.9' } });
    renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}`);
    await screen.findByRole('heading', { level: 1, name: catalogueText('fr', 'The checklist could not be loaded') });
    const available = new Intl.ListFormat('fr', { type: 'disjunction' }).format(bundledVersions(assessment.checklist.id));
    expect(screen.getByText(catalogueText('fr', 'Uses {id} version {version}; this installation has {available}.', { id: assessment.checklist.id, version: '9.9.9', available }))).toBeTruthy();
  });
});

const MISSING =
  '{what, select, product_name {Give the product a name.} evidence_label {Describe the evidence.} question {Write the question.} buying_organisation {Name the buying organisation.} your_organisation {Name your organisation.} procurement_title {Give the procurement a title.} condition_title {Give the condition a title.} condition_text {Write the condition.} decision_reasons {Give the reasons for the decision.} approved_vendor {Choose the vendor you approve.} file_name {Name the file.} action_description {Describe the action.} tradeoff {Say what is traded off against what.} stakeholder {Say who was consulted.} benefit {Describe the benefit.} signer_name {Enter your name as it should appear on signatures.} finding_title {Give the finding a title.} clarification {Say what the vendor should clarify.} acceptance_reason {Say why the risk is accepted.} audit_basis {Say why: a qualified, adverse or disclaimed opinion needs its basis in words.} other {Fill this in.}}';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
