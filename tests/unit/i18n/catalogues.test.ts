import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/i18n/locales';
import { messageShape } from './messageShape';

const root = new URL('../../../', import.meta.url);
const read = (locale: string) => JSON.parse(readFileSync(new URL(`src/i18n/messages/${locale}.json`, root), 'utf8')) as Record<string, unknown>;
const source = read('en') as Record<string, { defaultMessage: string; description?: string }>;
const translations = LOCALE_CODES.filter((l) => l !== 'en');

describe('message catalogues', () => {
  it('the English source catalogue is what `npm run i18n:extract` finds in the code now', () => {
    const extracted = execFileSync(new URL('node_modules/.bin/formatjs', root).pathname, ['extract', 'src/**/*.{ts,tsx}', '--ignore', 'src/**/*.d.ts'], {
      cwd: root.pathname,
      encoding: 'utf8',
    });
    expect(source, 'run `npm run i18n:extract` and translate the new messages').toEqual(JSON.parse(extracted));
  });

  it.each(translations)('%s has every message of the source and no other', (locale) => {
    const catalogue = read(locale);
    const missing = Object.keys(source).filter((id) => !(id in catalogue)).map((id) => `${id}: ${source[id]!.defaultMessage}`);
    const extra = Object.keys(catalogue).filter((id) => !(id in source));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    for (const [id, text] of Object.entries(catalogue)) expect(typeof text === 'string' && text.trim() !== '', `${locale} ${id} is empty`).toBe(true);
  });

  it.each(translations)('%s keeps every placeholder, tag and select case of the source', (locale) => {
    const catalogue = read(locale) as Record<string, string>;
    const differ = Object.entries(source)
      .filter(([id]) => id in catalogue)
      .map(([id, { defaultMessage }]) => ({ id, source: messageShape(defaultMessage), translation: messageShape(catalogue[id]!) }))
      .filter((m) => JSON.stringify(m.source) !== JSON.stringify(m.translation));
    expect(differ).toEqual([]);
  });
});

describe('messageShape', () => {
  it('tells apart messages whose arguments, tags, selects or plurals differ', () => {
    const base = messageShape('{count, plural, one {# file} other {# files}} by <b>{name}</b>');
    expect(messageShape('<b>{name}</b> : {count, plural, one {# fichier} other {# fichiers}}')).toEqual(base);
    expect(messageShape('{count, plural, zero {لا ملفات} one {ملف} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}} <b>{name}</b>')).toEqual(base);
    expect(messageShape('{count, plural, one {# file} other {# files}} by {name}')).not.toEqual(base);
    expect(messageShape('{total, plural, one {# file} other {# files}} by <b>{name}</b>')).not.toEqual(base);
    expect(() => messageShape('{count, plural, one {# file}} by <b>{name}</b>')).toThrow(/OTHER/);
    expect(messageShape('{s, select, buyer {a} other {b}}')).not.toEqual(messageShape('{s, select, vendor {a} other {b}}'));
    expect(messageShape('{d, date}')).not.toEqual(messageShape('{d}'));
  });
});
