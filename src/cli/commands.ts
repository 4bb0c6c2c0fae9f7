import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildFullReport, type FullReport } from '../domain/report/fullReport';
import { HASH_LABEL, plural } from '../report/common';
import { openAssessmentFile } from './assessmentFile';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface ReportTargets {
  pdf?: string;
  html?: string;
}

/** `hrba validate`: 0 and a summary when the file is valid, 1 and `path: message` lines when not. */
export async function validateCommand(path: string, now: Date, io: Io): Promise<number> {
  const opened = await openAssessmentFile(path);
  if (!opened.ok) return fail(path, opened.problems, io);
  const report = await buildFullReport(opened.file.assessment, opened.checklist, opened.registry, now);
  io.out(`valid: ${path}`);
  for (const line of summary(report)) io.out(`  ${line}`);
  return 0;
}

/** `hrba report`: writes the PDF and/or HTML report; 1 (and nothing written) when the file is invalid. */
export async function reportCommand(path: string, targets: ReportTargets, now: Date, io: Io): Promise<number> {
  const opened = await openAssessmentFile(path);
  if (!opened.ok) return fail(path, opened.problems, io);
  const report = await buildFullReport(opened.file.assessment, opened.checklist, opened.registry, now);
  const outputs: [string, () => Promise<Uint8Array | string>][] = [];
  if (targets.pdf) {
    outputs.push([
      targets.pdf,
      async () => {
        const [{ renderFullReportPdf }, { readReportFonts }] = await Promise.all([import('../report/fullPdf'), import('../report/fontsNode')]);
        return new Uint8Array(renderFullReportPdf(report, readReportFonts()));
      },
    ]);
  }
  if (targets.html) {
    outputs.push([targets.html, async () => (await import('../report/html')).renderFullReportHtml(report)]);
  }
  for (const [target, render] of outputs) {
    const content = await render();
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    } catch (error) {
      io.err(`${target}: cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return 1;
    }
    const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    io.out(`wrote ${target} (${(size / 1000).toFixed(1)} kB)`);
  }
  for (const line of summary(report)) io.out(`  ${line}`);
  return 0;
}

function fail(path: string, problems: readonly { path: string; message: string }[], io: Io): number {
  io.err(`invalid: ${path}: ${plural(problems.length, 'problem')}`);
  for (const p of problems) io.err(`${p.path}: ${p.message}`);
  return 1;
}

function summary(report: FullReport): string[] {
  const { meta, summary: s } = report;
  return [
    `${[meta.productName, meta.version].filter(Boolean).join(' ')}${meta.organisation ? `, ${meta.organisation}` : ''} (${meta.mode})`,
    `checklist ${meta.checklist.id} ${meta.checklist.version}; ${s.answered} of ${s.applicable} applicable questions answered (${s.percentAnswered}%)`,
    `${plural(s.findings, 'finding')} (${s.openFindings} not resolved, ${plural(s.redFlags.length, 'red flag')}); ${plural(report.actions.length, 'action')} (${s.overdueActions} overdue); ` +
      `${plural(report.tradeoffs.length, 'trade-off')}; ${plural(report.stakeholders.length, 'stakeholder engagement')}; ${plural(report.benefits.length, 'benefit')}`,
    `${HASH_LABEL}: ${meta.assessmentHash}`,
  ];
}
