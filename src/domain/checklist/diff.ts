import { canonicalJson } from '../canonical';
import type { AuthorProblem as Problem } from './authorProblems';
import { redFlagTriggers } from './redFlags';
import type { Checklist, ChecklistItem } from './schema';

/**
 * What happened to one item between two versions of a checklist.
 * - `new`: the id is not in the old version.
 * - `unchanged`: identical content.
 * - `reworded`: its question (or the buyer's wording of it) changed, its meaning did not
 *   (anything the new version's `upgradeFrom` does not list): answers carry over, but the
 *   person should read the new words.
 * - `guidance`: only what helps a person answer changed (easy-read wording, why it matters, what
 *   good looks like, evidence, gap title, good-practice note, sources, principles, rights, groups,
 *   its stage): the question reads as before and answers carry over.
 * - `meaning-changed`: listed as such; the old answer no longer answers it.
 * - `merged`: gone, its requirement now carried by `into`.
 * - `retired`: gone without a successor.
 * Independently, `ruleChanged` says when it applies changed (rule, module, perspective or the
 * module's own switch) and `redFlagChanged` when the answers that raise its flag changed.
 * `aspects` names every part that changed, and how, so a person can be told precisely.
 */
export const ITEM_CHANGES = ['new', 'unchanged', 'reworded', 'guidance', 'meaning-changed', 'merged', 'retired'] as const;
export type ItemChangeKind = (typeof ITEM_CHANGES)[number];

/** The parts of an item that can change what an answer means, or when the item is asked or raises its flag. */
export const MEANING_ASPECTS = ['question', 'buyer-question', 'applies', 'red-flag'] as const;
/** The parts that only help a person answer: an answer keeps its meaning when only these change. */
export const GUIDANCE_ASPECTS = ['easy-read', 'why', 'good', 'evidence', 'gap-title', 'good-practice', 'sources', 'principles', 'rights', 'groups', 'stage'] as const;
export type ItemAspect = (typeof MEANING_ASPECTS)[number] | (typeof GUIDANCE_ASPECTS)[number];

export interface AspectChange {
  aspect: ItemAspect;
  how: 'added' | 'changed' | 'removed';
}

export interface ItemDiff {
  id: string;
  change: ItemChangeKind;
  /** The item in the new version; absent for merged and retired items. */
  item?: ChecklistItem;
  /** The item in the old version; absent for new items. */
  before?: ChecklistItem;
  into?: string;
  note?: string;
  ruleChanged: boolean;
  redFlagChanged: boolean;
  /** What changed in an item both versions have, meaning first (`MEANING_ASPECTS`, then `GUIDANCE_ASPECTS`); empty otherwise. */
  aspects: AspectChange[];
}

export interface ChecklistDiff {
  from: string;
  to: string;
  /** Old items first in old order (with the new ones after them), one row per id. */
  items: ItemDiff[];
}

/** Fields that decide when an item applies, compared apart from its wording. */
const RULE_FIELDS = ['appliesWhen', 'module', 'perspective'] as const;

/**
 * Where each part of an item's words is read. Typed over every field of an item, so a field added
 * to the format has to be named here (as meaning or guidance) before it compiles: none is compared unseen.
 */
const WORDING: Record<
  Exclude<keyof ChecklistItem, 'id' | (typeof RULE_FIELDS)[number] | 'redFlag' | 'redFlagOnPartly'>,
  readonly (readonly [ItemAspect, (i: ChecklistItem) => unknown])[]
> = {
  question: [['question', (i) => i.question]],
  questionBuyer: [['buyer-question', (i) => i.questionBuyer]],
  easyRead: [['easy-read', (i) => i.easyRead]],
  guidance: [
    ['why', (i) => i.guidance.why],
    ['good', (i) => i.guidance.good],
  ],
  evidence: [['evidence', (i) => i.evidence]],
  gapTitle: [['gap-title', (i) => i.gapTitle]],
  goodPractice: [['good-practice', (i) => i.goodPractice]],
  citations: [['sources', (i) => i.citations]],
  principles: [['principles', (i) => i.principles]],
  rights: [['rights', (i) => i.rights]],
  groups: [['groups', (i) => i.groups]],
  stage: [['stage', (i) => i.stage]],
};
const ORDER: readonly ItemAspect[] = [...MEANING_ASPECTS, ...GUIDANCE_ASPECTS];

