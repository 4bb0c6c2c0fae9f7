import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AssessmentChangeSchema, authorZodIssues, ChecklistRefSchema, formatPath, formatZodIssues, HashSchema, problemsToText } from '../../../src/domain';
import { englishProblemText } from '../../../src/words/problems';

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['items', 3, 'citations', 0, 'ref'])).toBe('items[3].citations[0].ref');
    expect(formatPath([0, 'id'])).toBe('[0].id');
  });

  it('is empty for the top level (the words for "the whole file" belong to whoever shows it)', () => {
    expect(formatPath([])).toBe('');
  });
});

describe('formatZodIssues', () => {
  it('turns each issue into a path and a problem code with its values, under an optional prefix', () => {
    const schema = z.object({ items: z.array(z.object({ id: z.string().min(2, 'too short') })) });
    const result = schema.safeParse({ items: [{ id: 'ok' }, { id: 'x' }] });
    // The schema's English message is not carried: only the code and the limit.
    expect(formatZodIssues(result.error?.issues ?? [], ['file.json'])).toEqual([{ path: 'file.json.items[1].id', code: 'text-too-short', values: { min: 2 } }]);
  });

  it('reports the union branch that got furthest rather than a bare "invalid input"', () => {
    const schema = z.union([z.object({ a: z.object({ b: z.string('b must be text') }) }), z.object({ c: z.string() })]);
    const result = schema.safeParse({ a: { b: 1 } });
    expect(formatZodIssues(result.error?.issues ?? [])).toEqual([{ path: 'a.b', code: 'wrong-type', values: { expected: 'string' } }]);
  });
});

describe('problemsToText (checklist authoring, English)', () => {
  it('puts one problem per line as path: message', () => {
    expect(
      problemsToText([
        { path: 'a', message: 'first' },
        { path: 'b[0]', message: 'second' },
      ]),
    ).toBe('a: first\nb[0]: second');
  });

  it('words zod issues in zod’s English for content authors, naming the top level', () => {
    const result = z.strictObject({ a: z.string() }).safeParse({ a: 'x', b: 1 });
    expect(authorZodIssues(result.error?.issues ?? [])).toEqual([{ path: '(top level)', message: expect.stringContaining('"b"') }]);
  });
});

describe('a text not in its form says what the form is', () => {
  const parse = (schema: z.ZodType, value: unknown) => formatZodIssues(schema.safeParse(value).error?.issues ?? []);

  it('names an example for the domain’s patterns (an item id, a version, a language, a hash), and keeps the author’s English for checklist authors', () => {
    const ref = ChecklistRefSchema;
    const good = { id: 'hrba-tech', version: '1.0.0', contentHash: `sha256:${'0'.repeat(64)}` };
    expect(parse(ref, { ...good, version: '1.0' })).toEqual([{ path: 'version', code: 'looks-like', values: { example: '1.0.0' } }]);
    expect(parse(ref, { ...good, id: 'HRBA tech' })).toEqual([{ path: 'id', code: 'looks-like', values: { example: 'hrba-tech' } }]);
    expect(parse(ref, { ...good, contentHash: 'sha256:abc' })).toEqual([{ path: 'contentHash', code: 'hex-digits', values: { digits: 64, prefix: 'sha256' } }]);
    expect(parse(HashSchema, 'md5:abc')).toEqual([{ path: '', code: 'hex-digits', values: { digits: 64, prefix: 'sha256' } }]);
    expect(parse(AssessmentChangeSchema, { type: 'answer.set', itemId: 'con-1', status: 'yes', notes: '', evidence: [], language: 'French' })).toEqual([
      { path: 'itemId', code: 'looks-like', values: { example: 'CON-01' } },
      { path: 'language', code: 'looks-like', values: { example: 'fr' } },
    ]);
    // Authors of checklist content still read the pattern's own English.
    expect(authorZodIssues(ref.safeParse({ ...good, version: '1.0' }).error?.issues ?? [])).toEqual([{ path: 'version', message: 'use a semantic version such as 1.0.0' }]);
  });

  it('says a text must start with its fixed part', () => {
    expect(parse(z.string().startsWith('-----BEGIN CERTIFICATE-----'), 'MIIB')).toEqual([{ path: '', code: 'looks-like', values: { example: '-----BEGIN CERTIFICATE-----…' } }]);
  });

  it('words them in English for the CLI, and a limit of zero as an empty list', () => {
    expect(englishProblemText({ path: 'version', code: 'looks-like', values: { example: '1.0.0' } })).toBe('version: Expected something like 1.0.0.');
    expect(englishProblemText({ code: 'hex-digits', values: { digits: 64, prefix: 'sha256' } })).toBe('Expected “sha256:” followed by 64 hexadecimal digits (0–9 and a–f).');
    expect(englishProblemText({ code: 'hex-digits', values: { digits: 64, prefix: 'none' } })).toBe('Expected 64 hexadecimal digits (0–9 and a–f).');
    expect(englishProblemText({ code: 'too-many', values: { max: 0 } })).toBe('This list must be empty here.');
    expect(englishProblemText({ code: 'too-many', values: { max: 1 } })).toBe('There may be at most 1 entry here.');
  });
});
