import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLanguage, englishSource, languages, stamp } from '../../../scripts/checklist-translations';
import { localizeChecklist, type ChecklistTranslation } from '../../../src/domain/checklist/translation';
import { loadChecklistDir, loadSourcesRegistry } from '../../../src/node/loadChecklist';

const CHECKLIST = resolve(import.meta.dirname, '../../../checklists/hrba-tech');

describe('the shipped checklist translations', () => {
  it('are complete and fresh against the version each says it translates', () => {
    const shipped = languages(CHECKLIST);
    expect(shipped.every((l) => ['ar', 'es', 'fr'].includes(l))).toBe(true);
    for (const language of shipped) {
      const report = checkLanguage(CHECKLIST, language);
      expect(report.errors, language).toEqual([]);
      expect(report.todo, language).toEqual([]);
      expect(report.translated, language).toBe(report.total);
    }
  });
});

/** A copy of the checklist with a made-up language "xx" whose every text is the English in brackets. */
let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

type Texts = Record<string, unknown>;
const bracket = (value: unknown): unknown =>
  typeof value === 'string'
    ? `[${value}]`
    : Array.isArray(value)
      ? value.map(bracket)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bracket(v)]))
        : value;

function fixture(): { dir: string; write: (file: string, content: unknown) => void; read: (file: string) => Texts } {
  const dir = join(mkdtempSync(join(tmpdir(), 'hrba-tr-')), 'hrba-tech');
  dirs.push(dirname(dir));
  cpSync(CHECKLIST, dir, { recursive: true, filter: (p) => !p.includes('/translations') });
  const english = englishSource(dir, '1.1.0');
  const base = join(dir, 'translations', 'xx');
  const write = (file: string, content: unknown) => {
    mkdirSync(dirname(join(base, file)), { recursive: true });
    writeFileSync(join(base, file), JSON.stringify(content));
  };
  const read = (file: string) => JSON.parse(readFileSync(join(base, file), 'utf8')) as Texts;
  write('checklist.json', { language: 'xx', translates: '1.1.0', review: { status: 'not-reviewed' }, ...(bracket(english.manifest) as Texts) });
  for (const [file, ids] of english.files) write(file, { items: Object.fromEntries(ids.map((id) => [id, bracket(english.items.get(id))])) });
  stamp(dir, 'xx');
  return { dir, write, read };
}

describe('the translation check', () => {
  it('accepts a complete, stamped translation and counts every item', () => {
    const { dir } = fixture();
    const report = checkLanguage(dir, 'xx');
    expect(report.errors).toEqual([]);
    expect(report.todo).toEqual([]);
    expect(report.translated).toBe(128);
  });

  it('names what is missing, unknown, empty or of the wrong length', () => {
    const { dir, read, write } = fixture();
    const design = read('items/design.json') as { items: Record<string, Texts> };
    delete design.items['DES-01'];
    design.items['DES-99'] = { source: 'x', question: 'Made up?' };
    (design.items['DES-02'] as { question: string }).question = '  ';
    (design.items['DES-03'] as { evidence: string[] }).evidence.pop();
    (design.items['DES-04'] as Texts).colour = 'blue';
    write('items/design.json', design);
    const report = checkLanguage(dir, 'xx');
    expect(report.todo).toContain('xx/items/design.json DES-01: not translated yet');
    expect(report.errors).toContain('xx/items/design.json: DES-99 is not an item of this stage');
    expect(report.errors).toContain('xx/items/design.json DES-02.question: needs a translated text');
    expect(report.todo.some((p) => p.startsWith('xx/items/design.json DES-03.evidence: has '))).toBe(true);
    expect(report.errors).toContain('xx/items/design.json DES-04.colour: not in the English source');
    expect(report.translated).toBe(124);
  });

  it('marks an entry stale when its English changes, and only that entry', () => {
    const { dir } = fixture();
    const file = join(dir, '1.1.0', 'items', 'operation.json');
    const ops = JSON.parse(readFileSync(file, 'utf8')) as { items: Texts[] };
    ops.items[0]!.easyRead = `${String(ops.items[0]!.easyRead)} (reworded)`;
    writeFileSync(file, JSON.stringify(ops));
    const report = checkLanguage(dir, 'xx');
    expect(report.errors).toEqual([]);
    expect(report.todo).toEqual([`xx/items/operation.json ${String(ops.items[0]!.id)}: stale (its English changed since it was translated, or it was never stamped)`]);
  });

  it('reports a field a newer English version added as to do, leaving the rest of the entry good', () => {
    const { dir } = fixture();
    const file = join(dir, '1.1.0', 'items', 'conception.json');
    const con = JSON.parse(readFileSync(file, 'utf8')) as { items: Texts[] };
    const item = con.items.find((i) => i.gapTitle === undefined)!;
    item.gapTitle = 'A gap title added later';
    writeFileSync(file, JSON.stringify(con));
    const report = checkLanguage(dir, 'xx');
    expect(report.errors).toEqual([]);
    expect(report.todo).toEqual([`xx/items/conception.json ${String(item.id)}.gapTitle: not translated yet`]);
  });

  it('refuses a review that is neither pending nor signed off with a name and a date', () => {
    const { dir, read, write } = fixture();
    write('checklist.json', { ...read('checklist.json'), review: { status: 'reviewed', by: '' } });
    expect(checkLanguage(dir, 'xx').errors).toContain(
      'xx/checklist.json: review must be {"status":"not-reviewed"} or {"status":"reviewed","by":"…","on":"YYYY-MM-DD"}',
    );
  });
});

