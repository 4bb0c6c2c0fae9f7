import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { AppDB, DB_VERSION, prepareDatabase, upgradesLoaded } from '../../../src/db';

// Each test file runs in its own module state, so "loaded" starts false here.
const names: string[] = [];
const name = () => {
  const n = `prepare-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((n) => Dexie.delete(n)));
});

describe('prepareDatabase: the upgrade code loads only for an older stored database', () => {
  it('leaves it unloaded for a new database and for one at the current version, and both open', async () => {
    const fresh = name();
    await prepareDatabase(fresh);
    expect(upgradesLoaded()).toBe(false);
    const db = new AppDB(fresh);
    await db.assessments.count();
    expect(db.verno).toBe(DB_VERSION);
    db.close();

    await prepareDatabase(fresh);
    expect(upgradesLoaded()).toBe(false);
  });

  it('loads it for a database written by an older version, which then upgrades', async () => {
    const old = name();
    const v1 = new Dexie(old);
    v1.version(1).stores({ assessments: 'id, updatedAt', wizardStates: 'assessmentId', changes: '++seq, assessmentId, [assessmentId+seq]' });
    await v1.table('assessments').put({ id: 'a1', updatedAt: '2026-01-01T00:00:00.000Z', data: { broken: true } });
    v1.close();

    await prepareDatabase(old);
    expect(upgradesLoaded()).toBe(true);
    const db = new AppDB(old);
    const lines = await db.listLines.toArray();
    expect(lines.map((l) => [l.id, l.line.state])).toEqual([['a1', 'damaged']]);
    db.close();
  });
});
