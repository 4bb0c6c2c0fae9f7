import { describe, expect, it } from 'vitest';
import { applyChange, queryList, startRevision, summariseAssessment, type ListEntry } from '../../../src/domain';
import { makeAssessment, uuid } from '../helpers/assessment';

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

  it('groups the revisions of one assessment into one row with its latest revision, the earlier ones beside it', () => {
    const r1 = makeAssessment({ productName: 'Heron' });
    const locked1 = applyChange(r1, { type: 'revision.lock' }, { at: '2026-03-04T00:00:00.000Z', by: '' });
    const r2 = startRevision(locked1, uuid(), '2026-03-05T00:00:00.000Z');
    const locked2 = applyChange(r2, { type: 'revision.lock' }, { at: '2026-03-06T00:00:00.000Z', by: '' });
    const r3 = { ...startRevision(locked2, uuid(), '2026-03-07T00:00:00.000Z'), subject: { ...r2.subject, productName: 'Heron II' } };
    const chain: ListEntry[] = [locked2, r3, locked1].map((a) => ({ state: 'ok', id: a.id, summary: summariseAssessment(a) }));
    const all = [...entries, ...chain];

    const view = queryList(all, { search: '', sort: 'name-asc', page: 1 });
    expect(view).toMatchObject({ matching: 4, total: 4 });
    const heron = view.rows.find((r) => r.productName === 'Heron II')!;
    expect(heron).toMatchObject({ id: r3.id, revision: 3 });
    expect(heron.earlier.map((e) => [e.id, e.revision])).toEqual([
      [locked2.id, 2],
      [locked1.id, 1],
    ]);
    expect(view.rows.filter((r) => r.earlier.length > 0)).toHaveLength(1);
    // A search finds the chain by an earlier revision's name, and pages count chains, not rows.
    expect(queryList(all, { search: 'heron', sort: 'name-asc', page: 1 }).rows.map((r) => r.id)).toEqual([r3.id]);
    expect(queryList(all, { search: '', sort: 'name-asc', page: 1, pageSize: 2 }).pageCount).toBe(2);
    // Without its parent stored, a revision is listed on its own.
    const orphan = queryList([chain[1]!, chain[0]!], { search: '', sort: 'name-asc', page: 1 });
    expect(orphan.rows.map((r) => [r.revision, r.earlier.length])).toEqual([[3, 1]]);
    expect(queryList([chain[1]!], { search: '', sort: 'name-asc', page: 1 }).rows.map((r) => [r.revision, r.earlier.length])).toEqual([[3, 0]]);
  });

  it('lists a summary written before revisions were grouped (no parent link) on its own', () => {
    const a = makeAssessment({ productName: 'Old row' });
    const { parentId: _gone, ...old } = summariseAssessment(a);
    expect(queryList([{ state: 'ok', id: a.id, summary: old }], { search: '', sort: 'name-asc', page: 1 }).rows).toMatchObject([{ id: a.id, earlier: [] }]);
  });
});