describe('a checklist seen in another language', () => {
  async function localized() {
    const { dir, read } = fixture();
    const loaded = await loadChecklistDir(join(dir, '1.1.0'), loadSourcesRegistry(resolve(CHECKLIST, '..')));
    if (!loaded.ok) throw new Error('fixture checklist does not load');
    const { language, review, translates: _t, ...manifest } = read('checklist.json');
    const items: Record<string, Texts> = {};
    for (const file of ['conception', 'design', 'deployment', 'operation']) Object.assign(items, (read(`items/${file}.json`) as { items: Record<string, Texts> }).items);
    const translation = { language, review, manifest, items } as unknown as ChecklistTranslation;
    return { english: loaded.checklist, result: localizeChecklist(loaded.checklist, translation), items };
  }

  it('swaps every text and keeps ids, rules, citations and order', async () => {
    const { english, result } = await localized();
    expect(result.inEnglish).toEqual([]);
    expect(result.review).toEqual({ status: 'not-reviewed' });
    expect(result.checklist.items.map((i) => i.id)).toEqual(english.items.map((i) => i.id));
    const [first, firstEnglish] = [result.checklist.items[0]!, english.items[0]!];
    expect(first.question).toBe(`[${firstEnglish.question}]`);
    expect(first.guidance.good).toEqual(firstEnglish.guidance.good.map((g) => `[${g}]`));
    expect(first.citations).toEqual(firstEnglish.citations);
    expect(first.rights).toEqual(firstEnglish.rights);
    expect(result.checklist.stages[0]!.title).toBe(`[${english.stages[0]!.title}]`);
    const role = result.checklist.triage.find((q) => q.id === 'role')!;
    expect(role.options?.[0]?.label).toBe(`[${english.triage.find((q) => q.id === 'role')!.options![0]!.label}]`);
    expect(result.checklist.version).toBe(english.version);
  });

  it('shows an item whose English changed since it was translated in English, and says so', async () => {
    const { english, result } = await localized();
    const reworded = { ...english, items: english.items.map((i, n) => (n === 3 ? { ...i, question: `${i.question} (reworded)` } : i)) };
    const stale = localizeChecklist(reworded, { language: 'xx', review: result.review, manifest: {}, items: {} });
    expect(stale.inEnglish).toHaveLength(english.items.length);
    const { items } = await localized();
    const again = localizeChecklist(reworded, { language: 'xx', review: result.review, manifest: {}, items });
    expect(again.inEnglish).toEqual([english.items[3]!.id]);
    expect(again.checklist.items[3]!.question).toBe(`${english.items[3]!.question} (reworded)`);
    expect(again.checklist.items[4]!.question).toBe(`[${english.items[4]!.question}]`);
  });
});
