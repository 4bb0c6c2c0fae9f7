import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath, formatZodIssues, problemsToText } from '../../../src/domain';

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['items', 3, 'citations', 0, 'ref'])).toBe('items[3].citations[0].ref');
    expect(formatPath([0, 'id'])).toBe('[0].id');
  });

  it('names the top level when there is no path', () => {
    expect(formatPath([])).toBe('(top level)');
  });
});

describe('formatZodIssues', () => {
  it('turns each issue into a path and its message, under an optional prefix', () => {
    const schema = z.object({ items: z.array(z.object({ id: z.string().min(2, 'too short') })) });
    const result = schema.safeParse({ items: [{ id: 'ok' }, { id: 'x' }] });
    expect(formatZodIssues(result.error?.issues ?? [], ['file.json'])).toEqual([{ path: 'file.json.items[1].id', message: 'too short' }]);
  });

  it('reports the union branch that got furthest rather than a bare "invalid input"', () => {
    const schema = z.union([z.object({ a: z.object({ b: z.string('b must be text') }) }), z.object({ c: z.string() })]);
    const result = schema.safeParse({ a: { b: 1 } });
    expect(formatZodIssues(result.error?.issues ?? [])).toEqual([{ path: 'a.b', message: 'b must be text' }]);
  });
});

describe('problemsToText', () => {
  it('puts one problem per line as path: message', () => {
    expect(
      problemsToText([
        { path: 'a', message: 'first' },
        { path: 'b[0]', message: 'second' },
      ]),
    ).toBe('a: first\nb[0]: second');
  });
});
