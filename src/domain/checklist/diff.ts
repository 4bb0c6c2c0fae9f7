import { canonicalJson } from '../canonical';
import type { Problem } from '../problems';
import { redFlagTriggers } from './redFlags';
import type { Checklist, ChecklistItem } from './schema';

/**
 * What happened to one item between two versions of a checklist.
 * - `new`: the id is not in the old version.
 * - `unchanged`: identical content.
 * - `reworded`: its text, guidance, evidence or citations changed, its meaning did not
 *   (anything the new version's `upgradeFrom` does not list): answers carry over.
 * - `meaning-changed`: listed as such; the old answer no longer answers it.
 * - `merged`: gone, its requirement now carried by `into`.
 * - `retired`: gone without a successor.
 * Independently, `ruleChanged` says when it applies changed (rule, module, perspective or the
 * module's own switch) and `redFlagChanged` when the answers that raise its flag changed.
 */
export const ITEM_CHANGES = ['new', 'unchanged', 'reworded', 'meaning-changed', 'merged', 'retired'] as const;
export type ItemChangeKind = (typeof ITEM_CHANGES)[number];

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
}

export interface ChecklistDiff {
  from: string;
  to: string;
  /** Old items first in old order (with the new ones after them), one row per id. */
  items: ItemDiff[];
}

/** Fields that decide when an item applies, compared apart from its wording. */
const RULE_FIELDS = ['appliesWhen', 'module', 'perspective'] as const;

/** The item's words and sources: what "reworded" compares (rules and red flags are reported apart). */
function wording(item: ChecklistItem): unknown {
  const { appliesWhen: _a, module: _m, perspective: _p, redFlag: _f, redFlagOnPartly: _o, ...rest } = item;
  return rest;
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
      return { ...base, change: merged ? 'merged' : 'retired', ...(merged && listed.into ? { into: listed.into } : {}), ruleChanged: false, redFlagChanged: false };
    }
    const same = canonicalJson(wording(before)) === canonicalJson(wording(item));
    const change: ItemChangeKind = listed?.change === 'meaning-changed' ? 'meaning-changed' : same ? 'unchanged' : 'reworded';
    return {
      ...base,
      item,
      change,
      ruleChanged: ruleOf(before, older) !== ruleOf(item, newer),
      redFlagChanged: flagOf(before) !== flagOf(item),
    };
  });
  for (const item of newer.items) {
    if (!oldIds.has(item.id)) rows.push({ id: item.id, item, change: 'new', ruleChanged: false, redFlagChanged: false });
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
