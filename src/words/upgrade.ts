import type { AspectChange, ItemAspect, ItemChangeKind, ProfileChange, UpgradeOutcome, UpgradeRow } from '../domain';
import { defineMessages, formatMessage, type MessageDescriptor } from '../i18n/format';
import type { LanguageState } from '../i18n/language';

/**
 * The words of a checklist upgrade, one message per code: the upgrade page formats them in the chosen
 * language, and `hrba upgrade` in English (through the same messages, with an English LanguageState).
 */
export const CHANGE_MESSAGES: Record<ItemChangeKind, MessageDescriptor> = defineMessages({
  new: { defaultMessage: 'New', description: 'Checklist upgrade: the item is new in the newer version' },
  unchanged: { defaultMessage: 'Unchanged', description: 'Checklist upgrade: the item is the same in the newer version' },
  reworded: { defaultMessage: 'Reworded, meaning unchanged', description: 'Checklist upgrade: the item’s question is worded differently but means the same' },
  guidance: { defaultMessage: 'Guidance only', description: 'Checklist upgrade: only the help for answering the item changed' },
  'meaning-changed': { defaultMessage: 'Meaning changed', description: 'Checklist upgrade: the item’s question now means something else, so its answer must be given again' },
  merged: { defaultMessage: 'Merged', description: 'Checklist upgrade: the item was merged into another item' },
  retired: { defaultMessage: 'Retired', description: 'Checklist upgrade: the item is no longer asked' },
});

const MERGED_INTO = defineMessages({
  into: { defaultMessage: 'Merged into {item}', description: 'Checklist upgrade: the item was merged into another; item is its id such as DEP-16' },
});

export const OUTCOME_MESSAGES: Record<UpgradeOutcome, MessageDescriptor> = defineMessages({
  carried: { defaultMessage: 'Your answer is kept', description: 'Checklist upgrade: what happens to the answer to an item' },
  moved: { defaultMessage: 'Your answer moves to the item it was merged into', description: 'Checklist upgrade: what happens to the answer to an item' },
  'check-successor': {
    defaultMessage: 'Not moved: the item it was merged into already has an answer; check that one',
    description: 'Checklist upgrade: what happens to the answer to an item merged into one already answered',
  },
  reanswer: { defaultMessage: 'Answer again (your notes and evidence are kept)', description: 'Checklist upgrade: what happens to the answer to an item whose meaning changed' },
  dropped: { defaultMessage: 'No longer asked; your answer stays in the change log', description: 'Checklist upgrade: what happens to the answer to a retired item' },
  unanswered: { defaultMessage: 'No answer yet', description: 'Checklist upgrade: the item has no answer to carry over' },
});

/**
 * What changed in an item, one message per part of an item, its `how` (added, changed, removed)
 * chosen inside it where it can vary, so each language agrees its words.
 */
export const ASPECT_MESSAGES: Record<ItemAspect, MessageDescriptor> = defineMessages({
  question: {
    defaultMessage: 'Question reworded',
    description: 'Checklist upgrade: the wording of an item’s question changed',
  },
  'buyer-question': {
    defaultMessage: '{how, select, added {Buyer’s wording of the question added} removed {Buyer’s wording of the question removed} other {Buyer’s wording of the question changed}}',
    description: 'Checklist upgrade: the question as a buyer reads it was added, removed or changed',
  },
  applies: {
    defaultMessage: 'Applies in different cases',
    description: 'Checklist upgrade: the rule that decides when an item is asked changed',
  },
  'red-flag': {
    defaultMessage: '{how, select, added {Now a red flag} removed {No longer a red flag} other {Red-flag rule changed}}',
    description: 'Checklist upgrade: the item became a red flag, stopped being one, or the answers that raise its flag changed',
  },
  'easy-read': {
    defaultMessage: '{how, select, added {Easy-read wording added} removed {Easy-read wording removed} other {Easy-read wording changed}}',
    description: 'Checklist upgrade: the plain-language (easy-read) version of the question changed',
  },
  why: {
    defaultMessage: '{how, select, added {“Why it matters” added} removed {“Why it matters” removed} other {“Why it matters” changed}}',
    description: 'Checklist upgrade: the item’s explanation of why it matters changed',
  },
  good: {
    defaultMessage: '{how, select, added {“What good looks like” added} removed {“What good looks like” removed} other {“What good looks like” changed}}',
    description: 'Checklist upgrade: the item’s description of good practice changed',
  },
  evidence: {
    defaultMessage: '{how, select, added {Evidence an auditor would ask for added} removed {Evidence an auditor would ask for removed} other {Evidence an auditor would ask for changed}}',
    description: 'Checklist upgrade: the list of evidence an auditor would ask for changed',
  },
  'gap-title': {
    defaultMessage: '{how, select, added {Gap title added} removed {Gap title removed} other {Gap title changed}}',
    description: 'Checklist upgrade: the title a finding on this item gets (the item worded as a gap) was added, removed or changed',
  },
  'good-practice': {
    defaultMessage: '{how, select, added {Good-practice note added} removed {Good-practice note removed} other {Good-practice note changed}}',
    description: 'Checklist upgrade: the note saying which measures are good practice not found in the sources changed',
  },
  sources: {
    defaultMessage: '{how, select, added {Sources added} removed {Sources removed} other {Sources changed}}',
    description: 'Checklist upgrade: the item’s citations changed',
  },
  principles: {
    defaultMessage: '{how, select, added {Principles added} removed {Principles removed} other {Principles changed}}',
    description: 'Checklist upgrade: the HRBA@Tech or Privacy International principles the item serves changed',
  },
  rights: {
    defaultMessage: '{how, select, added {Rights added} removed {Rights removed} other {Rights changed}}',
    description: 'Checklist upgrade: the human rights the item names changed',
  },
  groups: {
    defaultMessage: '{how, select, added {Groups added} removed {Groups removed} other {Groups changed}}',
    description: 'Checklist upgrade: the groups of people at risk the item names changed',
  },
  stage: {
    defaultMessage: 'Moved to another stage',
    description: 'Checklist upgrade: the item is now asked at another lifecycle stage',
  },
});

