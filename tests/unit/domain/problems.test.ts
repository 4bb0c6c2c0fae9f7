import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { authorZodIssues, formatPath, formatZodIssues, problemsToText } from '../../../src/domain';

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
