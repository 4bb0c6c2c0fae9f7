import { z } from 'zod';
import { diffChecklists, type ChecklistDiff, type ItemDiff } from '../checklist/diff';
import { resolveChecklist } from '../checklist/resolve';
import { ChecklistRefSchema, ItemIdSchema, type Checklist, type ChecklistRef } from '../checklist/schema';
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
}

const answered = (a: Assessment, id: string) => a.answers[id]?.status != null;

/** Works out, without changing anything, what upgrading to `newer` would do. */
export function planUpgrade(assessment: Assessment, older: Checklist, newer: Checklist, newRef: ChecklistRef): UpgradePlan {
  const diff = diffChecklists(older, newer);
  const applicable = resolveChecklist(newer, assessment.triage).applicableIds;
  const change: ChecklistUpgrade = { type: 'checklist.upgrade', from: assessment.checklist, to: newRef, moved: {}, reset: [], dropped: [], previous: {} };
  const taken = new Set<string>();
  const outcomeOf = (row: ItemDiff): UpgradeOutcome => {
    if (!answered(assessment, row.id)) return 'unanswered';
    switch (row.change) {
      case 'new':
        return 'unanswered';
      case 'unchanged':
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
  const stillOpen = (id: string) => !answered(assessment, id) ? !taken.has(id) : change.reset.includes(id);
  const toAnswer = newer.items.filter((i) => applicable.has(i.id) && stillOpen(i.id)).map((i) => i.id);
  return { diff, rows, change, toAnswer };
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
  const actions = renamed.size
    ? a.actions.map((x) => ({ ...x, findingKeys: [...new Set(x.findingKeys.map((k) => renamed.get(k) ?? k))] }))
    : a.actions;
  return { ...a, checklist: change.to, answers, findings, actions };
}