/** A change to a profile question's options; the labels are content, in the checklist's language. */
export const PROFILE_CHANGE_MESSAGES = defineMessages({
  optionAdded: { defaultMessage: 'Option added: “{label}”', description: 'Checklist upgrade: a profile question has a new option' },
  optionRemoved: { defaultMessage: 'Option removed: “{label}”', description: 'Checklist upgrade: a profile question no longer offers an option' },
  optionRenamed: { defaultMessage: 'Option renamed from “{from}” to “{to}”', description: "Checklist upgrade: a profile option's wording changed" },
});

/** The kind of change where it says more than its parts (new, gone, merged, reworded with its meaning kept or not); null when it does not. */
export function kindMessage(row: UpgradeRow): [MessageDescriptor, Record<string, string>?] | null {
  if (row.change === 'unchanged' || row.change === 'guidance') return null;
  return row.change === 'merged' && row.into ? [MERGED_INTO.into, { item: row.into }] : [CHANGE_MESSAGES[row.change]];
}

export const aspectMessage = (a: AspectChange): [MessageDescriptor, { how: string }] => [ASPECT_MESSAGES[a.aspect], { how: a.how }];

/** A profile change's message and values, to be formatted with the labels as plain text or as isolated elements. */
export function profileChangeMessage<T>(c: ProfileChange, label: (text: string) => T): [MessageDescriptor, Record<string, T>?] {
  switch (c.kind) {
    case 'question-reworded':
      return [ASPECT_MESSAGES.question];
    case 'option-added':
      return [PROFILE_CHANGE_MESSAGES.optionAdded, { label: label(c.label) }];
    case 'option-removed':
      return [PROFILE_CHANGE_MESSAGES.optionRemoved, { label: label(c.label) }];
    case 'option-renamed':
      return [PROFILE_CHANGE_MESSAGES.optionRenamed, { from: label(c.from), to: label(c.to) }];
  }
}

// `hrba upgrade` speaks English: the same messages, formatted without a catalogue.
const ENGLISH: LanguageState = { locale: 'en', messages: {} };
const english = (message: [MessageDescriptor, Record<string, string>?]) => String(formatMessage(ENGLISH, ...message));
/** A part after a colon or a semicolon in an English line starts in lower case ("…: easy-read wording changed"). */
const lower = (text: string) => text.replace(/^(“?)(\p{L})/u, (_, quote: string, letter: string) => quote + letter.toLowerCase());
const capital = (text: string) => text.replace(/^(“?)(\p{L})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());

export const outcomeText = (outcome: UpgradeOutcome) => english([OUTCOME_MESSAGES[outcome]]);

/** "gap title added", "question reworded", "now a red flag": one part that changed, as a line of `hrba upgrade` continues. */
export const aspectText = (a: AspectChange): string => lower(english(aspectMessage(a)));

/** Several parts that changed, in one line: "Gap title added; sources changed". */
export const aspectsText = (aspects: readonly AspectChange[]) => capital(aspects.map(aspectText).join('; '));

/**
 * One line per row: what kind of change, then precisely what changed. An item whose words did not
 * change, or only its guidance, is listed for when it applies or its red flag: those are said alone.
 */
export function changeText(row: UpgradeRow): string {
  const kind = kindMessage(row);
  if (!kind) return aspectsText(row.aspects);
  const head = english(kind);
  return row.aspects.length ? `${head}: ${row.aspects.map(aspectText).join('; ')}` : head;
}

/** A change to a profile question: "option renamed from “A” to “B”". */
export const profileChangeText = (c: ProfileChange): string => lower(english(profileChangeMessage(c, (text) => text)));
