import type { AnswerStatus, ChecklistItem } from './schema';

/**
 * The red-flag policy, in one place: every screen, report and test asks here.
 *
 * On a red-flag item, "No" and "Don't know" raise the flag (not knowing whether there is a
 * legal basis is no safer than having none); "Partly" raises it where the item says so
 * (`redFlagOnPartly`). Content written before the policy (version 1.0.0) lists its own
 * `triggers`, and those are kept so its assessments report exactly as they always did.
 */
export const POLICY_TRIGGERS: readonly AnswerStatus[] = ['no', 'unknown'];

export type RedFlagItem = Pick<ChecklistItem, 'redFlag' | 'redFlagOnPartly'>;

/** The answers that raise an item's red flag; empty for an item that is not a red flag. */
export function redFlagTriggers(item: RedFlagItem): readonly AnswerStatus[] {
  if (!item.redFlag) return [];
  if (item.redFlag.triggers) return item.redFlag.triggers;
  return item.redFlagOnPartly ? [...POLICY_TRIGGERS, 'partial'] : POLICY_TRIGGERS;
}

/**
 * "Not applicable" on a red-flag item is a claim that a stop sign does not concern this product:
 * it is accepted only with a reason in the notes, so a report never shows it unexplained.
 */
export function needsReason(item: RedFlagItem, status: AnswerStatus | null | undefined, notes: string | undefined): boolean {
  return !!item.redFlag && status === 'not-applicable' && !notes?.trim();
}

/** Whether this answer raises the item's red flag. */
export function raisesRedFlag(item: RedFlagItem, status: AnswerStatus | null | undefined): boolean {
  return !!status && redFlagTriggers(item).includes(status);
}
