import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { looksEnglish } from '../../e2e/support/english';

/**
 * The English detector of the language crawl (tests/e2e/languageCrawl.e2e.ts) is only worth
 * its failures if French text never trips it and English text mostly does: checked here on
 * the words people read (a message's literal parts, not its argument names or select keys).
 */
const ROOT = process.cwd();
const words = (elements: MessageFormatElement[]): string =>
  elements
    .map((e) => {
      if (e.type === TYPE.literal) return e.value;
      if (e.type === TYPE.tag) return words(e.children);
      if (e.type === TYPE.select || e.type === TYPE.plural) return Object.values(e.options).map((o) => words(o.value)).join(' | ');
      return ' ';
    })
    .join('');
const catalogue = (language: string) => JSON.parse(readFileSync(join(ROOT, 'src/i18n/messages', `${language}.json`), 'utf8')) as Record<string, unknown>;
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('the crawl’s English detector', () => {
  it('passes every French and Arabic message', () => {
    for (const language of ['fr', 'ar']) {
      const tripped = Object.values(catalogue(language)).map((m) => words(parse(m as string))).filter(looksEnglish);
      expect(tripped, language).toEqual([]);
    }
  });

  it('passes every French and Arabic checklist translation', () => {
    for (const language of ['fr', 'ar']) {
      const texts = files(join(ROOT, 'checklists/hrba-tech/translations', language)).flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8'))));
      expect(texts.length).toBeGreaterThan(500);
      expect(texts.filter(looksEnglish), language).toEqual([]);
    }
  });

  it('catches nine English messages in ten of six words or more, and a plain English sentence', () => {
    const english = (Object.values(catalogue('en')) as { defaultMessage: string }[]).map((m) => words(parse(m.defaultMessage))).filter((t) => t.split(/\s+/).filter(Boolean).length >= 6);
    expect(english.length).toBeGreaterThan(300);
    expect(english.filter(looksEnglish).length / english.length).toBeGreaterThan(0.9);
    expect(looksEnglish('Saved to this browser')).toBe(true);
    expect(looksEnglish('Enregistré dans ce navigateur')).toBe(false);
    expect(looksEnglish('on a un an pour le faire')).toBe(false);
  });
});
