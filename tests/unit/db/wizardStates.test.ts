import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { wizardStateRepository } from '../../../src/db';
import { deleteAll, freshDb, steppingClock } from '../helpers/db';

afterEach(deleteAll);

describe('wizardStateRepository', () => {
  it('returns the snapshot it saved, as a structured copy', async () => {
    const snapshot = { value: 'design', context: { positions: { design: 2 } } };
    const repo = wizardStateRepository(freshDb());
    await repo.save('a1', snapshot);
    expect(await repo.load('a1')).toEqual(snapshot);
  });

  it('keeps one snapshot per assessment: a save replaces the last one and stamps it', async () => {
    const db = freshDb();
    const repo = wizardStateRepository(db, steppingClock('2026-05-01T00:00:00.000Z'));
    await repo.save('a1', { value: 'triage' });
    await repo.save('a1', { value: 'review' });
    await repo.save('a2', { value: 'setup' });
    expect(await repo.load('a1')).toEqual({ value: 'review' });
    expect(await db.wizardStates.get('a1')).toMatchObject({ savedAt: '2026-05-01T00:00:01.000Z' });
    expect(await db.wizardStates.count()).toBe(2);
  });

  it('gives undefined for an assessment without a saved position', async () => {
    expect(await wizardStateRepository(freshDb()).load('never-opened')).toBeUndefined();
  });
});
