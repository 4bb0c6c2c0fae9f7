/**
 * Checklist translations: the English checklist is the source; each language
 * lives in checklists/<id>/translations/<lang>/ and mirrors the English text
 * fields by id (items by item id, triage by question id and option value).
 * Citations, ids and rules are never translated, so answers made in one
 * language stay valid in another.
 *
 * Every translated entry carries `source`, a fingerprint of the English text it
 * translates (only the fields the translation has). When that English changes,
 * the fingerprint no longer fits and the entry is stale: the app shows the
 * English instead, marked, until someone translates it again and stamps it. A
 * field the English gained later (a new version adds one) is simply not yet
 * translated; the entry's other fields stay good.
 *
 * A language's checklist.json names the version it `translates`; `check` holds it
 * complete and fresh against that version, and `status` also says what the newest
 * version still needs.
 *
 *   node --import tsx scripts/checklist-translations.ts check          errors, exit 1 if any
 *   node --import tsx scripts/checklist-translations.ts status         per language: done, to do against the newest version
 *   node --import tsx scripts/checklist-translations.ts stamp <lang>   record the fingerprints after translating
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareVersions } from '../src/domain/checklist/versions';
import { checkEntry, itemTexts, manifestTexts, translationFingerprint, type Texts, type TranslationFindings } from '../src/domain/checklist/translation';

type Json = unknown;

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;

export function newestVersion(checklistDir: string): string {
  const versions = readdirSync(checklistDir).filter((v) => /^\d+\.\d+\.\d+$/.test(v) && existsSync(join(checklistDir, v, 'checklist.json')));
  if (versions.length === 0) throw new Error(`no released version in ${checklistDir}`);
  return versions.sort(compareVersions).at(-1)!;
}

/** The English texts a translation must mirror: the manifest's, and each item's, keyed by id. */
export interface EnglishSource {
  version: string;
  manifest: Texts;
  /** Item id -> its text fields. */
  items: Map<string, Texts>;
  /** Stage file name -> its item ids in order. */
  files: Map<string, string[]>;
}

export function englishSource(checklistDir: string, version = newestVersion(checklistDir)): EnglishSource {
  const manifest = readJson(join(checklistDir, version, 'checklist.json')) as Texts;
  const items = new Map<string, Texts>();
  const files = new Map<string, string[]>();
  for (const file of manifest.itemFiles as string[]) {
    const list = (readJson(join(checklistDir, version, file)) as { items: Texts[] }).items;
    files.set(file, list.map((i) => String(i.id)));
    for (const item of list) items.set(String(item.id), itemTexts(item));
  }
  return { version, manifest: manifestTexts(manifest), items, files };
}

const isObject = (v: Json | undefined): v is Texts => Boolean(v) && typeof v === 'object' && !Array.isArray(v);

export interface LanguageReport extends TranslationFindings {
  language: string;
  /** The English version this language says it translates. */
  translates: string;
  /** Items complete and fresh against that version. */
  translated: number;
  total: number;
}

const readLanguageManifest = (checklistDir: string, language: string): Texts | undefined => {
  const path = join(checklistDir, 'translations', language, 'checklist.json');
  return existsSync(path) ? (readJson(path) as Texts) : undefined;
};

