import { describe, expect, it } from 'vitest';
import { pageHolding, pageOf } from '../../../src/domain';

describe('pageOf', () => {
  const list = Array.from({ length: 120 }, (_, i) => i);

  it('gives the rows of one page, where they stand in the whole list, and how many pages there are', () => {
    expect(pageOf(list, 1)).toMatchObject({ rows: list.slice(0, 50), page: 1, pageCount: 3, offset: 0, total: 120 });
    expect(pageOf(list, 3)).toMatchObject({ rows: list.slice(100), page: 3, offset: 100 });
  });

  it('shows the last page for a page past the end (the list shrank) and the first for nonsense', () => {
    expect(pageOf(list, 9).page).toBe(3);
    expect(pageOf(list, 0).page).toBe(1);
    expect(pageOf(list, Number.NaN).page).toBe(1);
    expect(pageOf([], 4)).toMatchObject({ rows: [], page: 1, pageCount: 1 });
  });

  it('finds the page an entry is on', () => {
    expect([0, 49, 50, 119].map((i) => pageHolding(i))).toEqual([1, 1, 2, 3]);
    expect(pageHolding(-1)).toBe(1);
  });
});
