import { AssessmentChangeSchema, changeTarget } from '../assessment/changes';
import type { TrailEvent } from './event';

/** Edits that replace a value: a later one of the same target makes the earlier one's content moot. */
const REPLACING = new Set([
  'subject.set',
  'triage.set',
  'answer.set',
  'review.set',
  'progress.set',
  'finding.set',
  'action.set',
  'tradeoff.set',
  'stakeholder.set',
  'benefit.set',
  'audit.set',
]);

/**
 * Whether a new change may replace the head event instead of following it. This is
 * what keeps the trail bounded: a person typing a note produces one event per
 * item, not one per autosave. It is safe only because nothing outside this
 * device has seen the head's hash (`sealed` is set on export), and no other event
 * names it (it is the head), so re-hashing it leaves every stored hash valid.
 */
export function canCoalesce(head: TrailEvent | undefined, sealed: boolean, change: { type: string }, by: string): boolean {
  if (!head || sealed || head.by !== by || head.change.type !== change.type || !REPLACING.has(change.type)) return false;
  const before = AssessmentChangeSchema.safeParse(head.change);
  const after = AssessmentChangeSchema.safeParse(change);
  return before.success && after.success && changeTarget(before.data) === changeTarget(after.data);
}
