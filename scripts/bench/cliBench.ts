/**
 * The `hrba` command as a person runs it: the whole process, start to exit, through bin/hrba.mjs
 * and the compiled dist-cli. Node's own start-up (`node -e ""`) is measured in the same run, so the
 * ratio says what the CLI adds on this machine at this moment.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats';

export const START_RUNS = 9;
export const REPORT_RUNS_CLI = 3;

export interface CliFigures {
  nodeMs: number;
  helpMs: number;
  exampleReportMs: number;
  /** The example with a Devanagari assessor: the same report plus loading HarfBuzz and shaping. */
  shapedReportMs: number;
  largeReportMs: number;
}

/** Devanagari with conjuncts, a reph and reordered vowel signs, which the report shapes with HarfBuzz. */
export const SHAPED_ASSESSOR = 'प्रिया शर्मा, क्षत्रिय विभाग';

function timed(args: string[]): number {
  const t0 = performance.now();
  execFileSync(process.execPath, args, { stdio: 'ignore', timeout: 180_000 });
  return performance.now() - t0;
}

function medianOf(runs: number, args: string[]): number {
  timed(args); // warm the file cache and Node's compile cache, as any second run would have them
  return median(Array.from({ length: runs }, () => timed(args)));
}

/** `largeFileText` is a .hrba.json written to a temporary file for the report run. */
export function measureCli(root: string, example: string, largeFileText: string): CliFigures {
  const bin = join(root, 'bin/hrba.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'hrba-cli-bench-'));
  try {
    const large = join(dir, 'large.hrba.json');
    writeFileSync(large, largeFileText);
    const shaped = join(dir, 'shaped.hrba.json');
    const file = JSON.parse(readFileSync(example, 'utf8')) as { assessment: { subject: { assessor: string } } };
    file.assessment.subject.assessor = SHAPED_ASSESSOR;
    writeFileSync(shaped, JSON.stringify(file));
    const report = (file: string) => [bin, 'report', file, '-o', join(dir, 'out.pdf'), '--date', '2026-01-01'];
    return {
      nodeMs: medianOf(START_RUNS, ['-e', '']),
      helpMs: medianOf(START_RUNS, [bin, 'help']),
      exampleReportMs: medianOf(REPORT_RUNS_CLI, report(example)),
      shapedReportMs: medianOf(REPORT_RUNS_CLI, report(shaped)),
      largeReportMs: medianOf(REPORT_RUNS_CLI, report(large)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
