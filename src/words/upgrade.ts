import type { ItemChangeKind, UpgradeOutcome, UpgradeRow } from '../domain';

/** How each kind of change is named, on the upgrade page and by `hrba upgrade`. */
export const CHANGE_WORDS: Record<ItemChangeKind, string> = {
  new: 'New',
  unchanged: 'Unchanged',
  reworded: 'Reworded, meaning unchanged',
  'meaning-changed': 'Meaning changed',
  merged: 'Merged',
  retired: 'Retired',
};

export const OUTCOME_WORDS: Record<UpgradeOutcome, string> = {
  carried: 'Your answer is kept',
  moved: 'Your answer moves to the item it was merged into',
  'check-successor': 'Not moved: the item it was merged into already has an answer; check that one',
  reanswer: 'Answer again (your notes and evidence are kept)',
  dropped: 'No longer asked; your answer stays in the change log',
  unanswered: 'No answer yet',
};

/** One line per row: what changed, plus rule and red-flag changes. */
export function changeText(row: UpgradeRow): string {
  const parts = [row.change === 'merged' && row.into ? `Merged into ${row.into}` : CHANGE_WORDS[row.change]];
  if (row.ruleChanged) parts.push('applies in different cases');
  if (row.redFlagChanged) parts.push('red-flag rule changed');
  return parts.join('; ');
}
