import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { createSelfSignedIdentity, signPackage, verifyPackage, type Identity } from '../../../src/crypto';
import Dexie from 'dexie';
import { AppDB, prepareDatabase } from '../../../src/db';
import { procurementRepository, RequestFrozenError, ResponseNotStoredError } from '../../../src/db/procurements';
import { applyChange, startRevision, type Assessment, type TrailEvent } from '../../../src/domain';
import {
  makeResponseFile,
  packContainer,
  requestHash,
  serializeResponseFile,
  sha256OfBytes,
  verifyResponseContainer,
  type EvidenceFile,
  type Request,
} from '../../../src/domain/procurement';
import { deleteAll, freshDb, RELEASED_STORES } from '../helpers/db';
import { checklist11, makeRequest, T0, vendorResponse } from '../procurement/fixtures';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const PDF = strToU8('%PDF-1.7\n% evidence\n%%EOF\n');
const VENDOR = { id: '66666666-6666-4666-8666-666666666666', organisation: 'Argus Systems' };
const T1 = '2026-03-10T09:00:00.000Z';

let request: Request;
let hash: string;
let vendor: Identity;
beforeAll(async () => {
  request = makeRequest((await checklist11()).ref);
  hash = await requestHash(request);
  vendor = await createSelfSignedIdentity({ name: 'Vera', organisation: VENDOR.organisation, email: 'vera@argus.example', algorithm: 'ECDSA-P256' });
});
afterEach(deleteAll);

const evidence = (): EvidenceFile => ({ sha256: sha256OfBytes(PDF), questionKey: 'DEP-03', name: 'hria.pdf', mediaType: 'application/pdf', bytes: PDF.byteLength, description: '' });

async function container(assessment: Assessment, trail: TrailEvent[], files: EvidenceFile[] = [evidence()]): Promise<Uint8Array> {
  const file = makeResponseFile({ request: { id: request.id, hash }, assessment, trail, evidence: files, generator: { name: 'hrba-tech', version: '0.1.0' }, exportedAt: T0 });
  return packContainer(serializeResponseFile(await signPackage(file, vendor)), new Map(files.map((f) => [f.sha256, PDF])));
}

const check = (bytes: Uint8Array) => verifyResponseContainer(bytes, { request, hash }, (t) => verifyPackage(t));

async function sentProcurement() {
  const repo = procurementRepository(freshDb());
  await repo.saveDraft(request, T0);
  await repo.markSent(request.id, hash, T0);
  return repo;
}

describe('procurement storage', () => {
  it('keeps a draft editable and freezes the request once sent', async () => {
    const repo = procurementRepository(freshDb());
    await repo.saveDraft(request, T0);
    await repo.saveDraft({ ...request, instructions: 'Changed before sending.' }, T0);
    await repo.markSent(request.id, hash, T1);
    await expect(repo.saveDraft({ ...request, deadline: '2026-06-01' }, T1)).rejects.toBeInstanceOf(RequestFrozenError);
    expect(await repo.get(request.id)).toMatchObject({ requestHash: hash, sentAt: T1, request: { instructions: 'Changed before sending.' } });
  });

  it('stores a verified response with its evidence blob, and reads the bytes back checked against their hash', async () => {
    const repo = await sentProcurement();
    const { assessment, trail } = vendorResponse(request, { 'CON-04': 'yes', 'DEP-03': 'yes' }, VENDOR);
    const result = await check(await container(assessment, trail));
    const row = await repo.importResponse(request.id, result, T1);
    expect(row).toMatchObject({ id: VENDOR.id, revision: 1, organisation: 'Argus Systems', signature: { valid: true } });
    expect(await repo.readEvidence(VENDOR.id, sha256OfBytes(PDF))).toEqual({ ok: true, bytes: PDF });
    expect((await repo.responses(request.id)).map((r) => r.id)).toEqual([VENDOR.id]);
  });

  it('stores nothing for a tampered response, and nothing twice', async () => {
    const repo = await sentProcurement();
    const { assessment, trail } = vendorResponse(request, { 'CON-04': 'unknown' }, VENDOR);
    const bytes = await container(assessment, trail);
    const entries = unzipSync(bytes);
    entries[`evidence/${sha256OfBytes(PDF).slice(7)}`] = strToU8('swapped');
    const tampered = await check(zipSync(entries));
    expect(tampered.ok).toBe(false);
    await expect(repo.importResponse(request.id, tampered, T1)).rejects.toMatchObject({ code: 'not-verified' });
    expect(await repo.responses(request.id)).toEqual([]);
    expect(await repo.evidenceOf(VENDOR.id)).toEqual([]);
    const good = await check(bytes);
    await repo.importResponse(request.id, good, T1);
    await expect(repo.importResponse(request.id, good, T1)).rejects.toMatchObject({ code: 'already-imported' });
    expect(await repo.evidenceOf(VENDOR.id)).toHaveLength(1);
  });

  it('imports a re-submission as revision 2 only after revision 1, and refuses a response to a request not sent', async () => {
    const repo = await sentProcurement();
    const { assessment, trail } = vendorResponse(request, { 'CON-04': 'unknown' }, VENDOR);
    const locked = applyChange(assessment, { type: 'revision.lock' }, { at: T0, by: 'Vera' });
    let next = startRevision(locked, '77777777-7777-4777-8777-777777777777', T1);
    next = applyChange(next, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: 'Verification only.', evidence: [] }, { at: T1, by: 'Vera' });
    const round2 = await check(await container(next, trail));
    await expect(repo.importResponse(request.id, round2, T1)).rejects.toMatchObject({ code: 'previous-revision-missing' });
    await repo.importResponse(request.id, await check(await container(locked, trail)), T1);
    expect((await repo.importResponse(request.id, round2, T1)).revision).toBe(2);

    const drafts = procurementRepository(freshDb());
    await drafts.saveDraft(request, T0);
    await expect(drafts.importResponse(request.id, await check(await container(locked, trail)), T1)).rejects.toBeInstanceOf(ResponseNotStoredError);
  });

  it('attaches a vendor’s evidence file with its SHA-256 and refuses one over 25 MB', async () => {
    const repo = procurementRepository(freshDb());
    const row = await repo.attachEvidence({ ownerId: VENDOR.id, questionKey: 'DEP-03', name: 'hria.pdf', mediaType: 'application/pdf', description: '', data: PDF });
    expect(row).toMatchObject({ sha256: sha256OfBytes(PDF), bytes: PDF.byteLength });
    await expect(repo.attachEvidence({ ownerId: VENDOR.id, questionKey: 'DEP-03', name: 'big.bin', mediaType: 'application/octet-stream', description: '', data: new Uint8Array(25 * 1024 * 1024 + 1) })).rejects.toThrow(/"maximum": 26214400/);
    expect((await repo.evidenceOf(VENDOR.id)).map((e) => e.name)).toEqual(['hria.pdf']);
  });
});

