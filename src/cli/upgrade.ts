import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  applyChange,
  checklistMismatches,
  compareVersions,
  makeHrbaFile,
  nextTrailEvent,
  diffProfiles,
  guidanceGroups,
  needsRereading,
  planUpgrade,
  RevisionLockedError,
  serializeHrbaFile,
  type Assessment,
  type ChecklistRef,
  type ProfileDiff,
  type TrailEvent,
  type UpgradeOutcome,
  type UpgradeRow,
} from '../domain';
import { plural } from '../report/common';
import { problem, type Problem } from '../domain/problems';
import { englishProblemText, jsonProblems } from '../words/problems';
import { aspectsText, changeText, outcomeText, profileChangeText } from '../words/upgrade';
import { loadBundledChecklists, openAssessmentFile } from './assessmentFile';
import type { Io, OutputFormat } from './commands';
import { PACKAGE_VERSION } from './paths';

export interface UpgradeOptions {
  output: string;
  /** The version to upgrade to; the newest bundled version when absent. */
  to?: string;
  /** Who the trail names for the upgrade; the assessment's assessor when absent. */
  by?: string;
  format: OutputFormat;
  /** The time recorded in the trail and the file; the computer's clock by default. */
  now?: Date;
}

const GENERATOR = { name: 'HRBA@Tech due diligence (hrba upgrade)', version: PACKAGE_VERSION };

/** One step of an upgrade: the rows the page would show, and what needs answering after it. */
interface Step {
  from: ChecklistRef;
  to: ChecklistRef;
  rows: UpgradeRow[];
  toAnswer: string[];
  /** The new profile questions, as the checklist asks them. */
  newQuestions: { id: string; question: string }[];
  /** Profile questions both versions ask: what changed in them. */
  profile: ProfileDiff;
}

/**
 * `hrba upgrade`: moves an assessment file to a newer bundled checklist version, exactly as
 * the app's upgrade page does (the same plan, one `checklist.upgrade` change per version
 * step, appended to the file's trail), prints what changed item by item and writes the
 * result to a new file. Versions are taken one at a time, because each version's
 * `upgradeFrom` describes only its predecessor. Nothing is written unless every step succeeds.
 * Exit codes: 0 upgraded (or nothing to do), 1 the file has problems or cannot change,
 * 2 `--to` names a version this package cannot upgrade to.
 */
export async function upgradeCommand(path: string, options: UpgradeOptions, io: Io): Promise<number> {
  const json = options.format === 'json';
  const problems = (list: Problem[]) => {
    if (json) io.out(JSON.stringify({ ok: false, file: path, problems: jsonProblems(list) }, null, 2));
    else {
      io.err(`not upgraded: ${path}: ${plural(list.length, 'problem')}`);
      for (const p of list) io.err(englishProblemText(p));
    }
    return 1;
  };
  const opened = await openAssessmentFile(path);
  if (!opened.ok) return problems(opened.problems);
  const { assessment: original, trail: originalTrail } = opened.file;
  const bundled = (await loadBundledChecklists()).checklists.filter((c) => c.ref.id === original.checklist.id);
  const current = original.checklist.version;
  const versions = bundled.map((c) => c.ref.version).sort(compareVersions);
  const target = options.to ?? versions.at(-1)!;
  if (!versions.includes(target)) {
    io.err(`hrba: --to ${target}: ${original.checklist.id} has versions ${versions.join(', ')} in this package`);
    return 2;
  }
  if (compareVersions(target, current) < 0) {
    io.err(`hrba: --to ${target} is older than ${current}, the version the assessment uses; a checklist is never downgraded`);
    return 2;
  }
  if (target === current) {
    if (json) io.out(JSON.stringify({ ok: true, file: path, upgraded: false, checklist: original.checklist }, null, 2));
    else io.out(`${path} already uses ${original.checklist.id} ${current}: nothing to upgrade, nothing written`);
    return 0;
  }

  const at = (options.now ?? new Date()).toISOString();
  const by = options.by ?? original.subject.assessor;
  const route = versions.filter((v) => compareVersions(v, current) > 0 && compareVersions(v, target) <= 0);
  let assessment: Assessment = original;
  const trail: TrailEvent[] = [...originalTrail];
  const steps: Step[] = [];
  for (const version of route) {
    const older = bundled.find((c) => c.ref.version === assessment.checklist.version)!;
    const newer = bundled.find((c) => c.ref.version === version)!;
    const plan = planUpgrade(assessment, older.checklist, newer.checklist, newer.ref);
    try {
      assessment = applyChange(assessment, plan.change, { at, by });
    } catch (error) {
      if (error instanceof RevisionLockedError) return problems([problem('assessment.revision', 'revision-locked')]);
      throw error;
    }
    trail.push(nextTrailEvent(trail.at(-1), { at, by, change: plan.change }));
    const newQuestions = plan.newProfileQuestions.map((id) => ({ id, question: newer.checklist.triage.find((q) => q.id === id)!.question }));
    steps.push({ from: older.ref, to: newer.ref, rows: plan.rows, toAnswer: plan.toAnswer, newQuestions, profile: diffProfiles(older.checklist, newer.checklist) });
  }
  // The result must open as any file does: nothing its new checklist does not know.
  const last = bundled.find((c) => c.ref.version === target)!;
  const left = checklistMismatches(assessment, last.checklist);
  if (left.length > 0) throw new Error(`the upgraded assessment does not fit ${target}: ${left.map((p) => englishProblemText(p)).join('; ')}`);

  try {
    mkdirSync(dirname(options.output), { recursive: true });
    writeFileSync(options.output, serializeHrbaFile(makeHrbaFile(assessment, GENERATOR, at, trail)));
  } catch (error) {
    return problems([problem(options.output, 'file-unwritable', { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message })]);
  }
  const head = trail.at(-1)!.hash;
  if (json) {
    io.out(JSON.stringify({ ok: true, file: path, output: options.output, upgraded: true, from: original.checklist, to: assessment.checklist, steps: steps.map(stepJson), trailHead: head }, null, 2));
    return 0;
  }
  io.out(`upgraded: ${path} from ${original.checklist.id} ${current} to ${target}`);
  for (const step of steps) for (const line of stepLines(step)) io.out(`  ${line}`);
  io.out(`  trail: ${plural(steps.length, 'checklist.upgrade event')} added; head ${head}`);
  io.out(`wrote ${options.output}`);
  return 0;
}

