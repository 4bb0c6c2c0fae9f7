import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assessmentRepository, AssessmentExistsError, AssessmentNotFoundError, wizardStateRepository, type AppDB } from '../../../src/db';
import { AssessmentSchema, RevisionLockedError, type AssessmentChange } from '../../../src/domain';
import { answer, makeAssessment, T0 } from '../helpers/assessment';
import { deleteAll, storedAssessment } from '../helpers/db';

afterEach(deleteAll);

const setup = storedAssessment;
const changeTypes = async (db: AppDB, id: string) => (await assessmentRepository(db).trail(id)).map((c) => c.change.type);

describe('create', () => {
  it('stores the assessment and logs its creation in the same write', async () => {
    const { db, repo, a } = await setup();
    expect(await repo.get(a.id)).toEqual(a);
    const [entry] = await repo.trail(a.id);
    expect(entry).toMatchObject({ seq: 1, prev: null, by: 'Amina', at: '2026-03-01T09:00:00.000Z', change: { type: 'assessment.created' }, hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(await db.trail.count()).toBe(1);
  });

  it('refuses to create over an existing id and logs nothing', async () => {
    const { db, repo, a } = await setup();
    await expect(repo.create({ ...a, subject: { ...a.subject, productName: 'Other' } })).rejects.toBeInstanceOf(AssessmentExistsError);
    expect((await repo.get(a.id)).subject.productName).toBe('FaceGate');
    expect(await db.trail.count()).toBe(1);
  });
});

describe('commit, the single write path', () => {
  it('applies, stores and logs the change with who and when', async () => {
    const { repo, a } = await setup();
    const next = await repo.commit(a.id, answer('CON-01', 'yes', 'policy v2'), 'Amina');
    expect(next.answers['CON-01']).toMatchObject({ status: 'yes', notes: 'policy v2', answeredBy: 'Amina', answeredAt: '2026-03-01T09:00:01.000Z' });
    expect(await repo.get(a.id)).toEqual(next);
    const log = await repo.trail(a.id);
    expect(log[1]).toMatchObject({ at: next.updatedAt, by: 'Amina', change: answer('CON-01', 'yes', 'policy v2') });
  });

  it('logs every change in commit order', async () => {
    const { db, repo, a } = await setup();
    await repo.commit(a.id, { type: 'triage.set', triage: { role: 'buyer' } });
    await repo.commit(a.id, answer('CON-01', 'no'));
    await repo.commit(a.id, { type: 'progress.set', progress: { stageReached: 'conception' } });
    expect(await changeTypes(db, a.id)).toEqual(['assessment.created', 'triage.set', 'answer.set', 'progress.set']);
  });

  it('throws AssessmentNotFoundError for an unknown id and logs nothing', async () => {
    const { db, repo } = await setup();
    await expect(repo.commit(makeAssessment().id, answer('CON-01', 'yes'))).rejects.toBeInstanceOf(AssessmentNotFoundError);
    expect(await db.trail.count()).toBe(1);
  });

  it('leaves the row and the log untouched when the change is invalid', async () => {
    const { db, repo, a } = await setup();
    await repo.commit(a.id, answer('CON-01', 'partial'));
    const rowBefore = await db.assessments.get(a.id);
    const logBefore = await db.trail.toArray();
    const bad = { ...answer('CON-01', 'yes'), status: 'maybe' } as unknown as AssessmentChange;
    await expect(repo.commit(a.id, bad)).rejects.toThrow();
    expect(await db.assessments.get(a.id)).toEqual(rowBefore);
    expect(await db.trail.toArray()).toEqual(logBefore);
  });

  it('rolls back the stored row when writing the log entry fails', async () => {
    const { db, repo, a } = await setup();
    const rowBefore = await db.assessments.get(a.id);
    // The change is valid; the log write itself fails (as a full disk would make it).
    const add = vi.spyOn(db.trail, 'add').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(repo.commit(a.id, { type: 'progress.set', progress: { stageReached: 'design' } })).rejects.toThrow('QuotaExceededError');
    add.mockRestore();
    expect(await db.assessments.get(a.id)).toEqual(rowBefore);
    expect(await db.trail.count()).toBe(1);
  });

  it('refuses a change with fields the format does not define, storing and logging nothing', async () => {
    const { db, repo, a } = await setup();
    const rowBefore = await db.assessments.get(a.id);
    const extra = { type: 'progress.set', progress: { stageReached: 'design' }, onSaved: 'x' } as unknown as AssessmentChange;
    await expect(repo.commit(a.id, extra)).rejects.toThrow(/onSaved/);
    expect(await db.assessments.get(a.id)).toEqual(rowBefore);
    expect(await db.trail.count()).toBe(1);
  });

  it('refuses to edit a signed revision', async () => {
    const { db, repo } = await setup();
    const signed = await repo.create(AssessmentSchema.parse({ ...makeAssessment(), revision: { number: 1, parent: null, lockedAt: T0 } }));
    await expect(repo.commit(signed.id, answer('CON-01', 'yes'))).rejects.toBeInstanceOf(RevisionLockedError);
    expect((await repo.get(signed.id)).answers).toEqual({});
    expect(await changeTypes(db, signed.id)).toEqual(['assessment.created']);
  });

  it('refuses to edit a damaged row, telling the person to export or delete it', async () => {
    const { db, repo, a } = await setup();
    await db.assessments.put({ id: a.id, updatedAt: a.updatedAt, data: { ...a, mode: 'unknown-mode' } });
    await expect(repo.commit(a.id, answer('CON-01', 'yes'))).rejects.toThrow(`Assessment ${a.id} is damaged and cannot be edited; export or delete it.`);
    expect(await db.trail.count()).toBe(1);
  });
});

describe('list and damaged rows', () => {
  it('lists the most recently updated first', async () => {
    const { repo, a } = await setup();
    const b = await repo.create(makeAssessment({ productName: 'Second' }));
    await repo.commit(a.id, answer('CON-01', 'yes'));
    const listed = await repo.list();
    expect(listed.map((s) => (s.ok ? s.assessment.id : s.id))).toEqual([a.id, b.id]);
  });

  it('reports an old-shaped row with the path and message of each problem instead of throwing', async () => {
    const { db, repo, a } = await setup();
    // A row written before `mode` and `revision` existed, with answers as a list.
    const old = { schemaVersion: 1, id: '00000000-0000-4000-8000-00000000beef', subject: { productName: 'Legacy' }, checklist: a.checklist, answers: [], createdAt: T0, updatedAt: T0 };
    await db.assessments.put({ id: old.id, updatedAt: old.updatedAt, data: old });
    const listed = await repo.list();
    expect(listed).toHaveLength(2);
    const damaged = listed.find((s) => !s.ok);
    expect(damaged?.ok === false && damaged.id).toBe(old.id);
    const paths = damaged?.ok === false ? damaged.problems.map((p) => p.path).sort() : [];
    expect(paths).toEqual(['answers', 'mode', 'revision']);
    expect(damaged?.ok === false && damaged.problems.every((p) => 'code' in p && p.code.length > 0)).toBe(true);
  });

  it('still reports a row whose updatedAt index is missing', async () => {
    const { db, repo } = await setup();
    const id = '00000000-0000-4000-8000-00000000dead';
    await db.assessments.put({ id, data: { title: 'written by a pre-release build' } } as unknown as Parameters<AppDB['assessments']['put']>[0]);
    const listed = await repo.list();
    expect(listed).toHaveLength(2);
    expect(listed).toContainEqual({ ok: false, id, problems: expect.arrayContaining([expect.objectContaining({ path: 'schemaVersion', code: expect.any(String) })]) });
  });

  it('get throws a readable error for a damaged row while find reports it', async () => {
    const { db, repo, a } = await setup();
    await db.assessments.put({ id: a.id, updatedAt: a.updatedAt, data: { ...a, schemaVersion: 7 } });
    await expect(repo.get(a.id)).rejects.toThrow(`Assessment ${a.id} is damaged: schemaVersion:`);
    expect(await repo.find(a.id)).toMatchObject({ ok: false, id: a.id, problems: [{ path: 'schemaVersion' }] });
  });
});

describe('duplicate, import and remove', () => {
  it('duplicates into a new first revision and logs its creation, leaving the source alone', async () => {
    const { db, repo, a } = await setup();
    await repo.commit(a.id, answer('CON-01', 'no'));
    const newId = makeAssessment().id;
    const copy = await repo.duplicate(a.id, newId);
    expect(copy).toMatchObject({ id: newId, subject: { productName: 'FaceGate (copy)' }, answers: { 'CON-01': { status: 'no' } } });
    expect(await changeTypes(db, newId)).toEqual(['assessment.created']);
    expect((await repo.get(a.id)).subject.productName).toBe('FaceGate');
  });

  it('imports a new assessment and logs the import', async () => {
    const { db, repo } = await setup();
    const incoming = makeAssessment({ productName: 'Imported' });
    await repo.importAssessment(incoming);
    expect(await repo.get(incoming.id)).toEqual(incoming);
    expect(await changeTypes(db, incoming.id)).toEqual(['assessment.imported']);
  });

  it('refuses to overwrite an existing assessment on import unless told to replace it', async () => {
    const { db, repo, a } = await setup();
    const incoming = { ...a, subject: { ...a.subject, productName: 'From file' } };
    await expect(repo.importAssessment(incoming)).rejects.toBeInstanceOf(AssessmentExistsError);
    expect((await repo.get(a.id)).subject.productName).toBe('FaceGate');
    expect(await changeTypes(db, a.id)).toEqual(['assessment.created']);
  });

  it('replaces on request, forgetting the stale wizard position but keeping the history', async () => {
    const { db, repo, a } = await setup();
    const wizard = wizardStateRepository(db);
    await wizard.save(a.id, { value: 'design' });
    await repo.importAssessment({ ...a, subject: { ...a.subject, productName: 'From file' } }, { replace: true });
    expect((await repo.get(a.id)).subject.productName).toBe('From file');
    expect(await wizard.load(a.id)).toBeUndefined();
    expect(await changeTypes(db, a.id)).toEqual(['assessment.created', 'assessment.imported']);
  });

  it('remove deletes the row, its wizard state and its log, and nothing of another assessment', async () => {
    const { db, repo, a } = await setup();
    const other = await repo.create(makeAssessment());
    await wizardStateRepository(db).save(a.id, { value: 'triage' });
    await repo.remove(a.id);
    expect(await repo.exists(a.id)).toBe(false);
    expect(await wizardStateRepository(db).load(a.id)).toBeUndefined();
    expect(await repo.trail(a.id)).toEqual([]);
    expect(await repo.exists(other.id)).toBe(true);
    expect(await changeTypes(db, other.id)).toEqual(['assessment.created']);
  });
});
