import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../e2e/support/english';

/**
 * Issue 12: the domain carries codes and values, never English words; the screens, the CSV and the
 * reports word them through the catalogues. This walks every value every module of src/domain exports
 * (through objects, arrays, maps and sets; functions and zod schemas skipped, as they hold no data a
 * reader sees) and fails on any string that reads as English: a sentence (two English function words),
 * a capitalised label ("Planned", "Does not conform"), or a phrase with a capitalised word and a space.
 */
const modules = import.meta.glob<Record<string, unknown>>('../../../src/domain/**/*.ts', { eager: true });

const CAPITALISED_WORD = /(?:^|[\s(“"‘'])\p{Lu}[\p{Ll}’']*(?=[\s,:;.!?)”"’']|$)/u;
const LABEL = /^\p{Lu}[\p{Ll}’']+[.:!?]?$/u;
const readsEnglish = (s: string): boolean => looksEnglish(s) || LABEL.test(s.trim()) || (/\s/.test(s.trim()) && CAPITALISED_WORD.test(s));

/**
 * Exports whose strings are data, not words to translate. None today: every string src/domain exports
 * is a code (ids, statuses, file kinds such as `hrba.assessment`, key types such as `RSA-2048`).
 * An entry names the export and says why it is data.
 */
const ALLOWED: Record<string, string> = {};

interface Found {
  where: string;
  exportName: string;
  text: string;
}

function collect(value: unknown, where: string, exportName: string, out: Found[], seen: Set<unknown>): void {
  if (typeof value === 'string') {
    out.push({ where, exportName, text: value });
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value) || value instanceof RegExp) return;
  seen.add(value);
  if ('_zod' in value || '_def' in value) return;
  const entries = value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value].map((v, i) => [i, v] as const) : Object.entries(value);
  for (const [k, v] of entries) collect(v, `${where}.${String(k)}`, exportName, out, seen);
}

/** Every exported string, each object once, named where it is defined (re-exporting index files last). */
function exportedStrings(): Found[] {
  const out: Found[] = [];
  const seen = new Set<unknown>();
  const files = Object.keys(modules).sort((a, b) => Number(a.endsWith('/index.ts')) - Number(b.endsWith('/index.ts')) || a.localeCompare(b));
  for (const file of files) {
    const short = file.replace('../../../src/domain/', '');
    for (const [name, value] of Object.entries(modules[file]!)) collect(value, `${short}#${name}`, name, out, seen);
  }
  return out;
}

describe('src/domain exports no English', () => {
  it('tells English words from codes', () => {
    for (const english of ['Planned', 'In progress', 'Don’t know', 'Accepted (with rationale)', 'A few individuals', 'is out of order', 'Serious: loss of a livelihood']) expect(readsEnglish(english), english).toBe(true);
    for (const code of ['in-progress', 'not-applicable', 'CON-01', 'S11', 'RSA-2048', 'ECDSA-P256', 'hrba.assessment', '.hrba.zip', 'application/pdf', 'dueDate', '^[A-Z]{2,5}-\\d{2,3}$']) expect(readsEnglish(code), code).toBe(false);
  });

  it('walks every module of src/domain', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(60);
    const strings = exportedStrings();
    expect(strings.length).toBeGreaterThan(150);
    expect(strings.some((s) => s.text === 'in-progress')).toBe(true);
  });

  it('has no exported string that reads as English, but the data allowed', () => {
    const english = exportedStrings().filter((s) => readsEnglish(s.text) && !(s.exportName in ALLOWED));
    expect(english.map((s) => `${s.where} = ${JSON.stringify(s.text)}`)).toEqual([]);
  });

  it('allows only what still reads as English', () => {
    const tripping = new Set(exportedStrings().filter((s) => readsEnglish(s.text)).map((s) => s.exportName));
    expect(Object.keys(ALLOWED).filter((name) => !tripping.has(name))).toEqual([]);
  });
});