const OUTCOMES: UpgradeOutcome[] = ['carried', 'moved', 'check-successor', 'reanswer', 'dropped'];
function stepLines(step: Step): string[] {
  const count = (o: UpgradeOutcome) => step.rows.filter((r) => r.outcome === o).length;
  const reread = step.rows.filter(needsRereading);
  const groups = guidanceGroups(step.rows);
  const guided = groups.reduce((n, g) => n + g.ids.length, 0);
  return [
    `${step.from.version} → ${step.to.version} (${step.to.contentHash})`,
    `${count('carried')} answers kept, ${count('moved')} moved to the item they were merged into, ${count('reanswer')} to answer again, ${count('check-successor') + count('dropped')} no longer asked (kept in the change log)`,
    reread.length
      ? `to read again: new, gone, or their question, meaning, applicability or red flag changed (${reread.length} of ${step.rows.length} items):`
      : 'nothing to read again: no question, meaning, applicability or red-flag rule changed',
    ...reread.map((r) => `  ${r.id}  ${changeText(r)}${r.applicable ? '' : ' (does not apply to this profile)'} — ${outcomeText(r.outcome)}`),
    ...(guided ? [`guidance only, answers keep their meaning (${guided} items):`, ...groups.map((g) => `  ${aspectsText(g.aspects)} (${g.ids.length}): ${g.ids.join(', ')}`)] : []),
    step.toAnswer.length ? `to answer after upgrading (${step.toAnswer.length}): ${step.toAnswer.join(', ')}` : 'nothing to answer after upgrading',
    ...(step.newQuestions.length
      ? ['new profile questions: answer them in the profile, they decide which items apply:', ...step.newQuestions.map((q) => `  ${q.id}: ${q.question}`)]
      : []),
    ...(step.profile.changed.length
      ? ['profile questions that changed (check their answers in the profile):', ...step.profile.changed.map((q) => `  ${q.id}: ${q.changes.map(profileChangeText).join('; ')}`)]
      : []),
    ...(step.profile.helpChanged
      ? [`help added or changed under ${plural(step.profile.helpChanged, 'profile question or option', 'profile questions and options')}: profile answers keep their meaning`]
      : []),
  ];
}

function stepJson(step: Step) {
  return {
    from: step.from,
    to: step.to,
    counts: Object.fromEntries(OUTCOMES.map((o) => [o, step.rows.filter((r) => r.outcome === o).length])),
    items: step.rows.filter((r) => r.change !== 'unchanged' || needsRereading(r)).map((r) => ({
      id: r.id,
      change: r.change,
      ...(r.into ? { into: r.into } : {}),
      reread: needsRereading(r),
      aspects: r.aspects,
      ruleChanged: r.ruleChanged,
      redFlagChanged: r.redFlagChanged,
      outcome: r.outcome,
      applicable: r.applicable,
    })),
    toAnswer: step.toAnswer,
    newProfileQuestions: step.newQuestions.map((q) => q.id),
  };
}
