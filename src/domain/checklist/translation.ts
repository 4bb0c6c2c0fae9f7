import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { matching } from '../problems';
import { canonicalJson } from '../canonical';
import type { Checklist } from './schema';

/**
 * A checklist translation (checklists/<id>/translations/<language>/, see
 * checklists/README.md): the English text fields mirrored by id. Ids, rules and
 * citations are never translated, so answers key on item ids in every language.
 *
 * Each entry names the English it translates by a fingerprint over exactly the
 * fields it has. An entry whose English changed since (stale) is not used: that
 * item shows in English. A field the English gained later is shown in English
 * while the entry's other fields stay translated.
 */
export type Texts = { [key: string]: unknown };

/** An item's text fields, in the order a person meets them. */
export const ITEM_TEXT_FIELDS = ['question', 'questionBuyer', 'easyRead', 'gapTitle', 'guidance', 'evidence', 'goodPractice', 'redFlag'] as const;

const isObject = (v: unknown): v is Texts => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

function only(entry: Texts, fields: readonly string[]): Texts {
  const out: Texts = {};
  for (const f of fields) if (entry[f] !== undefined) out[f] = entry[f];
  return out;
}

function byId(list: unknown, key: string, pick: (entry: Texts) => Texts): Texts {
  const out: Texts = {};
  for (const entry of Array.isArray(list) ? (list as Texts[]) : []) out[String(entry[key])] = pick(entry);
  return out;
}

/** The manifest's translatable texts, keyed by id: what a translation's checklist.json mirrors. */
export function manifestTexts(manifest: Texts): Texts {
  return {
    title: manifest.title ?? '',
    description: manifest.description ?? '',
    stages: byId(manifest.stages, 'id', (s) => only(s, ['title', 'summary'])),
    triage: byId(manifest.triage, 'id', (q) => {
      const t = only(q, ['question', 'help']);
      if (q.options) t.options = byId(q.options, 'value', (o) => only(o, ['label', 'help', 'examples']));
      return t;
    }),
    modules: byId(manifest.modules, 'id', (m) => only(m, ['title', 'description'])),
    groups: byId(manifest.groups, 'id', (g) => only(g, ['label'])),
  };
}

export function itemTexts(item: Texts): Texts {
  return only(item, ITEM_TEXT_FIELDS);
}

/** The English cut down to the keys the translation has: what its fingerprint covers. */
function project(source: unknown, translated: unknown): unknown {
  if (!isObject(source) || !isObject(translated)) return source;
  const out: Texts = {};
  for (const key of Object.keys(source)) if (key in translated) out[key] = project(source[key], translated[key]);
  return out;
}

/** The fingerprint an entry must carry in `source` to count as a translation of this English. */
export function translationFingerprint(english: Texts, entry: Texts): string {
  const { source: _source, ...fields } = entry;
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(project(english, fields))))).slice(0, 16);
}

export interface TranslationFindings {
  /** Wrong whatever the English: unknown keys, wrong shapes, empty texts. */
  errors: string[];
  /** Still to translate: English with no translation, or a translation of older English. */
  todo: string[];
}

/** Same keys, same list lengths, every text non-empty: a translation mirrors its English. */
function compare(where: string, source: unknown, translated: unknown, found: TranslationFindings): void {
  if (translated === undefined) {
    found.todo.push(`${where}: not translated yet`);
  } else if (typeof source === 'string') {
    if (typeof translated !== 'string' || translated.trim() === '') found.errors.push(`${where}: needs a translated text`);
  } else if (Array.isArray(source)) {
    if (!Array.isArray(translated)) found.errors.push(`${where}: needs a list of ${source.length}`);
    else if (translated.length !== source.length) found.todo.push(`${where}: has ${translated.length} entries where the English has ${source.length}`);
    else source.forEach((s, i) => compare(`${where}[${i}]`, s, translated[i], found));
  } else if (isObject(source)) {
    if (!isObject(translated)) {
      found.errors.push(`${where}: needs an object`);
      return;
    }
    for (const key of Object.keys(source)) compare(`${where}.${key}`, source[key], translated[key], found);
    for (const key of Object.keys(translated)) {
      if (key !== 'source' && !(key in source)) found.errors.push(`${where}.${key}: not in the English source`);
    }
  }
}

/** Checks one entry against its English; true when it is complete and fresh. */
export function checkEntry(where: string, english: Texts, entry: Texts, found: TranslationFindings): boolean {
  const before = found.errors.length + found.todo.length;
  compare(where, english, entry, found);
  if (entry.source !== translationFingerprint(english, entry)) {
    found.todo.push(`${where}: stale (its English changed since it was translated, or it was never stamped)`);
  }
  return found.errors.length + found.todo.length === before;
}

