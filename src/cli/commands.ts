import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildFullReport, type FullReport } from '../domain/report/fullReport';
import { HASH_LABEL, plural } from '../report/common';
import { ENGLISH_WORDS } from '../report/reportWords';
import { openAssessmentFile } from './assessmentFile';
import type { Problem } from '../domain/problems';
import { englishProblemText, jsonProblems } from '../words/problems';
import type { Locale } from '../i18n/locales';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface ReportTargets {
  pdf?: string;
  html?: string;
}

/** How results are printed: lines for people, or one JSON object on stdout for CI (`--json`). */
export type OutputFormat = 'text' | 'json';

/** `hrba validate`: 0 and a summary when the file is valid, 1 and `path: message` lines when not. */
export async function validateCommand(path: string, now: Date, io: Io, format: OutputFormat = 'text'): Promise<number> {
  const opened = await openAssessmentFile(path);
  if (!opened.ok) return fail(path, opened.problems, io, format);
  const report = await buildFullReport(opened.file.assessment, opened.checklist, opened.registry, now, opened.file.trail);
  if (format === 'json') {
    io.out(JSON.stringify({ ok: true, file: path, summary: jsonSummary(report) }, null, 2));
    return 0;
  }
  io.out(`valid: ${path}`);
  for (const line of summary(report)) io.out(`  ${line}`);
  return 0;
}

/**
 * `hrba report`: writes the PDF and/or HTML report, in `locale` (`--lang`: its words from that
 * language's catalogue, the checklist quoted from its translation where fresh); 1 (and nothing
 * written) when the file is invalid.
 */
export async function reportCommand(path: string, targets: ReportTargets, now: Date, io: Io, format: OutputFormat = 'text', locale: Locale = 'en'): Promise<number> {
  const opened = await openAssessmentFile(path);
  if (!opened.ok) return fail(path, opened.problems, io, format);
  const { reportLanguage, checklistIn } = await import('./language');
  const language = await reportLanguage(locale);
  const report = await buildFullReport(opened.file.assessment, opened.checklist, opened.registry, now, opened.file.trail, checklistIn(opened.checklist, locale) ?? undefined);
  const outputs: [string, () => Promise<Uint8Array | string>][] = [];
  if (targets.pdf) {
    outputs.push([
      targets.pdf,
      async () => {
        const [{ renderFullReportPdf, pdfText }, { loadReportFontsFor }, { PACKAGE_VERSION }] = await Promise.all([import('../report/fullPdf'), import('../report/fontsNode'), import('./paths')]);
        return new Uint8Array(renderFullReportPdf(report, await loadReportFontsFor(pdfText(report, language)), { tool: `hrba ${PACKAGE_VERSION}`, language }));
      },
    ]);
  }
  if (targets.html) {
    outputs.push([targets.html, async () => (await import('../report/html')).renderFullReportHtml(report, { language })]);
  }
  const written: { path: string; bytes: number }[] = [];
  for (const [target, render] of outputs) {
    const content = await render();
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    } catch (error) {
      const message = `cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      if (format === 'json') io.out(JSON.stringify({ ok: false, file: path, written, problems: [{ path: target, message }] }, null, 2));
      else io.err(`${target}: ${message}`);
      return 1;
    }
    const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    written.push({ path: target, bytes: size });
    if (format === 'text') io.out(`wrote ${target} (${(size / 1000).toFixed(1)} kB)`);
  }
  if (format === 'json') {
    io.out(JSON.stringify({ ok: true, file: path, written, summary: jsonSummary(report) }, null, 2));
    return 0;
  }
  for (const line of summary(report)) io.out(`  ${line}`);
  return 0;
}

function fail(path: string, problems: readonly Problem[], io: Io, format: OutputFormat): number {
  if (format === 'json') {
    // One object on stdout whatever the outcome, so a CI step can parse it before looking at the exit code.
    io.out(JSON.stringify({ ok: false, file: path, problems: jsonProblems(problems) }, null, 2));
    return 1;
  }
  io.err(`invalid: ${path}: ${plural(problems.length, 'problem')}`);
  for (const p of problems) io.err(englishProblemText(p));
  return 1;
}

/** The summary as data; the field names are part of the CLI's contract with CI scripts. */
function jsonSummary(report: FullReport) {
  const { meta, summary: s } = report;
  return {
    productName: meta.productName,
    version: meta.version,
    organisation: meta.organisation,
    mode: ENGLISH_WORDS.kind(meta.mode),
    checklist: { id: meta.checklist.id, version: meta.checklist.version, contentHash: meta.checklist.contentHash },
    applicable: s.applicable,
    answered: s.answered,
    percentAnswered: s.percentAnswered,
    findings: s.findings,
    openFindings: s.openFindings,
    redFlags: s.redFlags.length,
    actions: report.actions.length,
    overdueActions: s.overdueActions,
    tradeoffs: report.tradeoffs.length,
    stakeholders: report.stakeholders.length,
    benefits: report.benefits.length,
    assessmentHash: `sha256:${meta.assessmentHash}`,
  };
}

function summary(report: FullReport): string[] {
  const { meta, summary: s } = report;
  return [
    `${[meta.productName, meta.version].filter(Boolean).join(' ')}${meta.organisation ? `, ${meta.organisation}` : ''} (${ENGLISH_WORDS.kind(meta.mode)})`,
    `checklist ${meta.checklist.id} ${meta.checklist.version}; ${s.answered} of ${s.applicable} applicable questions answered (${s.percentAnswered}%)`,
    `${plural(s.findings, 'finding')} (${s.openFindings} not resolved, ${plural(s.redFlags.length, 'red flag')}); ${plural(report.actions.length, 'action')} (${s.overdueActions} overdue); ` +
      `${plural(report.tradeoffs.length, 'trade-off')}; ${plural(report.stakeholders.length, 'stakeholder engagement')}; ${plural(report.benefits.length, 'benefit')}`,
    `${HASH_LABEL}: ${meta.assessmentHash}`,
    ...(report.trail ? [`trail: ${plural(report.trail.count, 'event')}, ${report.trail.verdict.ok ? 'intact' : 'broken'}; head ${report.trail.head ?? ENGLISH_WORDS.say(ENGLISH_WORDS.m.noEvents)}`] : []),
  ];
}
