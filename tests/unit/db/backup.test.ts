import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { assessmentRepository, backupRepository, settingsRepository, type AppDB } from '../../../src/db';
import { canonicalJson, makeBackup, openBackupText, planRestore, serializeBackup, type BackupFile } from '../../../src/domain';
import { answer, makeAssessment, T1 } from '../helpers/assessment';
import { deleteAll, freshDb, steppingClock } from '../helpers/db';

afterEach(deleteAll);

/** Every row and its trail in a canonical form: equal text means equal data. */
async function canonicalState(db: AppDB): Promise<string> {
  const rows = (await db.assessments.toArray()).sort((x, y) => x.id.localeCompare(y.id));
  const changes = await db.trail.toArray();
  // `sealed` is storage bookkeeping, not data: restored events are sealed because a file holds them.
  return canonicalJson(rows.map((r) => ({ data: r.data, trail: changes.filter((c) => c.assessmentId === r.id).map(({ sealed: _sealed, ...c }) => c) })));
}

async function seeded() {
  const db = freshDb();
  const repo = assessmentRepository(db, steppingClock());
  const a = await repo.create(makeAssessment({ productName: 'FaceGate' }), 'Amina');
  await repo.commit(a.id, answer('CON-01', 'yes', 'policy v2'), 'Amina');
  const b = await repo.create(makeAssessment({ productName: 'Kestrel' }));
  await repo.commit(b.id, answer('CON-02', 'no'));
  await db.assessments.put({ id: 'odd', updatedAt: '', data: { schemaVersion: 5, note: 'from the future' } });
  return { db, repo, a, b };
}

async function backupOf(db: AppDB): Promise<BackupFile> {
  const text = serializeBackup(makeBackup({ exportedAt: T1, generator: { name: 't', version: '1' }, settings: {}, ...(await backupRepository(db).contents()) }));
  const opened = await openBackupText(text);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.file;
}

describe('backup and restore through the database', () => {
  it('restores into an emptied database exactly what was there, trails and unreadable rows included', async () => {
    const { db } = await seeded();
    const before = await canonicalState(db);
    const file = await backupOf(db);
    expect(file.assessments).toHaveLength(2);
    expect(file.unreadable).toEqual([{ id: 'odd', data: { schemaVersion: 5, note: 'from the future' } }]);

    const empty = freshDb();
    const backups = backupRepository(empty, steppingClock());
    const rows = planRestore(file, await backups.storedFor(file.assessments.map((e) => e.assessment.id)));
    await backups.restore(rows.map((r) => ({ entry: r.entry, choice: r.choice })), file.unreadable);

    expect(await canonicalState(empty)).toBe(before);
    const listed = await assessmentRepository(empty).entries();
    expect(listed.map((e) => e.state).sort()).toEqual(['newer', 'ok', 'ok']);
  });

  it('never overwrites unless replace is chosen: a copy lands beside the stored one, skip leaves it', async () => {
    const { db, repo, a, b } = await seeded();
    const file = await backupOf(db);
    await repo.commit(a.id, answer('CON-01', 'no', 'changed after the backup'));
    await repo.commit(b.id, answer('CON-02', 'yes', 'changed after the backup'));
    const afterEdits = { a: await repo.get(a.id), b: await repo.get(b.id) };

    const backups = backupRepository(db, steppingClock());
    const rows = planRestore(file, await backups.storedFor([a.id, b.id]));
    expect(rows.map((r) => r.choice)).toEqual(['copy', 'copy']);
    await backups.restore(
      rows.map((r) => ({ entry: r.entry, choice: r.id === a.id ? 'copy' : 'skip', newId: '00000000-0000-4000-8000-0000000c0b1e' })),
      [],
    );
    expect(await repo.get(a.id)).toEqual(afterEdits.a);
    expect(await repo.get(b.id)).toEqual(afterEdits.b);
    const copy = await repo.get('00000000-0000-4000-8000-0000000c0b1e');
    expect(copy.subject.productName).toBe('FaceGate (restored copy)');
    expect(copy.answers['CON-01']).toMatchObject({ status: 'yes', notes: 'policy v2' });
    expect((await repo.trail(copy.id)).map((c) => c.change.type)).toEqual(['assessment.imported']);

    await backups.restore([{ entry: rows.find((r) => r.id === b.id)!.entry, choice: 'replace' }], []);
    expect((await repo.get(b.id)).answers['CON-02']).toMatchObject({ status: 'no' });
    expect((await repo.trail(b.id)).map((c) => c.change.type)).toEqual(['assessment.created', 'answer.set']);
  });

  it('restores nothing at all when one step cannot be applied', async () => {
    const { db, a } = await seeded();
    const file = await backupOf(db);
    const target = freshDb();
    await assessmentRepository(target).create(a);
    const before = await canonicalState(target);
    const steps = file.assessments.map((entry) => ({ entry, choice: 'add' as const }));
    await expect(backupRepository(target).restore(steps, file.unreadable)).rejects.toThrow(/is already stored; nothing was restored/);
    expect(await canonicalState(target)).toBe(before);
  });
});

describe('settings', () => {
  it('defaults to a 7-day reminder and no backup, and knows the last change', async () => {
    const { db } = await seeded();
    const settings = settingsRepository(db);
    expect(await settings.get()).toEqual({ backupReminderDays: 7, lastBackupAt: null, repairNotice: [] });
    await settings.set({ backupReminderDays: 3 });
    await db.settings.put({ key: 'lastBackupAt', value: 'not a date' });
    expect(await settings.get()).toEqual({ backupReminderDays: 3, lastBackupAt: null, repairNotice: [] });
    expect(await settings.lastChangeAt()).toBe('2026-03-01T09:00:03.000Z');
  });
});

describe('a backup seals each trail head, as an export does', () => {
  it('later edits by the same person append after the backed-up head instead of rewriting it', async () => {
    const db = freshDb();
    const repo = assessmentRepository(db, steppingClock());
    const a = await repo.create(makeAssessment({ productName: 'FaceGate' }), 'Amina');
    await repo.commit(a.id, answer('CON-01', 'yes', 'first words'), 'Amina');
    const file = await backupOf(db);
    const backedUp = file.assessments[0]!.changes.map((c) => c.hash);

    // The same person editing the same item again would fold into an unsealed head.
    await repo.commit(a.id, answer('CON-01', 'yes', 'first words, then more'), 'Amina');
    const trail = await repo.trail(a.id);
    expect(trail).toHaveLength(backedUp.length + 1);
    expect(trail.slice(0, backedUp.length).map((e) => e.hash)).toEqual(backedUp);
    expect(trail.at(-1)!.prev).toBe(backedUp.at(-1));
  });

  it('restoring replaces the stored version without replaying its unsaved write-ahead edits over it', async () => {
    const { db, repo, a } = await seeded();
    const file = await backupOf(db);
    await db.journal.put({ assessmentId: a.id, target: 'answer.set:CON-01', seq: 1, by: '', change: answer('CON-01', 'no', 'unsaved, old version'), committed: false });
    const backups = backupRepository(db, steppingClock());
    const entry = file.assessments.find((e) => e.assessment.id === a.id)!;
    await backups.restore([{ entry, choice: 'replace' }], []);
    expect(await db.journal.where('assessmentId').equals(a.id).count()).toBe(0);
    expect((await repo.get(a.id)).answers['CON-01']).toMatchObject({ notes: 'policy v2' });
  });
});