const how = (before: unknown, after: unknown): AspectChange['how'] => (before === undefined ? 'added' : after === undefined ? 'removed' : 'changed');

/** Every part of the item that differs between the two versions, and how, meaning first. */
function aspectsOf(before: ChecklistItem, item: ChecklistItem, ruleChanged: boolean, redFlagChanged: boolean): AspectChange[] {
  const found: AspectChange[] = [];
  for (const [aspect, read] of Object.values(WORDING).flat()) {
    const [a, b] = [read(before), read(item)];
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) found.push({ aspect, how: how(a, b) });
  }
  if (ruleChanged) found.push({ aspect: 'applies', how: 'changed' });
  if (redFlagChanged) found.push({ aspect: 'red-flag', how: how(before.redFlag, item.redFlag) });
  return found.sort((x, y) => ORDER.indexOf(x.aspect) - ORDER.indexOf(y.aspect));
}

/**
 * Whether a person should read the item again before relying on its answer: it is new, gone or
 * merged, its meaning or its question's wording changed, or when it applies or raises its flag
 * changed. Otherwise only guidance changed (or nothing), and the answer means what it meant.
 */
export function needsRereading(row: ItemDiff): boolean {
  return (row.change !== 'unchanged' && row.change !== 'guidance') || row.ruleChanged || row.redFlagChanged;
}

/** The red flag as it acts: its reason and the answers that raise it under the policy. */
function flagOf(item: ChecklistItem): string {
  return canonicalJson(item.redFlag ? { reason: item.redFlag.reason, triggers: [...redFlagTriggers(item)].sort() } : null);
}

function ruleOf(item: ChecklistItem, checklist: Checklist): string {
  const module = item.module ? checklist.modules.find((m) => m.id === item.module)?.activeWhen : undefined;
  return canonicalJson({ ...Object.fromEntries(RULE_FIELDS.map((f) => [f, item[f] ?? null])), moduleRule: module ?? null });
}

/**
 * The items whose only changes are guidance (`needsRereading` is false), grouped by exactly what
 * changed, largest group first, then in checklist order: so "gap title added" on 104 items is one
 * line, not 104 rows that hide the few items to read again.
 */
export function guidanceGroups<R extends ItemDiff>(rows: readonly R[]): { aspects: readonly AspectChange[]; ids: string[] }[] {
  const groups = new Map<string, { aspects: readonly AspectChange[]; ids: string[] }>();
  for (const row of rows) {
    if (row.change !== 'guidance' || needsRereading(row)) continue;
    const key = canonicalJson(row.aspects);
    const group = groups.get(key) ?? { aspects: row.aspects, ids: [] };
    group.ids.push(row.id);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.ids.length - a.ids.length);
}

/**
 * Compares two versions of one checklist, item by item. The new version's `upgradeFrom`
 * says which changes alter meaning; everything else is read from the content itself.
 */
export function diffChecklists(older: Checklist, newer: Checklist): ChecklistDiff {
  const notes = newer.upgradeFrom?.version === older.version ? newer.upgradeFrom.items : {};
  const newById = new Map(newer.items.map((i) => [i.id, i]));
  const oldIds = new Set(older.items.map((i) => i.id));
  const rows: ItemDiff[] = older.items.map((before) => {
    const item = newById.get(before.id);
    const listed = Object.hasOwn(notes, before.id) ? notes[before.id] : undefined;
    const base = { id: before.id, before, ...(listed?.note ? { note: listed.note } : {}) };
    if (!item) {
      const merged = listed?.change === 'merged';
      return { ...base, change: merged ? 'merged' : 'retired', ...(merged && listed.into ? { into: listed.into } : {}), ruleChanged: false, redFlagChanged: false, aspects: [] };
    }
    const ruleChanged = ruleOf(before, older) !== ruleOf(item, newer);
    const redFlagChanged = flagOf(before) !== flagOf(item);
    const aspects = aspectsOf(before, item, ruleChanged, redFlagChanged);
    const worded = aspects.filter((a) => a.aspect !== 'applies' && a.aspect !== 'red-flag');
    const change: ItemChangeKind =
      listed?.change === 'meaning-changed'
        ? 'meaning-changed'
        : worded.some((a) => a.aspect === 'question' || a.aspect === 'buyer-question')
          ? 'reworded'
          : worded.length > 0
            ? 'guidance'
            : 'unchanged';
    return { ...base, item, change, ruleChanged, redFlagChanged, aspects };
  });
  for (const item of newer.items) {
    if (!oldIds.has(item.id)) rows.push({ id: item.id, item, change: 'new', ruleChanged: false, redFlagChanged: false, aspects: [] });
  }
  return { from: older.version, to: newer.version, items: rows };
}

