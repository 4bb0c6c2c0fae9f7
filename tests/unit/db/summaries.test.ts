import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, prepareDatabase, assessmentRepository, type AppDB as Db } from '../../../src/db';
import { lineOf, summariseAssessment, type ListEntry } from '../../../src/domain';
import { answer, makeAssessment, T0 } from '../helpers/assessment';
import { deleteAll, freshDb, steppingClock } from '../helpers/db';

afterEach(deleteAll);

const byId = async (db: Db) => new Map((await assessmentRepository(db).entries()).map((e) => [e.id, e]));

describe('the summary table follows every write in the same transaction', () => {
  it('create, commit, duplicate, import and remove keep one summary per row, equal to the row summarised', async () => {
    const db = freshDb();
    const repo = assessmentRepository(db, steppingClock());
    const a = await repo.create(makeAssessment({ productName: 'FaceGate' }));
    const edited = await repo.commit(a.id, answer('CON-01', 'yes'));
    const copy = await repo.duplicate(a.id, makeAssessment().id);
    const imported = await repo.importAssessment(makeAssessment({ productName: 'Imported' }));
    await repo.importAssessment({ ...imported, subject: { ...imported.subject, productName: 'Replaced' } }, { replace: true });

    let entries = await byId(db);
    expect(entries.get(a.id)).toEqual({ state: 'ok', id: a.id, summary: summariseAssessment(edited) });
    expect(entries.get(a.id)).toMatchObject({ summary: { answeredIds: ['CON-01'], revision: 1 } });
    expect(entries.get(copy.id)).toMatchObject({ summary: { productName: 'FaceGate (copy)', answeredIds: ['CON-01'] } });
    expect(entries.get(imported.id)).toMatchObject({ summary: { productName: 'Replaced' } });
    expect(entries.size).toBe(3);

    // The light lines the home list reads say the same, minus the profile and answered ids,
    // which are read for the rows on screen only.
    const lines = await repo.lines();
    expect(lines.sort((x, y) => x.id.localeCompare(y.id))).toEqual([...entries.values()].map(lineOf).sort((x, y) => x.id.localeCompare(y.id)));
    expect(lines.find((l) => l.id === a.id)).not.toHaveProperty('summary.answeredIds');
    const progress = await repo.progressOf([a.id, copy.id, 'missing']);
    expect(progress.get(a.id)).toMatchObject({ answeredIds: ['CON-01'], triage: edited.triage });
    expect(progress.has('missing')).toBe(false);

    await repo.remove(a.id);
    entries = await byId(db);
    expect([...entries.keys()].sort()).toEqual([copy.id, imported.id].sort());
    expect((await repo.lines()).map((l) => l.id).sort()).toEqual([copy.id, imported.id].sort());
  });

  it('a failed commit leaves the summary as it was', async () => {
    const db = freshDb();
    const repo = assessmentRepository(db, steppingClock());
    const a = await repo.create(makeAssessment());
    await expect(repo.commit(a.id, { type: 'answer.set', itemId: 'not an id', status: 'yes', notes: '', evidence: [] })).rejects.toThrow();
    expect((await byId(db)).get(a.id)).toEqual({ state: 'ok', id: a.id, summary: summariseAssessment(a) });
  });

  it('raw returns a row exactly as stored, even one that does not validate', async () => {
    const db = freshDb();
    const data = { schemaVersion: 2, id: 'x', somethingNew: [1, 2, 3] };
    await db.assessments.put({ id: 'x', updatedAt: T0, data });
    expect(await assessmentRepository(db).raw('x')).toEqual(data);
  });
});

describe('version 2 migration: opening a database written by version 1', () => {
  /** The version-1 definition exactly as it shipped, before summaries existed. */
  async function writeVersion1(name: string, rows: { id: string; updatedAt?: string; data: unknown }[]) {
    const old = new Dexie(name);
    old.version(1).stores({ assessments: 'id, updatedAt', wizardStates: 'assessmentId', changes: '++seq, assessmentId, [assessmentId+seq]' });
    await old.table('assessments').bulkPut(rows);
    await old.table('changes').add({ assessmentId: rows[0]!.id, revision: 1, at: T0, by: '', change: { type: 'assessment.created' } });
    old.close();
  }

  it('builds a summary for every stored row, readable, newer and damaged alike, and keeps the rows and log', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const good = makeAssessment({ productName: 'Łódź pilot' });
    const answered = { ...good, answers: { 'CON-01': { status: 'no' as const, notes: 'n', evidence: [], answeredAt: T0, answeredBy: '', review: null } } };
    const newer = { ...makeAssessment(), schemaVersion: 3 };
    const damaged = { ...makeAssessment(), mode: 'freestyle' };
    await writeVersion1(name, [
      { id: good.id, updatedAt: good.updatedAt, data: answered },
      { id: newer.id, updatedAt: newer.updatedAt, data: newer },
      { id: damaged.id, updatedAt: damaged.updatedAt, data: damaged },
    ]);

    await prepareDatabase(name);
    const db = new AppDB(name);
    try {
      const entries = await byId(db);
      expect(entries.get(good.id)).toEqual({ state: 'ok', id: good.id, summary: summariseAssessment(answered) });
      expect(entries.get(newer.id)).toEqual({ state: 'newer', id: newer.id, schemaVersion: 3 } satisfies ListEntry);
      expect(entries.get(damaged.id)).toMatchObject({ state: 'damaged', problems: [{ path: 'mode' }] });
      expect(await db.assessments.count()).toBe(3);
      expect(await db.trail.count()).toBe(1);
      expect(db.verno).toBeGreaterThanOrEqual(2);
    } finally {
      await db.delete();
    }
  });
});

describe('version 7 migration: opening a database written by version 6', () => {
  it('builds a light list line from every stored summary, readable and unreadable alike', async () => {
    const name = `migrate-v6-${crypto.randomUUID()}`;
    const good = summariseAssessment(makeAssessment({ productName: 'Kestrel' }));
    const entries: ListEntry[] = [
      { state: 'ok', id: good.id, summary: good },
      { state: 'newer', id: 'from-the-future', schemaVersion: 9 },
      { state: 'damaged', id: 'broken', problems: [{ path: 'mode', message: 'is not a mode' }] },
    ];
    // Version 6's stores exactly as they shipped.
    const old = new Dexie(name);
    old.version(6).stores({
      identities: 'id, addedAt',
      trustedCertificates: 'fingerprint',
      assessments: 'id, updatedAt',
      wizardStates: 'assessmentId',
      summaries: 'id',
      settings: 'key',
      trail: '[assessmentId+seq], assessmentId',
      journal: '[assessmentId+target], assessmentId',
    });
    await old.table('summaries').bulkPut(entries.map((entry) => ({ id: entry.id, entry })));
    old.close();

    await prepareDatabase(name);
    const db = new AppDB(name);
    try {
      const lines = await assessmentRepository(db).lines();
      expect(lines.sort((x, y) => x.id.localeCompare(y.id))).toEqual(entries.map(lineOf).sort((x, y) => x.id.localeCompare(y.id)));
      expect(lines.find((l) => l.id === good.id)).toEqual({
        state: 'ok',
        id: good.id,
        summary: expect.objectContaining({ productName: 'Kestrel', updatedAt: good.updatedAt }),
      });
      expect(await db.summaries.count()).toBe(3);
    } finally {
      await db.delete();
    }
  });
});
