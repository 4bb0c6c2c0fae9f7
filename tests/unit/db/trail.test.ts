import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, prepareDatabase, assessmentRepository, type TrailRow } from '../../../src/db';
import { canonicalJson, sha256HashSync, verifyTrail, type Assessment } from '../../../src/domain';
import { answer, makeAssessment, T0 } from '../helpers/assessment';
import { deleteAll, freshDb, steppingClock, storedAssessment } from '../helpers/db';

afterEach(deleteAll);

const setup = storedAssessment;
const types = async (repo: ReturnType<typeof assessmentRepository>, id: string) => (await repo.trail(id)).map((e) => e.change.type);

describe('every stored change is a hash-chained event', () => {
  it('chains events: each names the hash of the one before, and the chain verifies', async () => {
    const { repo, a } = await setup();
    await repo.commit(a.id, answer('CON-01', 'yes'), 'Amina');
    await repo.commit(a.id, answer('CON-02', 'no'), 'Amina');
    const trail = await repo.trail(a.id);
    expect(trail.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(trail[1]!.prev).toBe(trail[0]!.hash);
    expect(trail[2]!.prev).toBe(trail[1]!.hash);
    expect(verifyTrail(trail)).toEqual({ ok: true, count: 3, head: trail[2]!.hash });
  });

  it('fails a write midway and leaves neither the assessment nor the trail changed', async () => {
    const { db, repo, a } = await setup();
    await repo.commit(a.id, answer('CON-01', 'partial', 'draft'), 'Amina');
    const rowBefore = await db.assessments.get(a.id);
    const trailBefore = await db.trail.toArray();
    // The assessment row is written first; the event write then fails, as a full disk would make it.
    const failing = (_key: unknown, _event: TrailRow) => {
      throw new Error('QuotaExceededError');
    };
    db.trail.hook('creating', failing);
    await expect(repo.commit(a.id, answer('CON-02', 'yes'), 'Amina')).rejects.toThrow('QuotaExceededError');
    db.trail.hook('creating').unsubscribe(failing);
    expect(await db.assessments.get(a.id)).toEqual(rowBefore);
    expect(await db.trail.toArray()).toEqual(trailBefore);
    // And the store still works afterwards, continuing the same chain.
    await repo.commit(a.id, answer('CON-02', 'yes'), 'Amina');
    expect(verifyTrail(await repo.trail(a.id)).ok).toBe(true);
  });
});

describe('compaction keeps the trail bounded and its hashes valid', () => {
  it('folds consecutive edits of the same item by the same person into the head', async () => {
    const { repo, a } = await setup();
    for (const notes of ['d', 'dr', 'dra', 'draft']) await repo.commit(a.id, answer('CON-01', 'partial', notes), 'Amina');
    const trail = await repo.trail(a.id);
    expect(trail).toHaveLength(2);
    expect(trail[1]).toMatchObject({ seq: 2, prev: trail[0]!.hash, change: { notes: 'draft' } });
    expect(verifyTrail(trail).ok).toBe(true);
  });

  it('keeps separate events for another item, another person, or a removal', async () => {
    const { repo, a } = await setup();
    await repo.commit(a.id, answer('CON-01', 'partial'), 'Amina');
    await repo.commit(a.id, answer('CON-02', 'yes'), 'Amina');
    await repo.commit(a.id, answer('CON-02', 'no'), 'Bo');
    await repo.commit(a.id, answer('CON-01', 'yes'), 'Amina');
    expect((await repo.trail(a.id)).map((e) => `${e.by}:${String(e.change.itemId)}`)).toEqual(['Amina:undefined', 'Amina:CON-01', 'Amina:CON-02', 'Bo:CON-02', 'Amina:CON-01']);
  });

  it('never rewrites a head that has been exported', async () => {
    const { repo, a } = await setup();
    await repo.commit(a.id, answer('CON-01', 'partial', 'v1'), 'Amina');
    const exported = await repo.exportTrail(a.id);
    await repo.commit(a.id, answer('CON-01', 'partial', 'v2'), 'Amina');
    const trail = await repo.trail(a.id);
    expect(trail).toHaveLength(3);
    expect(trail.slice(0, 2)).toEqual(exported);
    expect(verifyTrail(trail).ok).toBe(true);
  });
});

describe('duplicates, imports and revisions', () => {
  it('a duplicate starts its own chain, naming its source by id, revision and hash', async () => {
    const { repo, a } = await setup();
    const source = await repo.commit(a.id, answer('CON-01', 'no'), 'Amina');
    const copy = await repo.duplicate(a.id, makeAssessment().id);
    const [first, ...rest] = await repo.trail(copy.id);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ seq: 1, prev: null, change: { type: 'assessment.created', from: { id: a.id, number: 1, hash: sha256HashSync(canonicalJson(source)) } } });
  });

  it('an import keeps the file trail as it was and appends an event naming its head', async () => {
    const { repo, a } = await setup();
    await repo.commit(a.id, answer('CON-01', 'yes'), 'Amina');
    const fileTrail = await repo.exportTrail(a.id);
    const other = assessmentRepository(freshDb(), steppingClock('2026-04-01T00:00:00.000Z'));
    await other.importAssessment(await repo.get(a.id), { trail: fileTrail, formatVersion: 2 });
    const trail = await other.trail(a.id);
    expect(trail.slice(0, 2)).toEqual(fileTrail);
    expect(trail[2]).toMatchObject({ seq: 3, prev: fileTrail[1]!.hash, change: { type: 'assessment.imported', fileHead: fileTrail[1]!.hash, formatVersion: 2 } });
    expect(verifyTrail(trail).ok).toBe(true);
  });

  it('re-importing a newer export of the same assessment appends its new events and never rewrites the stored ones', async () => {
    const { repo, a } = await setup();
    const laptop = assessmentRepository(freshDb(), steppingClock('2026-04-01T00:00:00.000Z'));
    await laptop.importAssessment(a, { trail: await repo.exportTrail(a.id), formatVersion: 2 });
    await laptop.commit(a.id, answer('CON-01', 'no'), 'Bo');
    const newer = await laptop.exportTrail(a.id);
    await repo.importAssessment(await laptop.get(a.id), { replace: true, trail: newer, formatVersion: 2 });
    const trail = await repo.trail(a.id);
    expect(trail.slice(0, newer.length)).toEqual(newer);
    expect(trail.at(-1)!.change).toMatchObject({ type: 'assessment.imported', fileHead: newer.at(-1)!.hash });
    expect(verifyTrail(trail).ok).toBe(true);
  });

  it('locking freezes a revision; the next revision continues its trail and names it as parent', async () => {
    const { repo, a } = await setup();
    await repo.commit(a.id, answer('CON-01', 'yes'), 'Amina');
    const locked = await repo.commit(a.id, { type: 'revision.lock' }, 'Amina');
    expect(locked.revision.lockedAt).not.toBeNull();
    await expect(repo.commit(a.id, answer('CON-01', 'no'), 'Amina')).rejects.toThrow(/signed and cannot change/);
    const lockedTrail = await repo.trail(a.id);

    const next = await repo.startRevision(a.id, makeAssessment().id, 'Amina');
    const parentHash = sha256HashSync(canonicalJson(locked));
    expect(next.revision).toEqual({ number: 2, parent: { id: a.id, number: 1, hash: parentHash }, lockedAt: null });
    await repo.commit(next.id, answer('CON-01', 'no'), 'Amina');
    const trail = await repo.trail(next.id);
    expect(trail.slice(0, lockedTrail.length)).toEqual(lockedTrail);
    expect(trail.map((e) => e.change.type).slice(lockedTrail.length)).toEqual(['revision.started', 'answer.set']);
    expect(verifyTrail(trail).ok).toBe(true);
    // Revision 1 is untouched and still hashes to what revision 2 names.
    expect(sha256HashSync(canonicalJson(await repo.get(a.id)))).toBe(parentHash);
    expect(await repo.trail(a.id)).toEqual(lockedTrail);
  });

  it('refuses to start a revision of one that is not locked', async () => {
    const { repo, a } = await setup();
    await expect(repo.startRevision(a.id, makeAssessment().id)).rejects.toThrow(/not locked/);
    expect(await types(repo, a.id)).toEqual(['assessment.created']);
  });
});

