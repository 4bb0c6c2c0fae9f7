import { describe, expect, it } from 'vitest';
import { queryList, summariseAssessment, type ListEntry } from '../../../src/domain';
import { makeAssessment } from '../helpers/assessment';

function entry(productName: string, organisation: string, updatedAt: string, createdAt = '2026-01-01T00:00:00.000Z'): ListEntry {
  const a = makeAssessment({ productName });
  const summary = summariseAssessment({ ...a, subject: { ...a.subject, organisation }, updatedAt, createdAt });
  return { state: 'ok', id: a.id, summary };
}

const entries: ListEntry[] = [
  entry('Kestrel', 'Acme', '2026-03-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z'),
  entry('alpha', 'Łódź Labs', '2026-03-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
  entry('Zephyr', 'Acme Health', '2026-03-03T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
  { state: 'damaged', id: 'broken', problems: [{ path: 'mode', message: 'bad' }] },
];
const names = (rows: { productName: string }[]) => rows.map((r) => r.productName);

describe('queryList', () => {
  it('sorts by last edit by default and by name without regard to case', () => {
    expect(names(queryList(entries, { search: '', sort: 'updated-desc', page: 1 }).rows)).toEqual(['Zephyr', 'Kestrel', 'alpha']);
    expect(names(queryList(entries, { search: '', sort: 'updated-asc', page: 1 }).rows)).toEqual(['alpha', 'Kestrel', 'Zephyr']);
    expect(names(queryList(entries, { search: '', sort: 'name-asc', page: 1 }).rows)).toEqual(['alpha', 'Kestrel', 'Zephyr']);
    expect(names(queryList(entries, { search: '', sort: 'name-desc', page: 1 }).rows)).toEqual(['Zephyr', 'Kestrel', 'alpha']);
    expect(names(queryList(entries, { search: '', sort: 'created-desc', page: 1 }).rows)).toEqual(['Kestrel', 'Zephyr', 'alpha']);
  });

  it('searches product name and organisation, ignoring case and accents', () => {
    expect(names(queryList(entries, { search: 'ACME', sort: 'name-asc', page: 1 }).rows)).toEqual(['Kestrel', 'Zephyr']);
    expect(names(queryList(entries, { search: ' lodz ', sort: 'name-asc', page: 1 }).rows)).toEqual(['alpha']);
    expect(queryList(entries, { search: 'nothing like it', sort: 'name-asc', page: 1 })).toMatchObject({ rows: [], matching: 0, pageCount: 1 });
  });

  it('pages, clamping a page past the end to the last one', () => {
    const first = queryList(entries, { search: '', sort: 'name-asc', page: 1, pageSize: 2 });
    expect(first).toMatchObject({ matching: 3, page: 1, pageCount: 2 });
    expect(names(first.rows)).toEqual(['alpha', 'Kestrel']);
    const past = queryList(entries, { search: '', sort: 'name-asc', page: 9, pageSize: 2 });
    expect(past.page).toBe(2);
    expect(names(past.rows)).toEqual(['Zephyr']);
  });

  it('keeps unreadable rows out of the table but always reports them, whatever the search', () => {
    const view = queryList(entries, { search: 'Kestrel', sort: 'name-asc', page: 1 });
    expect(view.unreadable.map((u) => u.id)).toEqual(['broken']);
  });
});