/** Checks a language against `version` (by default the version its checklist.json says it translates). */
export function checkLanguage(checklistDir: string, language: string, version?: string): LanguageReport {
  const found: TranslationFindings = { errors: [], todo: [] };
  const manifest = readLanguageManifest(checklistDir, language);
  const translates = version ?? (typeof manifest?.translates === 'string' ? manifest.translates : newestVersion(checklistDir));
  if (!existsSync(join(checklistDir, translates, 'checklist.json'))) {
    found.errors.push(`${language}/checklist.json: translates ${JSON.stringify(translates)}, which is not a released version`);
    return { language, translates, translated: 0, total: 0, ...found };
  }
  const english = englishSource(checklistDir, translates);
  let translated = 0;
  if (!manifest) {
    found.todo.push(`${language}/checklist.json: missing`);
  } else {
    if (manifest.language !== language) found.errors.push(`${language}/checklist.json: says language ${JSON.stringify(manifest.language)}`);
    const review = manifest.review as Texts | undefined;
    const reviewed = review?.status === 'reviewed' && typeof review.by === 'string' && review.by.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(String(review.on));
    if (review?.status !== 'not-reviewed' && !reviewed) {
      found.errors.push(`${language}/checklist.json: review must be {"status":"not-reviewed"} or {"status":"reviewed","by":"…","on":"YYYY-MM-DD"}`);
    }
    const { language: _language, review: _review, translates: _translates, ...texts } = manifest;
    checkEntry(`${language}/checklist.json`, english.manifest, texts, found);
  }
  for (const [file, ids] of english.files) {
    const path = join(checklistDir, 'translations', language, file);
    if (!existsSync(path)) {
      found.todo.push(`${language}/${file}: missing`);
      continue;
    }
    const entries = (readJson(path) as Texts).items;
    if (!isObject(entries)) {
      found.errors.push(`${language}/${file}: needs {"items": {"<item id>": {…}}}`);
      continue;
    }
    for (const id of ids) {
      const entry = entries[id];
      if (entry === undefined) found.todo.push(`${language}/${file} ${id}: not translated yet`);
      else if (!isObject(entry)) found.errors.push(`${language}/${file} ${id}: needs an object`);
      else if (checkEntry(`${language}/${file} ${id}`, english.items.get(id)!, entry, found)) translated += 1;
    }
    for (const id of Object.keys(entries)) if (!ids.includes(id)) found.errors.push(`${language}/${file}: ${id} is not an item of this stage`);
  }
  return { language, translates, translated, total: english.items.size, ...found };
}

export function languages(checklistDir: string): string[] {
  const dir = join(checklistDir, 'translations');
  return existsSync(dir) ? readdirSync(dir).filter((l) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(l)).sort() : [];
}

/** Records the fingerprints of the English each entry now translates: run after translating or re-translating. */
export function stamp(checklistDir: string, language: string): void {
  const dir = join(checklistDir, 'translations', language);
  const manifestPath = join(dir, 'checklist.json');
  const manifest = readJson(manifestPath) as Texts;
  const translates = typeof manifest.translates === 'string' ? manifest.translates : newestVersion(checklistDir);
  const english = englishSource(checklistDir, translates);
  const { language: _language, review: _review, translates: _translates, ...texts } = manifest;
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, translates, source: translationFingerprint(english.manifest, texts) }, null, 2)}\n`);
  for (const file of english.files.keys()) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const content = readJson(path) as { items: Texts };
    for (const [id, entry] of Object.entries(content.items)) {
      const source = english.items.get(id);
      if (source && isObject(entry)) entry.source = translationFingerprint(source, entry);
    }
    writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
  }
}

function main(argv: string[]): number {
  const checklistDir = resolve(import.meta.dirname, '../checklists/hrba-tech');
  const [command, language] = argv;
  if (command === 'stamp' && language) {
    stamp(checklistDir, language);
    return 0;
  }
  if (command === 'check' || command === 'status') {
    let failed = false;
    const newest = newestVersion(checklistDir);
    for (const lang of languages(checklistDir)) {
      const report = checkLanguage(checklistDir, lang);
      console.log(`${lang}: ${report.translated} of ${report.total} items translated from ${report.translates}; ${report.errors.length} errors, ${report.todo.length} to do`);
      if (command === 'check') [...report.errors, ...report.todo].forEach((p) => console.log(`  ${p}`));
      failed ||= report.errors.length + report.todo.length > 0;
      if (command === 'status' && report.translates !== newest) {
        const ahead = checkLanguage(checklistDir, lang, newest);
        console.log(`  against ${newest}: ${ahead.translated} of ${ahead.total} items, ${ahead.todo.length} to do`);
      }
    }
    return command === 'check' && failed ? 1 : 0;
  }
  console.error('usage: checklist-translations.ts check | status | stamp <lang>');
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exit(main(process.argv.slice(2)));