export const TranslationReviewSchema = z.union([
  z.strictObject({ status: z.literal('not-reviewed') }),
  z.strictObject({ status: z.literal('reviewed'), by: z.string().trim().min(1), on: z.iso.date() }),
]);
export type TranslationReview = z.infer<typeof TranslationReviewSchema>;

/** A translation's checklist.json: who it is for and what it translates; its texts are checked against the English. */
export const TranslationManifestSchema = z.looseObject({
  language: matching(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'fr'),
  translates: matching(/^\d+\.\d+\.\d+$/, '1.0.0'),
  review: TranslationReviewSchema,
  source: z.string().optional(),
});
export const TranslationItemsSchema = z.strictObject({ items: z.record(z.string(), z.looseObject({ source: z.string() })) });

export interface ChecklistTranslation {
  language: string;
  review: TranslationReview;
  manifest: Texts;
  items: Record<string, Texts>;
}

/** A translation from its files as read: its checklist.json and each of its items/*.json (checked, not trusted). */
export function readChecklistTranslation(manifestFile: unknown, itemFiles: readonly unknown[]): ChecklistTranslation {
  const { language, review, translates: _translates, ...manifest } = TranslationManifestSchema.parse(manifestFile);
  const items: Record<string, Texts> = {};
  for (const file of itemFiles) Object.assign(items, TranslationItemsSchema.parse(file).items);
  return { language, review, manifest, items };
}

export interface LocalizedChecklist {
  /** The same checklist, same ids and rules, with the texts that have a fresh translation swapped in. */
  checklist: Checklist;
  language: string;
  review: TranslationReview;
  /** Items shown (wholly or partly) in English because their translation is missing or stale. */
  inEnglish: string[];
  /** The checklist's own texts (title, stages, profile questions, modules, groups) are the English: their translation is of other English. */
  manifestInEnglish: boolean;
}

function merge(english: unknown, translated: unknown): unknown {
  if (typeof english === 'string') return typeof translated === 'string' && translated.trim() !== '' ? translated : english;
  if (Array.isArray(english)) return Array.isArray(translated) && translated.length === english.length ? english.map((e, i) => merge(e, translated[i])) : english;
  if (isObject(english) && isObject(translated)) return Object.fromEntries(Object.entries(english).map(([k, v]) => [k, merge(v, translated[k])]));
  return english;
}

function byIdMerged<T extends Texts>(list: T[] | undefined, key: string, translated: unknown, fields: (entry: T) => Texts): T[] | undefined {
  const table = isObject(translated) ? translated : {};
  return list?.map((entry) => ({ ...entry, ...(merge(fields(entry), table[String(entry[key])]) as Texts) }));
}

/**
 * The checklist as a person reading `translation.language` sees it. Only fresh
 * entries are used, field by field, so nothing translated from older English is
 * ever shown as if it were current. Hashes and answers stay on the English.
 */
export function localizeChecklist(checklist: Checklist, translation: ChecklistTranslation): LocalizedChecklist {
  const englishManifest = manifestTexts(checklist as unknown as Texts);
  const fresh = translation.manifest.source === translationFingerprint(englishManifest, translation.manifest);
  const m = fresh ? translation.manifest : {};
  const inEnglish: string[] = [];
  const items = checklist.items.map((item) => {
    const english = itemTexts(item as unknown as Texts);
    const entry = translation.items[item.id];
    if (!entry || entry.source !== translationFingerprint(english, entry)) {
      inEnglish.push(item.id);
      return item;
    }
    if (Object.keys(english).some((k) => entry[k] === undefined)) inEnglish.push(item.id);
    return { ...item, ...(merge(english, entry) as Texts) };
  });
  const localized = {
    ...checklist,
    title: merge(checklist.title, m.title),
    description: merge(checklist.description, m.description),
    stages: byIdMerged(checklist.stages as unknown as Texts[], 'id', m.stages, (s) => only(s, ['title', 'summary'])),
    triage: (checklist.triage as unknown as Texts[]).map((q) => {
      const t = isObject(m.triage) ? m.triage[String(q.id)] : undefined;
      const own = merge(only(q, ['question', 'help']), t) as Texts;
      const options = Array.isArray(q.options)
        ? byIdMerged(q.options as Texts[], 'value', isObject(t) ? t.options : undefined, (o) => only(o, ['label', 'help', 'examples']))
        : undefined;
      return { ...q, ...own, ...(options ? { options } : {}) };
    }),
    modules: byIdMerged(checklist.modules as unknown as Texts[], 'id', m.modules, (x) => only(x, ['title', 'description'])),
    groups: byIdMerged(checklist.groups as unknown as Texts[], 'id', m.groups, (g) => only(g, ['label'])),
    items,
  } as unknown as Checklist;
  return { checklist: localized, language: translation.language, review: translation.review, inEnglish, manifestInEnglish: !fresh };
}