/**
 * Whether a version's `upgradeFrom` describes its predecessor truthfully: every id that
 * disappeared is merged or retired (stored answers are keyed by id), a merge names an
 * item that exists, and nothing listed is invented.
 */
export function upgradeProblems(older: Checklist, newer: Checklist): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const up = newer.upgradeFrom;
  const newIds = new Set(newer.items.map((i) => i.id));
  const oldIds = new Set(older.items.map((i) => i.id));
  if (up && up.version !== older.version) add('upgradeFrom.version', `is ${up.version}, but the previous version is ${older.version}`);
  const listed = up?.version === older.version ? up.items : {};
  for (const id of oldIds) {
    if (!newIds.has(id) && !Object.hasOwn(listed, id)) add('upgradeFrom.items', `${id} is gone from ${newer.version}: list it as merged (with "into") or retired; ids are never dropped silently`);
  }
  for (const [id, c] of Object.entries(listed)) {
    const at = `upgradeFrom.items.${id}`;
    if (!oldIds.has(id)) add(at, `${id} is not in ${older.version}`);
    if (c.change === 'meaning-changed' && !newIds.has(id)) add(at, `${id} is listed as meaning-changed but is not in ${newer.version}`);
    if (c.change !== 'meaning-changed' && newIds.has(id)) add(at, `${id} is listed as ${c.change} but is still in ${newer.version}; a retired id is never reused`);
    if (c.change === 'merged' && (!c.into || !newIds.has(c.into))) add(at, `a merged item names the item that carries it on ("into"), one that exists in ${newer.version}`);
    if (c.change !== 'merged' && c.into) add(at, `only a merged item has "into"`);
  }
  return problems;
}

/** A change to a profile question both versions ask that can change what a profile answer means. */
export type ProfileChange =
  | { kind: 'question-reworded' }
  | { kind: 'option-added'; label: string }
  | { kind: 'option-removed'; label: string }
  | { kind: 'option-renamed'; from: string; to: string };

export interface ProfileDiff {
  /** Questions both versions ask whose wording or options changed, in the new version's order, with what changed. */
  changed: { id: string; question: string; changes: ProfileChange[] }[];
  /** How many questions and options only gained, lost or changed their help (profile answers keep their meaning). */
  helpChanged: number;
}

/**
 * The profile (triage) questions compared like items: a reworded question or an option added,
 * removed or renamed can change what a profile answer means; help under a question or option
 * only explains it. Questions the new version adds are the plan's `newProfileQuestions`.
 */
export function diffProfiles(older: Checklist, newer: Checklist): ProfileDiff {
  const before = new Map(older.triage.map((q) => [q.id, q]));
  const changed: ProfileDiff['changed'] = [];
  let helpChanged = 0;
  for (const q of newer.triage) {
    const old = before.get(q.id);
    if (!old) continue;
    const changes: ProfileChange[] = old.question === q.question ? [] : [{ kind: 'question-reworded' }];
    if ((old.help ?? '') !== (q.help ?? '')) helpChanged++;
    const oldOptions = new Map(old.options.map((o) => [o.value, o]));
    const newValues = new Set(q.options.map((o) => o.value));
    for (const o of q.options) {
      const was = oldOptions.get(o.value);
      if (!was) changes.push({ kind: 'option-added', label: o.label });
      else {
        if (was.label !== o.label) changes.push({ kind: 'option-renamed', from: was.label, to: o.label });
        if ((was.help ?? '') !== (o.help ?? '')) helpChanged++;
      }
    }
    for (const o of old.options) if (!newValues.has(o.value)) changes.push({ kind: 'option-removed', label: o.label });
    if (changes.length) changed.push({ id: q.id, question: q.question, changes });
  }
  return { changed, helpChanged };
}