describe('the buyer’s review', () => {
  it('records a verdict per answer beside the response, keeps the others, survives reopening, and clears one', async () => {
    const db = freshDb();
    const repo = procurementRepository(db);
    await repo.saveDraft(request, T0);
    await repo.markSent(request.id, hash, T0);
    const { assessment, trail } = vendorResponse(request, { 'CON-04': 'unknown', 'DEP-03': 'yes' }, VENDOR);
    const stored = await repo.importResponse(request.id, await check(await container(assessment, trail)), T1);
    await repo.reviewAnswer(VENDOR.id, 'DEP-03', { verdict: 'accepted', comment: '', reviewedAt: T1, reviewedBy: 'Bea' });
    await repo.reviewAnswer(VENDOR.id, 'CON-04', { verdict: 'clarification-needed', comment: 'What does it identify?', reviewedAt: T1, reviewedBy: 'Bea' });
    await expect(repo.reviewAnswer(VENDOR.id, 'CQ-01', { verdict: 'clarification-needed', comment: ' ', reviewedAt: T1, reviewedBy: '' })).rejects.toThrow(/"what": "clarification"/);
    const second = new AppDB(db.name);
    const reopened = (await procurementRepository(second).responses(request.id))[0]!;
    second.close();
    expect(reopened.review).toMatchObject({ responseId: VENDOR.id, revision: 1, answers: { 'DEP-03': { verdict: 'accepted' }, 'CON-04': { verdict: 'clarification-needed', comment: 'What does it identify?' } } });
    // The response itself is byte for byte what the vendor signed.
    expect(reopened.manifestText).toBe(stored.manifestText);
    await repo.reviewAnswer(VENDOR.id, 'DEP-03', null);
    expect(Object.keys((await repo.responses(request.id))[0]!.review!.answers)).toEqual(['CON-04']);
  });

  it('starts revision 2 with the verdicts on the answers that did not change', async () => {
    const repo = await sentProcurement();
    const { assessment, trail } = vendorResponse(request, { 'CON-04': 'unknown', 'DEP-03': 'yes' }, VENDOR);
    const locked = applyChange(assessment, { type: 'revision.lock' }, { at: T0, by: 'Vera' });
    await repo.importResponse(request.id, await check(await container(locked, trail)), T1);
    await repo.reviewAnswer(VENDOR.id, 'DEP-03', { verdict: 'accepted', comment: '', reviewedAt: T1, reviewedBy: '' });
    await repo.reviewAnswer(VENDOR.id, 'CON-04', { verdict: 'clarification-needed', comment: 'What does it identify?', reviewedAt: T1, reviewedBy: '' });
    let next = startRevision(locked, '77777777-7777-4777-8777-777777777777', T1);
    next = applyChange(next, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: 'Verification only.', evidence: [] }, { at: T1, by: 'Vera' });
    const round2 = await repo.importResponse(request.id, await check(await container(next, trail)), T1);
    expect(round2.review).toMatchObject({ responseId: next.id, revision: 2, answers: { 'DEP-03': { verdict: 'accepted' } } });
    expect(round2.review!.answers['CON-04']).toBeUndefined();
  });
});

describe('database version 8', () => {
  it('opens a version 7 database with its rows kept and empty procurement tables', async () => {
    const name = `v7-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(7).stores(RELEASED_STORES[7]);
    await old.table('settings').put({ key: 'backupReminderDays', value: 9 });
    old.close();
    await prepareDatabase(name);
    const db = new AppDB(name);
    try {
      expect(db.verno).toBeGreaterThanOrEqual(8);
      expect(await db.settings.get('backupReminderDays')).toEqual({ key: 'backupReminderDays', value: 9 });
      const repo = procurementRepository(db);
      expect(await repo.list()).toEqual([]);
      await repo.saveDraft(request, T0);
      expect((await repo.list()).map((p) => p.id)).toEqual([request.id]);
    } finally {
      await db.delete();
    }
  });
});