describe('upgrading a version 1 database', () => {
  it('chains the old change rows per assessment, in commit order, keeping their content', async () => {
    const name = `test-v1-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores({ assessments: 'id, updatedAt', wizardStates: 'assessmentId', changes: '++seq, assessmentId, [assessmentId+seq]' });
    const x: Assessment = makeAssessment();
    const y: Assessment = makeAssessment();
    await old.table('assessments').bulkAdd([x, y].map((a) => ({ id: a.id, updatedAt: a.updatedAt, data: a })));
    await old.table('changes').bulkAdd([
      { assessmentId: x.id, revision: 1, at: T0, by: 'Amina', change: { type: 'assessment.created' } },
      { assessmentId: y.id, revision: 1, at: T0, by: '', change: { type: 'assessment.imported' } },
      { assessmentId: x.id, revision: 1, at: '2026-01-01T10:00:05.000Z', by: 'Amina', change: answer('CON-01', 'yes', 'old note') },
    ]);
    old.close();

    await prepareDatabase(name);
    const db = new AppDB(name);
    try {
      const repo = assessmentRepository(db);
      const trailX = await repo.trail(x.id);
      expect(trailX.map((e) => [e.seq, e.change.type])).toEqual([
        [1, 'assessment.created'],
        [2, 'answer.set'],
      ]);
      expect(trailX[1]).toMatchObject({ by: 'Amina', change: answer('CON-01', 'yes', 'old note') });
      expect(verifyTrail(trailX).ok).toBe(true);
      expect(await types(repo, y.id)).toEqual(['assessment.imported']);
      expect(await repo.get(x.id)).toEqual(x);
      // New edits continue the upgraded chain.
      await repo.commit(x.id, answer('CON-02', 'no'), 'Amina');
      expect((await repo.trail(x.id)).map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(db.tables.map((t) => t.name)).not.toContain('changes');
    } finally {
      await db.delete();
    }
  });
});
