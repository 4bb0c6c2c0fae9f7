import type { AspectChange, ItemAspect, ItemChangeKind, ProfileChange, UpgradeOutcome, UpgradeRow } from '../domain';

/** How each kind of change is named by `hrba upgrade` (the upgrade page says the same through catalogue messages). */
export const CHANGE_WORDS: Record<ItemChangeKind, string> = {
  new: 'New',
  unchanged: 'Unchanged',
  reworded: 'Reworded, meaning unchanged',
  guidance: 'Guidance only',
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

/** The part of an item that changed, as a person knows it. */
export const ASPECT_WORDS: Record<ItemAspect, string> = {
  question: 'question',
  'buyer-question': 'buyer’s wording of the question',
  applies: 'when it applies',
  'red-flag': 'red-flag rule',
  'easy-read': 'easy-read wording',
  why: 'why it matters',
  good: 'what good looks like',
  evidence: 'evidence an auditor would ask for',
  'gap-title': 'gap title',
  'good-practice': 'good-practice note',
  sources: 'sources',
  principles: 'principles',
  rights: 'rights',
  groups: 'groups',
  stage: 'stage',
};

/** "gap title added", "question reworded", "applies in different cases", "now a red flag". */
export function aspectText(a: AspectChange): string {
  if (a.aspect === 'question') return 'question reworded';
  if (a.aspect === 'applies') return 'applies in different cases';
  if (a.aspect === 'stage') return 'moved to another stage';
  if (a.aspect === 'red-flag') return a.how === 'added' ? 'now a red flag' : a.how === 'removed' ? 'no longer a red flag' : 'red-flag rule changed';
  return `${ASPECT_WORDS[a.aspect]} ${a.how}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Several parts that changed, in one line: "Gap title added; sources changed". */
export const aspectsText = (aspects: readonly AspectChange[]) => capital(aspects.map(aspectText).join('; '));

/**
 * One line per row: what kind of change, then precisely what changed. An item whose words did not
 * change, or only its guidance, is listed for when it applies or its red flag: those are said alone.
 */
export function changeText(row: UpgradeRow): string {
  if (row.change === 'unchanged' || row.change === 'guidance') return aspectsText(row.aspects);
  const head = row.change === 'merged' && row.into ? `Merged into ${row.into}` : CHANGE_WORDS[row.change];
  return row.aspects.length ? `${head}: ${row.aspects.map(aspectText).join('; ')}` : head;
}

/** A change to a profile question: "option renamed from “A” to “B”". */
export function profileChangeText(c: ProfileChange): string {
  switch (c.kind) {
    case 'question-reworded':
      return 'question reworded';
    case 'option-added':
      return `option added: “${c.label}”`;
    case 'option-removed':
      return `option removed: “${c.label}”`;
    case 'option-renamed':
      return `option renamed from “${c.from}” to “${c.to}”`;
  }
}
