/**
 * Issue 12: the full report's model carries codes and values, never sentences. Every string
 * in a model built from a rich assessment (findings rated and unrated, one added by hand,
 * actions, audit mode with verdicts and a statement, a parent revision, trade-offs,
 * stakeholders, benefits, profile answers of every kind, the change trail) is the person's
 * text, the checklist's or the registry's, an id, a code from a closed set, a date or time,
 * a hash, or a number; anything else is a sentence that leaked into the model. The same
 * model, built once (the builder takes no language), then reads in English or French as
 * the renderers word it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACTION_STATUSES,
  ANSWER_STATUSES,
  applyChange,
  AuditOpinionSchema,
  FINDING_STATUSES,
  HRBA_PRINCIPLES,
  INVOLVEMENTS,
  PI_PRINCIPLES,
  PURPOSES,
  RATING_DIMENSIONS,
  ReviewVerdictSchema,
  STAGES,
  startRevision,
  VOICES,
  type Assessment,
  type Checklist,
  type SourcesRegistry,
  type TrailEvent,
  type TrailProblem,
} from '../../../src/domain';
import { buildFullReport, type FullReport } from '../../../src/domain/report/fullReport';
import { loadCatalogue } from '../../../src/i18n/catalogues';
import type { LanguageState } from '../../../src/i18n/language';
import { pdfText, renderFullReportPdf } from '../../../src/report/fullPdf';
import { loadReportFontsFor } from '../../../src/report/fontsNode';
import { renderFullReportHtml } from '../../../src/report/html';
import { bundledChecklist, exampleAssessment, exampleTrail } from '../helpers/bundled';
import { NOW } from './fixtures';
import { popplerText } from './pdfText';

const meta = { at: '2026-11-20T09:00:00.000Z', by: 'Ines Auditor' };

/** The example (rated findings, two added by hand, actions, context, a multiple-choice, yes/no and free-text profile), audited. */
function richAssessment(): Assessment {
  let a = exampleAssessment();
  // The respondent's part first (audit mode locks it): one finding left unrated and its involvement not assessed; the free-text profile question left unanswered.
  const [key, record] = Object.entries(a.findings)[0]!;
  a = applyChange(a, { type: 'finding.set', key, finding: { ...record, severity: { scale: null, scope: null, irremediability: null }, likelihood: null, involvement: null } }, meta);
  const { jurisdictions: _dropped, ...rest } = a.triage;
  a = applyChange(a, { type: 'triage.set', triage: rest }, meta);
  a = applyChange(a, { type: 'subject.set', subject: a.subject, mode: 'audit' }, meta);
  a = applyChange(
    a,
    {
      type: 'audit.set',
      audit: { scope: 'Release 3.2', method: 'Document review', limitations: 'No access to logs', opinion: 'qualified', basis: 'Retention not applied', auditor: 'Ines Auditor' },
    },
    meta,
  );
  const ids = Object.keys(a.answers);
  const verdicts = ['conforms', 'partially-conforms', 'does-not-conform', 'not-verified'] as const;
  verdicts.forEach((verdict, i) => {
    a = applyChange(a, { type: 'review.set', itemId: ids[i]!, review: { verdict, comment: `Seen ${ids[i]}`, reviewedAt: meta.at, reviewedBy: meta.by } }, meta);
  });
  const locked = applyChange(a, { type: 'revision.lock' }, meta);
  return startRevision(locked, '00000000-0000-4000-8000-00000000cafe', '2026-11-21T09:00:00.000Z');
}

/** Every string leaf of a value, with its path. */
function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

const PROBLEMS = ['altered', 'inserted', 'removed', 'reordered', 'out-of-sequence', 'not-a-start', 'head-mismatch'] as const satisfies readonly TrailProblem[];

/** The closed sets the model may name by code. */
const CODES = new Set<string>([
  ...STAGES,
  ...ANSWER_STATUSES,
  ...ReviewVerdictSchema.options,
  ...AuditOpinionSchema.options,
  ...FINDING_STATUSES,
  ...ACTION_STATUSES,
  ...INVOLVEMENTS,
  ...PURPOSES,
  'self',
  'audit',
  'vendor-response',
  ...RATING_DIMENSIONS,
  ...HRBA_PRINCIPLES,
  ...PI_PRINCIPLES,
  ...PROBLEMS,
  ...VOICES,
  // Profile answers, citation kinds and styles, a source's verification.
  'not-answered',
  'none',
  'chosen',
  'principle',
  'passage',
  'paragraph',
  'section',
  'UNGP',
  'PI',
  'HRBA',
  'verified',
  'reference',
]);

/** Values that are data whatever the language: dates and times, hashes, the report id, finding numbers. */
const VALUE_PATTERNS: RegExp[] = [
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/,
  /^(sha256:)?[0-9a-f]{64}$/,
  /^R-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/,
  /^F\d+$/,
];

let assessment: Assessment;
let checklist: Checklist;
let registry: SourcesRegistry;
let trail: TrailEvent[];
let report: FullReport;
const languages: Record<'en' | 'fr', LanguageState> = { en: { locale: 'en', messages: {} }, fr: { locale: 'fr', messages: {} } };

