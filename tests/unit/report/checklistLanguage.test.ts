/**
 * A report quotes the checklist in the language it is made in, where the translation is fresh,
 * and says so; ids, hashes and citations stay the English source's. It also counts the languages
 * the answers were given in, from the change trail.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyChange, newAssessment, type Assessment, type AssessmentChangeInput } from '../../../src/domain';
import type { ChecklistTranslation } from '../../../src/domain/checklist/translation';
import { answeredIn } from '../../../src/domain/report/checklistLanguage';
import { buildFullReport, type FullReport } from '../../../src/domain/report/fullReport';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import { loadChecklistTranslation } from '../../../src/node/loadTranslation';
import { checklistLanguageLines } from '../../../src/report/checklistLanguageWords';
import { renderFullReportHtml } from '../../../src/report/html';
import { ROOT, bundledChecklistVersion, exampleAssessment, exampleTrail, type Bundled } from '../helpers/bundled';
import { NOW } from './fixtures';

const TRANSLATED = 'CON-01';
const STALE = 'CON-02';
const FLAGGED = 'CON-04';

let bundled: Bundled;
let french: ChecklistTranslation;
let assessment: Assessment;
let english: FullReport;
let report: FullReport;

const item = (r: FullReport, id: string) => r.stages.flatMap((s) => s.items).find((i) => i.id === id)!;

beforeAll(async () => {
  bundled = await bundledChecklistVersion('1.2.0');
  const loaded = loadChecklistTranslation(join(ROOT, 'checklists', 'hrba-tech'), 'fr');
  if (!loaded) throw new Error('no French translation of the checklist');
  // One entry made stale: it now translates other English than this version's, so it is not used.
  french = { ...loaded, items: { ...loaded.items, [STALE]: { ...loaded.items[STALE], source: '0000000000000000' } } };
  const meta = { at: '2026-10-01T09:00:00.000Z', by: 'Test assessor' };
  let a = newAssessment({
    id: '00000000-0000-4000-8000-0000000000f1',
    at: meta.at,
    mode: 'self',
    subject: { productName: 'Moulin', version: '1', organisation: 'Org', description: '', assessor: 'Test assessor' },
    checklist: bundled.ref,
  });
  const apply = (c: AssessmentChangeInput) => (a = applyChange(a, c, meta));
  apply({ type: 'triage.set', triage: { role: 'builder', technology: ['data-analytics'], data: ['personal'], emergency: false, 'cross-border': false } });
  apply({ type: 'answer.set', itemId: TRANSLATED, status: 'partial', notes: '', evidence: [] });
  apply({ type: 'answer.set', itemId: STALE, status: 'yes', notes: '', evidence: [] });
  apply({ type: 'answer.set', itemId: FLAGGED, status: 'no', notes: '', evidence: [] });
  assessment = a;
  english = await buildFullReport(assessment, bundled.checklist, bundled.registry, NOW);
  report = await buildFullReport(assessment, bundled.checklist, bundled.registry, NOW, undefined, french);
});

describe('a report quoting the French translation of the checklist', () => {
  it('quotes a translated item’s question in French and a stale one’s in English, marked as such', () => {
    const entry = french.items[TRANSLATED]!;
    expect(item(report, TRANSLATED).question).toBe(entry.question);
    expect(item(report, TRANSLATED).question).not.toBe(item(english, TRANSLATED).question);
    expect(item(report, STALE).question).toBe(item(english, STALE).question);
    expect(report.languages.checklist).toEqual({ language: 'fr', reviewed: false, inEnglish: [STALE], manifestInEnglish: false });
  });

  it('quotes the gap title, the red flag’s reason and the profile in French', () => {
    const flag = report.findings.find((f) => f.key === FLAGGED)!;
    const entry = french.items[FLAGGED] as { gapTitle: string; redFlag: { reason: string } };
    expect(flag.title).toBe(entry.gapTitle);
    expect(flag.redFlagReason).toBe(entry.redFlag.reason);
    const triage = (french.manifest.triage as Record<string, { question: string }>).role!;
    expect(report.profile[0]!.question).toBe(triage.question);
  });

  it('keeps the English source’s ids, citations, hashes and checklist reference', () => {
    expect(report.sources).toEqual(english.sources);
    expect(report.meta.assessmentHash).toBe(english.meta.assessmentHash);
    expect(report.meta.reportId).toBe(english.meta.reportId);
    expect(report.meta.checklist).toEqual(english.meta.checklist);
    expect(report.stages.map((s) => s.items.map((i) => i.id))).toEqual(english.stages.map((s) => s.items.map((i) => i.id)));
  });

  it('is the English source, and says nothing about its language, without a translation', () => {
    expect(english.languages).toEqual({ checklist: { language: 'en', reviewed: true, inEnglish: [], manifestInEnglish: false }, answeredIn: [] });
    expect(checklistLanguageLines(english)).toEqual([]);
    expect(renderFullReportHtml(english)).not.toContain('class="checklist-language"');
  });

  it('does not claim a translation that gives it nothing: the example (1.0.0) has no fresh French entry', async () => {
    const old = await bundledChecklistVersion('1.0.0');
    const example = await buildFullReport(exampleAssessment(), old.checklist, old.registry, NOW, exampleTrail(), french);
    expect(example.languages.checklist.language).toBe('en');
    expect(checklistLanguageLines(example)).toEqual([]);
  });

  it('marks in the HTML report each quoted question with the language it is in', () => {
    const page = renderFullReportHtml(report);
    expect(page).toContain(`${TRANSLATED} <span lang="fr">`);
    expect(page).toContain(`${STALE} <span lang="en">`);
  });

  it('prints the notice in the HTML report’s header, in the report’s language', async () => {
    const fr = { locale: 'fr' as const, messages: await loadCatalogue('fr') };
    const page = renderFullReportHtml(report, { language: fr });
    const header = page.slice(0, page.indexOf('</header>'));
    const lines = checklistLanguageLines(report, fr);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(header).toContain(`<p>${line}</p>`);
  });

  it('says in the report’s language that the questions are an unreviewed French translation', async () => {
    expect(checklistLanguageLines(report)).toEqual([
      'The checklist’s questions are quoted in French, a translation not yet reviewed; the English text is the reference.',
      'One question is quoted in English: its translation is missing or older than the English text.',
    ]);
    const [notice] = checklistLanguageLines(report, { locale: 'fr', messages: await loadCatalogue('fr') });
    expect(notice).toContain('français');
    expect(notice).not.toContain('French');
    const reviewed = await buildFullReport(assessment, bundled.checklist, bundled.registry, NOW, undefined, { ...french, review: { status: 'reviewed', by: 'A. Reviewer', on: '2026-11-01' } });
    expect(checklistLanguageLines(reviewed)[0]).toBe('The checklist’s questions are quoted in French, a reviewed translation; the English text is the reference.');
  });
});

describe('the languages a report says the checklist was answered in', () => {
  const set = (itemId: string, language?: string) => ({ change: { type: 'answer.set', itemId, ...(language ? { language } : {}) } as never });

  it('counts each answer’s last recorded language, and answers without one as not recorded', () => {
    const trail = [set('A', 'fr'), set('B', 'fr'), set('C', 'en'), set('D'), set('E', 'fr'), set('E', 'en'), set('G', 'fr'), set('X', 'ar')];
    // F was answered without any trail event (an import): not recorded; X is not among the answers.
    const counts = answeredIn(trail, ['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(counts).toEqual([
      { language: 'fr', count: 3 },
      { language: 'en', count: 2 },
      { language: null, count: 2 },
    ]);
    expect(checklistLanguageLines({ ...english, languages: { ...english.languages, answeredIn: counts } })).toEqual([
      'The checklist was answered in: French (3 answers), English (2 answers) and not recorded (2 answers).',
    ]);
  });

  it('says nothing without a trail, or when no answer recorded its language', () => {
    expect(answeredIn(undefined, ['A'])).toEqual([]);
    expect(answeredIn([set('A')], ['A', 'B'])).toEqual([]);
  });
});
