import { z } from 'zod';
import { diffChecklists, type ChecklistDiff, type ItemDiff } from '../checklist/diff';
import { resolveChecklist } from '../checklist/resolve';
import { ChecklistRefSchema, ItemIdSchema, type Checklist, type ChecklistRef } from '../checklist/schema';
import { TriageValueSchema, type TriageValue } from '../checklist/rules';
import { ItemAnswerSchema, type Assessment } from './schema';

/**
 * Moving an assessment to a newer version of its checklist, as one change in the trail.
 * The event carries every answer it moved, reset or dropped (`previous`), so nothing the
 * person wrote is lost: it stays in the log even where the new version has no place for it.
 */
export const ChecklistUpgradeSchema = z.strictObject({
  type: z.literal('checklist.upgrade'),
  from: ChecklistRefSchema,
  to: ChecklistRefSchema,
  /** Answers of merged items moved to their successor: old id → successor id. */
  moved: z.record(ItemIdSchema, ItemIdSchema).default({}),
  /** Items whose meaning changed: the status is cleared (notes and evidence stay) for re-answering. */
  reset: z.array(ItemIdSchema).default([]),
  /** Answers with no place in the new version (retired, or merged into an answered item). */
  dropped: z.array(ItemIdSchema).default([]),
  /** The answers as they were before the upgrade, for every id above. */
  previous: z.record(ItemIdSchema, ItemAnswerSchema).default({}),
  /**
   * Findings on items the new version no longer has (and that did not move with a merge)
   * become custom findings `F-<old id>`, titled with the old item's gap wording (or question) where they had no title.
   */
  findingsKept: z.record(ItemIdSchema, z.string().max(300)).default({}),
  /** The profile without answers the new version no longer offers, when it had any. */
  triage: z.record(z.string(), TriageValueSchema).optional(),
});
export type ChecklistUpgrade = z.infer<typeof ChecklistUpgradeSchema>;

/**
 * What the upgrade does to one item's answer:
 * `carried` (kept: same meaning), `moved` (to the successor of a merged item),
 * `check-successor` (merged into an item that already has an answer: check that one),
 * `reanswer` (meaning changed: answer again), `dropped` (retired), `unanswered` (a new item,
 * or one that had no answer).
 */
export type UpgradeOutcome = 'carried' | 'moved' | 'check-successor' | 'reanswer' | 'dropped' | 'unanswered';

export interface UpgradeRow extends ItemDiff {
  outcome: UpgradeOutcome;
  /** Whether the item applies under the assessment's profile in the new version. */
  applicable: boolean;
}

export interface UpgradePlan {
  diff: ChecklistDiff;
  rows: UpgradeRow[];
  change: ChecklistUpgrade;
  /** Applicable items the person has to answer (again) after upgrading, in new-version order. */
  toAnswer: string[];
  /**
   * Profile questions the new version asks that the old one did not (and the profile has no
   * answer for): they decide which items apply, so the person is told to answer them.
   */
  newProfileQuestions: string[];
}

const answered = (a: Assessment, id: string) => a.answers[id]?.status != null;