beforeAll(async () => {
  ({ checklist, registry } = await bundledChecklist());
  assessment = richAssessment();
  trail = exampleTrail();
  report = await buildFullReport(assessment, checklist, registry, NOW, trail);
  languages.fr = { locale: 'fr', messages: await loadCatalogue('fr') };
}, 60_000);

describe('the full report model', () => {
  it('is built from a rich assessment: every kind of value is there', () => {
    expect(report.audit?.opinion).toBe('qualified');
    expect(report.audit?.counts.map((c) => c.verdict)).toEqual(['conforms', 'partially-conforms', 'does-not-conform', 'not-verified', null]);
    expect(report.meta.parent?.number).toBe(1);
    expect(report.findings.some((f) => f.stage === null && /^F\d+$/.test(f.number))).toBe(true);
    expect(report.findings.some((f) => f.severityLevel === null && f.involvement === null)).toBe(true);
    expect(report.findings.some((f) => f.severityLevel !== null)).toBe(true);
    expect(report.actions.some((a) => a.findings.length > 0)).toBe(true);
    expect(report.tradeoffs.length * report.stakeholders.length * report.benefits.length).toBeGreaterThan(0);
    expect(new Set(report.profile.map((p) => p.answer.kind))).toEqual(new Set(['chosen', 'yes', 'no', 'not-answered']));
    expect(report.findings.some((f) => f.titleIsQuestion)).toBe(true);
    expect(report.trail?.verdict.ok).toBe(true);
  });

  it('holds no string but the person’s, the checklist’s and the registry’s text, ids, codes, dates, hashes and numbers', () => {
    const data = new Set([...strings(assessment), ...strings(checklist), ...strings(registry), ...strings(trail)].map(([, s]) => s));
    const leaks = strings(report).filter(([, s]) => s !== '' && !data.has(s) && !CODES.has(s) && !VALUE_PATTERNS.some((p) => p.test(s)));
    expect(leaks.map(([path, s]) => `${path}: ${JSON.stringify(s)}`)).toEqual([]);
  });

  it('would catch an English sentence put back in the model', () => {
    const leaked = { ...report, findings: report.findings.map((f, i) => (i === 0 ? { ...f, involvement: 'Not assessed' } : f)) };
    const data = new Set([...strings(assessment), ...strings(checklist), ...strings(registry), ...strings(trail)].map(([, s]) => s));
    const leaks = strings(leaked).filter(([, s]) => s !== '' && !data.has(s) && !CODES.has(s) && !VALUE_PATTERNS.some((p) => p.test(s)));
    expect(leaks).toEqual([['findings[0].involvement', 'Not assessed']]);
  });

  // (It may take the checklist's translation, which is content to quote; never the language the report is worded in.)
  it('is the same whenever it is built: the builder takes no language to word it in', async () => {
    expect(await buildFullReport(assessment, checklist, registry, NOW, trail)).toEqual(report);
  });
});

describe('the same model rendered in English and in French', () => {
  it('reads differently in the HTML report, and the model is untouched', () => {
    const before = JSON.stringify(report);
    const [en, fr] = [renderFullReportHtml(report, { language: languages.en }), renderFullReportHtml(report, { language: languages.fr })];
    expect(en).not.toEqual(fr);
    for (const phrase of ['Qualified opinion', 'Partially conforms', 'Added by the assessor', 'Not assessed', 'Not rated', 'for harm to people’s human rights', 'Not answered', ': Gap: ']) {
      expect(en, phrase).toContain(phrase);
      expect(fr, phrase).not.toContain(phrase);
    }
    for (const phrase of ['Audit indépendant', 'Opinion avec réserve', 'Partiellement conforme', 'Ajouté par l’évaluateur ou l’évaluatrice', 'Non évaluée', 'Nous avons vérifié', 'Sans réponse']) {
      expect(fr, phrase).toContain(phrase);
    }
    // The sources' passage lines stay as the sources write them, marked English inside a French page.
    expect(fr).toContain('<ul class="passages" lang="en">');
    expect(en).not.toContain('<ul class="passages" lang="en">');
    expect(JSON.stringify(report)).toBe(before);
  });

  it('reads differently in the PDF (pdftotext), with the same person’s text in both', async () => {
    const text = async (language: LanguageState) =>
      popplerText(renderFullReportPdf(report, await loadReportFontsFor(pdfText(report, language)), { language })).replace(/\s+/g, ' ');
    const [en, fr] = [await text(languages.en), await text(languages.fr)];
    for (const phrase of ['Human rights due diligence report', 'Qualified opinion', 'Partially conforms', 'Not assessed', 'Completion by stage', 'OVERDUE']) {
      expect(en, phrase).toContain(phrase);
      expect(fr, phrase).not.toContain(phrase);
    }
    for (const phrase of ['Rapport de diligence raisonnable en matière de droits humains', 'Audit indépendant', 'Opinion avec réserve', 'Avancement par étape', 'EN RETARD']) {
      expect(fr, phrase).toContain(phrase);
    }
    // Moments and days in the language's own way (UTC), as typed in English.
    expect(en).toContain('Date: 2026-11-22 10:00 UTC');
    expect(fr).toContain('22 novembre 2026');
    expect(fr).not.toContain('2026-11-22 10:00 UTC');
    for (const own of [report.meta.productName, assessment.audit!.scope, report.tradeoffs[0]!.between]) {
      expect(en).toContain(own);
      expect(fr).toContain(own);
    }
  }, 120_000);
});
