import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { strToU8 } from 'fflate';
import { backupRepository, type AppDB } from '../../../src/db';
import { procurementRepository } from '../../../src/db/procurements';
import { vendorResponseRepository } from '../../../src/db/vendorResponses';
import { canonicalJson, makeBackup, openBackupText, serializeBackup, type BackupFile } from '../../../src/domain';
import { makeResponseFile, packContainer, requestHash, serializeResponseFile, sha256OfBytes, verifyResponseContainer, type Request } from '../../../src/domain/procurement';
import { deleteAll, freshDb, steppingClock } from '../helpers/db';
import { checklist11, makeRequest, T0, vendorResponse } from '../procurement/fixtures';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
// fake-indexeddb keeps Node's Blob (see tests/component/VendorResponse.test.tsx).
beforeEach(() => vi.stubGlobal('Blob', NodeBlob));
afterEach(async () => {
  vi.unstubAllGlobals();
  await deleteAll();
});

const PDF = strToU8('%PDF-1.7\n% evidence\n%%EOF\n');
const VENDOR = { id: '66666666-6666-4666-8666-666666666666', organisation: 'Argus Systems' };
const MINE = '77777777-7777-4777-8777-777777777777';
const T1 = '2026-03-10T09:00:00.000Z';

let request: Request;
let hash: string;
beforeAll(async () => {
  request = makeRequest((await checklist11()).ref);
  hash = await requestHash(request);
});

/** A buyer's sent procurement with one imported response (evidence and a review), and a vendor's own response with a file. */
async function seeded(db: AppDB) {
  const buyer = procurementRepository(db);
  await buyer.saveDraft(request, T0);
  await buyer.markSent(request.id, hash, T0);
  const { assessment, trail } = vendorResponse(request, { 'CON-04': 'unknown', 'DEP-03': 'yes' }, VENDOR);
  const evidence = [{ sha256: sha256OfBytes(PDF), questionKey: 'DEP-03', name: 'hria.pdf', mediaType: 'application/pdf', bytes: PDF.byteLength, description: '' }];
  const file = makeResponseFile({ request: { id: request.id, hash }, assessment, trail, evidence, generator: { name: 't', version: '1' }, exportedAt: T0 });
  const bytes = packContainer(serializeResponseFile(file), new Map([[evidence[0]!.sha256, PDF]]));
  const check = await verifyResponseContainer(bytes, { request, hash }, async () => ({ valid: false, trusted: false, reasons: ['not-signed'] }), { allowUnsigned: true });
  await buyer.importResponse(request.id, check, T1);
  await buyer.reviewAnswer(VENDOR.id, 'CON-04', { verdict: 'clarification-needed', comment: 'What does it identify?', reviewedAt: T1, reviewedBy: 'Bea' });
  const vendor = vendorResponseRepository(db);
  await vendor.start({ id: MINE, at: T0, request, requestHash: hash, requestSignature: null, productName: 'Gate', organisation: 'Gatekeepers', respondent: 'Gil' });
  await vendor.change(MINE, { type: 'answer.set', itemId: 'CON-04', status: 'yes', notes: 'Verification only.', evidence: [] }, T1);
  await buyer.attachEvidence({ ownerId: MINE, questionKey: 'CON-04', name: 'policy.pdf', mediaType: 'application/pdf', description: '', data: PDF });
}

/** Every procurement row and evidence file's bytes, in a canonical form: equal text means equal data. */
async function canonicalProcurementState(db: AppDB): Promise<string> {
  const evidence = await Promise.all(
    (await db.evidenceFiles.toArray()).map(async ({ blob, ...e }) => ({ ...e, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) })),
  );
  return canonicalJson({ procurements: await db.procurements.toArray(), responses: await db.responses.toArray(), vendorResponses: await db.vendorResponses.toArray(), evidence });
}

async function backupText(db: AppDB): Promise<string> {
  return serializeBackup(makeBackup({ exportedAt: T1, generator: { name: 't', version: '1' }, settings: {}, ...(await backupRepository(db).contents()) }));
}

async function open(text: string): Promise<BackupFile> {
  const opened = await openBackupText(text);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.file;
}

describe('procurements in backups', () => {
  it('round-trips procurements, vendors’ responses with their evidence bytes and the review, and the vendor’s own response', async () => {
    const db = freshDb();
    await seeded(db);
    const before = await canonicalProcurementState(db);
    const file = await open(await backupText(db));
    expect(file.formatVersion).toBe(2);
    expect(file.procurement).toMatchObject({ procurements: [{ id: request.id }], responses: [{ id: VENDOR.id }], vendorResponses: [{ id: MINE }] });
    expect(file.procurement?.evidence).toHaveLength(2);

    const empty = freshDb();
    const restored = await backupRepository(empty, steppingClock()).restore([], [], file.procurement);
    expect(restored).toEqual({ added: 3, kept: 0 });
    expect(await canonicalProcurementState(empty)).toBe(before);
    // The stored evidence still checks against its hash, and the review is there beside the response.
    expect(await procurementRepository(empty).readEvidence(VENDOR.id, sha256OfBytes(PDF))).toEqual({ ok: true, bytes: PDF });
    expect((await procurementRepository(empty).responses(request.id))[0]?.review?.answers['CON-04']?.comment).toBe('What does it identify?');
  });

  it('keeps what is already on this device: a restore never overwrites a review or an answer in progress', async () => {
    const db = freshDb();
    await seeded(db);
    const file = await open(await backupText(db));
    await procurementRepository(db).reviewAnswer(VENDOR.id, 'DEP-03', { verdict: 'accepted', comment: '', reviewedAt: T1, reviewedBy: '' });
    const after = await canonicalProcurementState(db);
    expect(await backupRepository(db, steppingClock()).restore([], [], file.procurement)).toEqual({ added: 0, kept: 3 });
    expect(await canonicalProcurementState(db)).toBe(after);
  });

  it('refuses a backup whose evidence bytes do not match their hash, and restores nothing at all', async () => {
    const db = freshDb();
    await seeded(db);
    const file = await open(await backupText(db));
    const damaged = { ...file.procurement!, evidence: file.procurement!.evidence.map((e, i) => (i === 0 ? { ...e, data: btoa('swapped bytes') } : e)) };
    const empty = freshDb();
    await expect(backupRepository(empty, steppingClock()).restore([], [], damaged)).rejects.toThrow(/does not match its SHA-256/);
    expect(await empty.procurements.count()).toBe(0);
    expect(await empty.evidenceFiles.count()).toBe(0);
  });

  it('writes a backup without procurement data in format 1, as earlier versions read it', async () => {
    const file = await open(await backupText(freshDb()));
    expect(file.formatVersion).toBe(1);
    expect(file.procurement).toBeUndefined();
  });
});