/** Works out, without changing anything, what upgrading to `newer` would do. */
export function planUpgrade(assessment: Assessment, older: Checklist, newer: Checklist, newRef: ChecklistRef): UpgradePlan {
  const diff = diffChecklists(older, newer);
  const applicable = resolveChecklist(newer, assessment.triage).applicableIds;
  const change: ChecklistUpgrade = { type: 'checklist.upgrade', from: assessment.checklist, to: newRef, moved: {}, reset: [], dropped: [], previous: {}, findingsKept: {} };
  const taken = new Set<string>();
  const outcomeOf = (row: ItemDiff): UpgradeOutcome => {
    if (!answered(assessment, row.id)) return 'unanswered';
    switch (row.change) {
      case 'new':
        return 'unanswered';
      case 'unchanged':
      case 'guidance':
      case 'reworded':
        return 'carried';
      case 'meaning-changed':
        change.reset.push(row.id);
        return 'reanswer';
      case 'merged':
        if (row.into && !answered(assessment, row.into) && !taken.has(row.into)) {
          taken.add(row.into);
          change.moved[row.id] = row.into;
          return 'moved';
        }
        change.dropped.push(row.id);
        return 'check-successor';
      case 'retired':
        change.dropped.push(row.id);
        return 'dropped';
    }
  };
  const rows = diff.items.map((row) => ({ ...row, outcome: outcomeOf(row), applicable: applicable.has(row.into ?? row.id) }));
  for (const id of [...Object.keys(change.moved), ...change.reset, ...change.dropped]) change.previous[id] = assessment.answers[id]!;
  const newIds = new Set(newer.items.map((i) => i.id));
  for (const row of diff.items) {
    const moves = row.change === 'merged' && change.moved[row.id] && !assessment.findings[row.into!];
    if (!newIds.has(row.id) && assessment.findings[row.id] && !moves) change.findingsKept[row.id] = (row.before?.gapTitle ?? row.before?.question ?? row.id).slice(0, 300);
  }
  const triage = profileFor(newer, assessment.triage);
  if (triage) change.triage = triage;
  const stillOpen = (id: string) => !answered(assessment, id) ? !taken.has(id) : change.reset.includes(id);
  const toAnswer = newer.items.filter((i) => applicable.has(i.id) && stillOpen(i.id)).map((i) => i.id);
  const oldQuestions = new Set(older.triage.map((q) => q.id));
  const newProfileQuestions = newer.triage.filter((q) => !oldQuestions.has(q.id) && assessment.triage[q.id] === undefined).map((q) => q.id);
  return { diff, rows, change, toAnswer, newProfileQuestions };
}

/** The profile answers the new version still offers, or null when all of them are. */
function profileFor(newer: Checklist, triage: Assessment['triage']): Record<string, TriageValue> | null {
  const questions = new Map(newer.triage.map((q) => [q.id, q]));
  let changed = false;
  const out: Record<string, TriageValue> = {};
  for (const [id, value] of Object.entries(triage)) {
    const q = questions.get(id);
    const options = new Set(q?.options.map((o) => o.value));
    const kept = !q ? undefined : Array.isArray(value) ? value.filter((v) => options.has(v)) : q.kind === 'single' && typeof value === 'string' && !options.has(value) ? undefined : value;
    if (kept === undefined || (Array.isArray(value) && (kept as string[]).length !== value.length)) changed = true;
    if (kept !== undefined) out[id] = kept;
  }
  return changed ? out : null;
}

/** Applies a planned upgrade: the reducer behind `checklist.upgrade` in `applyChange`. */
export function applyUpgrade(a: Assessment, change: ChecklistUpgrade): Assessment {
  if (a.checklist.id !== change.from.id || a.checklist.version !== change.from.version || a.checklist.contentHash !== change.from.contentHash) {
    throw new Error(`This upgrade starts from ${change.from.id} ${change.from.version}, but the assessment uses ${a.checklist.id} ${a.checklist.version}.`);
  }
  if (change.to.id !== change.from.id) throw new Error(`An upgrade stays within one checklist; ${change.from.id} cannot become ${change.to.id}.`);
  const answers = { ...a.answers };
  const findings = { ...a.findings };
  const renamed = new Map<string, string>();
  for (const [from, to] of Object.entries(change.moved)) {
    const answer = answers[from];
    if (answer) answers[to] = answer;
    delete answers[from];
    const finding = findings[from];
    if (finding && !findings[to]) {
      findings[to] = finding;
      delete findings[from];
      renamed.set(from, to);
    }
  }
  for (const id of change.reset) {
    const answer = answers[id];
    if (answer) answers[id] = { ...answer, status: null, review: null };
  }
  for (const id of change.dropped) delete answers[id];
  for (const [id, title] of Object.entries(change.findingsKept)) {
    const finding = findings[id];
    if (!finding) continue;
    findings[`F-${id}`] = { ...finding, title: finding.title || title };
    delete findings[id];
    renamed.set(id, `F-${id}`);
  }
  const actions = renamed.size
    ? a.actions.map((x) => ({ ...x, findingKeys: [...new Set(x.findingKeys.map((k) => renamed.get(k) ?? k))] }))
    : a.actions;
  return { ...a, checklist: change.to, answers, findings, actions, ...(change.triage ? { triage: change.triage } : {}) };
}
