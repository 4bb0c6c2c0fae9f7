import { beforeAll, describe, expect, it, vi } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createSelfSignedIdentity, signPackage, verifyPackage, type Identity } from '../../../src/crypto';
import {
  makeResponseFile,
  missingMandatory,
  packContainer,
  requestHash,
  responseCompletion,
  serializeResponseFile,
  sha256OfBytes,
  verifyResponseContainer,
  type EvidenceFile,
  type Request,
  type ResponseFile,
} from '../../../src/domain/procurement';
import { checklist11, makeRequest, T0, vendorResponse } from './fixtures';

// Key generation and signing share two cores with the rest of the suite.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const VENDOR = { id: '22222222-2222-4222-8222-222222222222', organisation: 'Argus Systems' };
const PDF = strToU8('%PDF-1.7\n% impact assessment of Argus Vision\n%%EOF\n');
const generator = { name: 'hrba-tech', version: '0.1.0' };

let request: Request;
let hash: string;
let vendor: Identity;

beforeAll(async () => {
  const { ref } = await checklist11();
  request = makeRequest(ref);
  hash = await requestHash(request);
  vendor = await createSelfSignedIdentity({ name: 'Vera Vendor', organisation: VENDOR.organisation, email: 'vera@argus.example', algorithm: 'ECDSA-P256' });
});

function responseFile(answers: Parameters<typeof vendorResponse>[1], evidence: EvidenceFile[] = [], binding = { id: request.id, hash }): ResponseFile {
  const { assessment, trail } = vendorResponse(request, answers, VENDOR);
  return makeResponseFile({ request: binding, assessment, trail, evidence, generator, exportedAt: T0 });
}

const pdfEvidence = (): EvidenceFile => ({ sha256: sha256OfBytes(PDF), questionKey: 'DEP-03', name: 'HRIA 2026.pdf', mediaType: 'application/pdf', bytes: PDF.byteLength, description: '' });

async function signedContainer(file: ResponseFile, files = new Map([[sha256OfBytes(PDF), PDF]])): Promise<Uint8Array> {
  const signed = await signPackage(file, vendor);
  return packContainer(serializeResponseFile(signed), files);
}

const check = (bytes: Uint8Array) => verifyResponseContainer(bytes, { request, hash }, (text) => verifyPackage(text));
const codes = async (bytes: Uint8Array) => {
  const result = await check(bytes);
  return result.ok ? [] : result.failures.map((f) => (f.at ? `${f.code} ${f.at}` : f.code));
};

/** Rewrites one entry of a container, leaving the others byte for byte. */
function rewrite(bytes: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  edit(entries);
  return zipSync(entries);
}

describe('the mandatory check', () => {
  it('lists which mandatory questions are unanswered, in request order, and counts completion', () => {
    const r = makeRequest(request.checklist, { mandatory: ['CQ-01', 'CON-04'] });
    expect(missingMandatory(r, {})).toEqual(['CON-04', 'CQ-01']);
    expect(missingMandatory(r, { 'CON-04': { status: 'unknown' }, 'CQ-01': { status: null } })).toEqual(['CQ-01']);
    expect(missingMandatory(r, { 'CON-04': { status: 'no' }, 'CQ-01': { status: 'yes' } })).toEqual([]);
    expect(responseCompletion(r, { 'CON-04': { status: 'no' }, 'CQ-01': { status: null } })).toEqual({ answered: 1, asked: 3 });
  });
});

