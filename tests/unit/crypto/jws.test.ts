import { readFileSync } from 'node:fs';
import * as jose from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSelfSignedIdentity, importPkcs12, signPackage, verifyPackage, type Identity } from '../../../src/crypto';
import { canonicalJson, restoreHrbaFile, serializeHrbaFile, type HrbaFile } from '../../../src/domain';
import { EXAMPLE_FILE } from '../helpers/bundled';
import { issued, pkcs12, readText, selfSigned } from './openssl';

// openssl key generation and PDF rendering share two cores with the rest of the suite.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const example = () => JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as HrbaFile;
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Checks one detached signature with jose, an independent JOSE library: key from x5c, payload re-attached. */
async function joseVerify(file: Record<string, unknown>, index = 0) {
  const { signatures, ...rest } = file as { signatures: { protected: string; signature: string }[] };
  const jws = signatures[index]!;
  const header = jose.decodeProtectedHeader(jws);
  const key = await jose.importX509(`-----BEGIN CERTIFICATE-----\n${header.x5c![0]}\n-----END CERTIFICATE-----`, header.alg!);
  return jose.flattenedVerify({ ...jws, payload: base64url(canonicalJson(rest)) }, key, { algorithms: ['RS256', 'ES256'] });
}

describe.each([
  ['RS256, from an OpenSSL PKCS#12 file', 'rsa'],
  ['ES256, made in the app', 'ec'],
])('signPackage %s', (_label, kind) => {
  let identity: Identity;
  let signed: HrbaFile;
  let text: string;

  beforeAll(async () => {
    if (kind === 'rsa') {
      const result = await importPkcs12(pkcs12('jws-signer', selfSigned('jws-signer', 'rsa:2048')), 'correct horse');
      if (!result.ok) throw new Error(result.error);
      identity = result.identity;
    } else {
      identity = await createSelfSignedIdentity({ name: 'Ada', organisation: 'Audit Org', email: 'ada@example.org', algorithm: 'ECDSA-P256' });
    }
    signed = await signPackage(example(), identity, { signingTime: new Date() });
    text = serializeHrbaFile(signed);
  });

  it('jose verifies the detached JWS with the x5c certificate; the header names alg, x5c and sigT', async () => {
    const header = (await joseVerify(signed)).protectedHeader!;
    expect(header.alg).toBe(kind === 'rsa' ? 'RS256' : 'ES256');
    expect(header.x5c).toEqual([identity.certificate.pem.replace(/-----[A-Z ]+-----|\s/g, '')]);
    expect(typeof header.sigT).toBe('string');
    expect(Object.keys(signed.signatures![0]!).sort()).toEqual(['protected', 'signature']);
  });

  it('the signed file is still a valid .hrba.json file', () => {
    const restored = restoreHrbaFile(text);
    expect(restored.ok).toBe(true);
  });

  it('verifyPackage: valid as written, and after re-indenting (it verifies the canonical JSON)', async () => {
    expect(await verifyPackage(text, { trusted: [identity.certificate.pem] })).toMatchObject({ valid: true, trusted: true, modifiedAfterSigning: false, reasons: [] });
    const compact = JSON.stringify(JSON.parse(text));
    expect((await verifyPackage(compact)).valid).toBe(true);
    const untrusted = await verifyPackage(text);
    expect(untrusted).toMatchObject({ valid: true, trusted: false, reasons: ['certificate-untrusted'] });
    expect(untrusted.signer?.sha256Fingerprint).toBe(identity.info.sha256Fingerprint);
  });

  it('one flipped byte in the content: jose and verifyPackage both reject it', async () => {
    const at = text.indexOf('"productName": "') + '"productName": "'.length;
    const tampered = text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);
    await expect(joseVerify(JSON.parse(tampered))).rejects.toThrow(/signature verification failed/);
    expect(await verifyPackage(tampered, { trusted: [identity.certificate.pem] })).toMatchObject({
      valid: false,
      modifiedAfterSigning: true,
      reasons: ['signature-invalid'],
    });
  });

  it('one flipped byte in the signature value: rejected', async () => {
    const jws = signed.signatures![0]!;
    const at = 10;
    const broken = { ...signed, signatures: [{ ...jws, signature: jws.signature.slice(0, at) + (jws.signature[at] === 'A' ? 'B' : 'A') + jws.signature.slice(at + 1) }] };
    await expect(joseVerify(broken)).rejects.toThrow();
    expect((await verifyPackage(JSON.stringify(broken))).valid).toBe(false);
  });
});

describe('verifyPackage checks the file as received', () => {
  it('a field a schema would fill in or strip still counts: adding one breaks the signature', async () => {
    const identity = await createSelfSignedIdentity({ name: 'Ada', organisation: '', email: '', algorithm: 'ECDSA-P256' });
    const signed = await signPackage(example(), identity);
    const extra = { ...signed, note: 'added after signing' };
    expect((await verifyPackage(JSON.stringify(extra))).valid).toBe(false);
  });

  it('a second signer co-signs the same content; both verify with jose', async () => {
    const first = await createSelfSignedIdentity({ name: 'First', organisation: '', email: '', algorithm: 'ECDSA-P256' });
    const second = await createSelfSignedIdentity({ name: 'Second', organisation: '', email: '', algorithm: 'RSA-2048' });
    const signed = await signPackage(await signPackage(example(), first), second);
    await joseVerify(signed, 0);
    await joseVerify(signed, 1);
    const result = await verifyPackage(JSON.stringify(signed), { trusted: [first.info.sha256Fingerprint] });
    expect(result.valid).toBe(true);
    expect(result.signatures.map((s) => [s.signer?.commonName, s.trusted])).toEqual([
      ['First', true],
      ['Second', false],
    ]);
    expect(result.trusted).toBe(false);
  });

  it('names unsigned, unreadable and malformed input', async () => {
    expect((await verifyPackage(serializeHrbaFile(example()))).reasons).toEqual(['not-signed']);
    expect((await verifyPackage('{ not json')).reasons).toEqual(['malformed']);
    expect((await verifyPackage(JSON.stringify({ ...example(), signatures: [{ protected: 'e30', signature: 'AA' }] }))).reasons).toEqual(['signer-certificate-missing']);
    expect((await verifyPackage(JSON.stringify({ ...example(), signatures: 'yes' }))).reasons).toEqual(['malformed']);
  });

  it('trusts a signer issued by a trusted CA, through the x5c chain', async () => {
    const ca = selfSigned('jws-ca', 'rsa:2048', '/CN=Test Root CA');
    const leaf = issued('jws-leaf', ca, 'P-256');
    const result = await importPkcs12(pkcs12('jws-leaf', { ...leaf, certfile: ca.cert }), 'correct horse');
    if (!result.ok) throw new Error(result.error);
    const signed = await signPackage(example(), result.identity);
    expect(jose.decodeProtectedHeader(signed.signatures![0]!).x5c).toHaveLength(2);
    const trusted = await verifyPackage(JSON.stringify(signed), { trusted: [readText(ca.cert)] });
    expect(trusted).toMatchObject({ valid: true, trusted: true });
    const other = selfSigned('jws-other-ca', 'rsa:2048');
    expect((await verifyPackage(JSON.stringify(signed), { trusted: [readText(other.cert)] })).trusted).toBe(false);
  });
});
