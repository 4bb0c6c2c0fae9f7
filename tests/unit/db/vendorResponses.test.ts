import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AppDB, prepareDatabase } from '../../../src/db';
import { ResponseExportedError, vendorResponseRepository } from '../../../src/db/vendorResponses';
import { originOf, verifyTrail } from '../../../src/domain';
import { procurementRepository } from '../../../src/db/procurements';
import { nextRevisionProblem, NotAskedError, requestHash, type Request } from '../../../src/domain/procurement';
import { deleteAll, freshDb, RELEASED_STORES } from '../helpers/db';
import { checklist11, makeRequest, T0 } from '../procurement/fixtures';

let request: Request;
let hash: string;
beforeAll(async () => {
  request = makeRequest((await checklist11()).ref);
  hash = await requestHash(request);
});
afterEach(deleteAll);

const ID = '77777777-7777-4777-8777-777777777777';
const NEXT = '88888888-8888-4888-8888-888888888888';
const at = (minute: number) => `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`;

async function started(db: AppDB) {
  const repo = vendorResponseRepository(db);
  await repo.start({ id: ID, at: T0, request, requestHash: hash, requestSignature: null, productName: 'Argus Vision', organisation: 'Argus Systems', respondent: 'Vera' });
  return repo;
}

describe('a vendor response while written', () => {
  it('starts with the buyer’s profile, records each answer in a verifying trail, and folds repeated edits of one answer', async () => {
    const repo = await started(freshDb());
    await repo.change(ID, { type: 'answer.set', itemId: 'CON-04', status: 'partial', notes: '', evidence: [] }, at(1));
    await repo.change(ID, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: 'Policy attached', evidence: [] }, at(2));
    await repo.change(ID, { type: 'answer.set', itemId: 'CQ-01', status: 'unknown', notes: '', evidence: [] }, at(3));
    const row = (await repo.get(ID))!;
    expect(row.assessment.mode).toBe('vendor-response');
    expect(row.assessment.triage).toEqual(request.profile);
    expect(row.assessment.answers['CON-04']).toMatchObject({ status: 'yes', notes: 'Policy attached', answeredBy: 'Vera' });
    expect(row.trail.map((e) => e.change.type)).toEqual(['assessment.created', 'answer.set', 'answer.set']);
    expect(verifyTrail(row.trail).ok).toBe(true);
  });

  it('refuses an answer to a question the request does not ask, storing nothing', async () => {
    const repo = await started(freshDb());
    await expect(repo.change(ID, { type: 'answer.set', itemId: 'CON-01', status: 'yes', notes: '', evidence: [] }, at(1))).rejects.toBeInstanceOf(NotAskedError);
    expect((await repo.get(ID))!.trail).toHaveLength(1);
  });

  it('locks on export: a revision.lock in the trail, and no change after it', async () => {
    const repo = await started(freshDb());
    await repo.change(ID, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: '', evidence: [] }, at(1));
    const exported = await repo.markExported(ID, at(5));
    expect(exported.exportedAt).toBe(at(5));
    expect(exported.assessment.revision.lockedAt).toBe(at(5));
    expect(exported.trail.at(-1)?.change.type).toBe('revision.lock');
    await expect(repo.change(ID, { type: 'answer.set', itemId: 'CON-04', status: 'no', notes: '', evidence: [] }, at(6))).rejects.toBeInstanceOf(ResponseExportedError);
    expect((await repo.get(ID))!.assessment.answers['CON-04']?.status).toBe('yes');
  });
});

describe('a clarification round on the vendor’s side', () => {
  it('starts revision 2 of an exported response naming it exactly, with its evidence files copied and the buyer’s questions kept', async () => {
    const db = freshDb();
    const repo = await started(db);
    await repo.change(ID, { type: 'answer.set', itemId: 'CON-04', status: 'unknown', notes: '', evidence: [] }, at(1));
    const files = procurementRepository(db);
    await files.attachEvidence({ ownerId: ID, questionKey: 'CON-04', name: 'hria.pdf', mediaType: 'application/pdf', description: '', data: new Uint8Array([1, 2, 3]) });
    const clarification = { round: 1, questions: [{ key: 'CON-04', comment: 'What does it identify?' }], exportedAt: at(9), signature: null };
    await expect(repo.startRevision(ID, { newId: NEXT, at: at(10), clarification })).rejects.toThrow(/Only an exported response/);
    const exported = await repo.markExported(ID, at(5));
    const next = await repo.startRevision(ID, { newId: NEXT, at: at(10), clarification });
    expect(next.assessment.revision).toMatchObject({ number: 2, lockedAt: null, parent: originOf(exported.assessment) });
    expect(nextRevisionProblem(exported.assessment, next.assessment)).toBeNull();
    expect(next.trail.map((e) => e.change.type)).toEqual(['revision.started']);
    expect(next.clarification?.questions).toEqual(clarification.questions);
    expect((await files.evidenceOf(NEXT)).map((e) => e.name)).toEqual(['hria.pdf']);
    // Revision 2 takes changes; revision 1 stays as exported.
    await repo.change(NEXT, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: 'Verification only.', evidence: [] }, at(11));
    expect(verifyTrail((await repo.get(NEXT))!.trail).ok).toBe(true);
    expect((await repo.get(ID))!.assessment.answers['CON-04']?.status).toBe('unknown');
  });
});

describe('database version 9', () => {
  it('opens a version 8 database with its procurements kept and an empty table of vendor responses', async () => {
    const name = `v8-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(8).stores(RELEASED_STORES[8]);
    await old.table('procurements').put({ id: request.id, request, requestHash: null, sentAt: null, updatedAt: T0 });
    old.close();
    await prepareDatabase(name);
    const db = new AppDB(name);
    try {
      expect(db.verno).toBeGreaterThanOrEqual(9);
      expect((await db.procurements.get(request.id))?.request.id).toBe(request.id);
      expect(await vendorResponseRepository(db).list()).toEqual([]);
    } finally {
      await db.delete();
    }
  });
});