describe('a signed response in its container', () => {
  it('is accepted: signature valid, bound to this request, trail intact, evidence matching its hash', async () => {
    const file = responseFile({ 'CON-04': 'yes', 'DEP-03': 'yes', 'CQ-01': 'partial' }, [pdfEvidence()]);
    const result = await check(await signedContainer(file));
    if (!result.ok) throw new Error(JSON.stringify(result.failures));
    expect(result.signature).toMatchObject({ valid: true });
    expect(result.file.assessment.answers['CQ-01']?.status).toBe('partial');
    expect([...result.files.keys()]).toEqual([sha256OfBytes(PDF)]);
    expect(result.files.get(sha256OfBytes(PDF))).toEqual(PDF);
  });

  it('keeps the documented layout: the package and evidence/<sha-256 hex>, nothing else', async () => {
    const bytes = await signedContainer(responseFile({ 'CON-04': 'yes' }, [pdfEvidence()]));
    const entries = unzipSync(bytes);
    expect(Object.keys(entries).sort()).toEqual(['evidence/' + sha256OfBytes(PDF).slice(7), 'hrba-response.json']);
    expect(JSON.parse(strFromU8(entries['hrba-response.json']!)).kind).toBe('hrba.response');
  });

  it('refuses an answer changed after signing (signature invalid)', async () => {
    const bytes = await signedContainer(responseFile({ 'CON-04': 'unknown', 'DEP-03': 'yes' }, [pdfEvidence()]));
    const tampered = rewrite(bytes, (e) => {
      e['hrba-response.json'] = strToU8(strFromU8(e['hrba-response.json']!).replace('"status": "unknown"', '"status": "yes"'));
    });
    expect(await codes(tampered)).toEqual(['signature-invalid']);
  });

  it('refuses an evidence file swapped for another one', async () => {
    const bytes = await signedContainer(responseFile({ 'CON-04': 'yes' }, [pdfEvidence()]));
    const name = `evidence/${sha256OfBytes(PDF).slice(7)}`;
    const swapped = rewrite(bytes, (e) => {
      e[name] = strToU8('%PDF-1.7\n% a different document\n%%EOF\n');
    });
    expect(await codes(swapped)).toEqual([`evidence-hash-mismatch ${sha256OfBytes(PDF)}`]);
    const removed = rewrite(bytes, (e) => {
      delete e[name];
    });
    expect(await codes(removed)).toEqual([`evidence-missing ${sha256OfBytes(PDF)}`]);
    const extra = strToU8('unlisted');
    const added = rewrite(bytes, (e) => {
      e[`evidence/${sha256OfBytes(extra).slice(7)}`] = extra;
    });
    expect(await codes(added)).toEqual([`evidence-unlisted ${sha256OfBytes(extra)}`]);
  });

  it('refuses a response bound to another request, even one signed correctly', async () => {
    const other = makeRequest(request.checklist, { deadline: '2026-05-01' });
    const file = responseFile({ 'CON-04': 'yes' }, [pdfEvidence()], { id: other.id, hash: await requestHash(other) });
    expect(await codes(await signedContainer(file))).toEqual(['bound-to-other-request']);
  });

  it('refuses answers and evidence on questions the request did not ask', async () => {
    const file = responseFile({ 'CON-04': 'yes', 'OPS-01': 'yes' }, [{ ...pdfEvidence(), questionKey: 'OPS-02' }]);
    expect(await codes(await signedContainer(file))).toEqual(['answer-not-requested OPS-01', 'evidence-not-requested OPS-02']);
  });

  it('refuses an unsigned response unless the caller accepts one, and a broken trail', async () => {
    const file = responseFile({ 'CON-04': 'yes' });
    const unsigned = packContainer(serializeResponseFile(file), new Map());
    expect(await codes(unsigned)).toEqual(['response-unsigned']);
    expect((await verifyResponseContainer(unsigned, { request, hash }, (t) => verifyPackage(t), { allowUnsigned: true })).ok).toBe(true);
    const broken = { ...file, trail: file.trail.map((e, i) => (i === 1 ? { ...e, by: 'someone else' } : e)) };
    expect(await codes(await signedContainer(broken, new Map()))).toEqual(['trail-broken 2']);
  });

  it('refuses containers that are not in the layout, before inflating anything', async () => {
    expect(await codes(strToU8('not a zip at all'))).toEqual(['container-unreadable']);
    expect(await codes(zipSync({ 'hrba-response.json': strToU8('{}'), '../../etc/passwd': strToU8('x') }))).toEqual(['container-entry-unexpected ../../etc/passwd']);
    expect(await codes(zipSync({ 'evidence/readme.txt': strToU8('x') }))).toEqual(['container-entry-unexpected evidence/readme.txt']);
    expect(await codes(zipSync({}))).toEqual(['container-manifest-missing']);
    const invalid = await check(zipSync({ 'hrba-response.json': strToU8('{"kind":"hrba.response","formatVersion":2}') }));
    expect(invalid).toMatchObject({ ok: false, failures: [{ code: 'manifest-invalid' }] });
  });

  it('refuses an evidence file declared over 25 MB without inflating it', async () => {
    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    const bytes = zipSync({ 'hrba-response.json': strToU8('{}'), [`evidence/${'0'.repeat(64)}`]: [big, { level: 1 }] });
    expect(await codes(bytes)).toEqual([`evidence-too-large evidence/${'0'.repeat(64)}`]);
  });
});
