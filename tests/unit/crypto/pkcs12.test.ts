import forge from 'node-forge';
import { describe, expect, it, vi } from 'vitest';
import { importPkcs12, type IdentityErrorCode, type IdentityResult } from '../../../src/crypto';
import { datedSelfSigned, openssl, pkcs12, pkcs12Info, read, readText, selfSigned } from './openssl';

// openssl key generation and PDF rendering share two cores with the rest of the suite.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const PASS = 'correct horse';

function expectError(result: IdentityResult, code: IdentityErrorCode): void {
  expect(result.ok ? 'imported' : result.error).toBe(code);
}

describe('importPkcs12 reads what OpenSSL writes', () => {
  const rsa = selfSigned('alice-rsa', 'rsa:2048', '/CN=Alice Auditor/O=Audit & Co/emailAddress=alice@example.org');
  const ec = selfSigned('bob-ec', 'P-256');

  it.each([
    ['RSA, OpenSSL 3 default (AES-256-CBC, PBKDF2, HMAC-SHA256)', 'alice-rsa', rsa, false, /PBES2, PBKDF2, AES-256-CBC/],
    ['RSA, -legacy (RC2-40 and 3DES, SHA-1 MAC)', 'alice-rsa', rsa, true, /pbeWithSHA1And40BitRC2-CBC/],
    ['ECDSA P-256, OpenSSL 3 default', 'bob-ec', ec, false, /AES-256-CBC/],
    ['ECDSA P-256, -legacy', 'bob-ec', ec, true, /pbeWithSHA1And40BitRC2-CBC/],
  ])('%s', async (_label, name, files, legacy, scheme) => {
    const file = `${name}-${legacy ? 'legacy' : 'modern'}`;
    const bytes = pkcs12(file, { ...files, legacy });
    expect(pkcs12Info(file)).toMatch(scheme);
    const result = await importPkcs12(bytes, PASS);
    if (!result.ok) throw new Error(`import failed: ${result.error}`);
    const { identity } = result;
    const fingerprint = openssl('x509', '-in', files.cert, '-noout', '-fingerprint', '-sha256').split('=')[1]!.trim();
    expect(identity.info.sha256Fingerprint).toBe(fingerprint.replace(/:/g, '').toLowerCase());
    expect(identity.certificate.pem.replace(/\s+/g, '')).toBe(readText(files.cert).replace(/\s+/g, ''));
    expect(identity.info.algorithm).toBe(name === 'bob-ec' ? 'ECDSA-P256' : 'RSA-2048');
    expect(identity.privateKey.extractable).toBe(false);
    expect(identity.privateKey.usages).toEqual(['sign']);
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', identity.privateKey)).rejects.toThrow();
  });

  it('shows subject, issuer and validity as openssl reads them', async () => {
    const result = await importPkcs12(pkcs12('alice-info', rsa), PASS);
    if (!result.ok) throw new Error(result.error);
    const { info } = result.identity;
    expect(info.commonName).toBe('Alice Auditor');
    expect(info.organisation).toBe('Audit & Co');
    expect(info.email).toBe('alice@example.org');
    expect(info.subject).toBe('CN=Alice Auditor, O=Audit & Co, E=alice@example.org');
    expect(info.issuer).toBe(info.subject);
    expect(info.selfSigned).toBe(true);
    const end = openssl('x509', '-in', rsa.cert, '-noout', '-enddate').split('=')[1]!.trim();
    expect(Date.parse(info.notAfter)).toBe(Date.parse(end));
  });

  it('keeps the issuing certificates as the chain, signer first', async () => {
    const ca = selfSigned('chain-ca', 'rsa:2048', '/CN=Test Root CA');
    const leaf = selfSigned('chain-leaf', 'P-256');
    const result = await importPkcs12(pkcs12('chain', { ...leaf, certfile: ca.cert }), PASS);
    if (!result.ok) throw new Error(result.error);
    expect(result.identity.info.commonName).toBe('chain-leaf');
    expect(result.identity.chain.map((c) => c.pem.replace(/\s+/g, ''))).toEqual([readText(ca.cert).replace(/\s+/g, '')]);
  });
});

describe('importPkcs12 with passphrases that are not ASCII', () => {
  const gina = selfSigned('gina', 'P-256');

  // OpenSSL 3 feeds PBKDF2 the passphrase's UTF-8 bytes and the MAC its UTF-16 form; both must match.
  it.each([
    ['accented letters and €, OpenSSL 3 default (PBES2)', 'pässwörd €uro', false],
    ['Greek and an emoji (outside the BMP), PBES2', 'κωδικός 🔑', false],
    ['accented letters, -legacy', 'pässwörd €uro', true],
  ])('%s', async (_label, passphrase, legacy) => {
    const file = `gina-${legacy ? 'legacy' : 'modern'}-${passphrase.length}`;
    const bytes = pkcs12(file, { ...gina, legacy, passphrase });
    expect(pkcs12Info(file, passphrase)).toMatch(legacy ? /RC2/ : /PBES2, PBKDF2, AES-256-CBC/);
    const result = await importPkcs12(bytes, passphrase);
    expect(result.ok ? result.identity.info.commonName : result.error).toBe('gina');
    // The same letters without their accents are a different passphrase.
    expectError(await importPkcs12(bytes, passphrase.normalize('NFD').replace(/\p{M}/gu, '')), 'wrong-passphrase');
  });
});

describe('importPkcs12 names what is wrong', () => {
  const rsa = selfSigned('carol', 'rsa:2048');

  it('wrong-passphrase, for modern and legacy files', async () => {
    expectError(await importPkcs12(pkcs12('carol-modern', rsa), 'wrong'), 'wrong-passphrase');
    expectError(await importPkcs12(pkcs12('carol-legacy', { ...rsa, legacy: true }), 'wrong'), 'wrong-passphrase');
  });

  it('not-pkcs12, for a PEM certificate, a DER certificate, text and an empty file', async () => {
    expectError(await importPkcs12(read(rsa.cert), PASS), 'not-pkcs12');
    openssl('x509', '-in', rsa.cert, '-outform', 'DER', '-out', 'carol.der');
    expectError(await importPkcs12(read('carol.der'), PASS), 'not-pkcs12');
    expectError(await importPkcs12(new TextEncoder().encode('{"kind":"hrba.assessment"}'), PASS), 'not-pkcs12');
    expectError(await importPkcs12(new Uint8Array(), PASS), 'not-pkcs12');
  });

  it('no-private-key, for a file of certificates only', async () => {
    expectError(await importPkcs12(pkcs12('carol-nokeys', { cert: rsa.cert, nokeys: true }), PASS), 'no-private-key');
  });

  it('no-certificate, for a file with a key only', async () => {
    expectError(await importPkcs12(pkcs12('carol-nocerts', { key: rsa.key, nocerts: true }), PASS), 'no-certificate');
  });

  it('key-certificate-mismatch, for a key with someone else’s certificate', async () => {
    // openssl refuses to write such a file, so node-forge assembles one from openssl's key and certificate.
    const other = selfSigned('dave', 'rsa:2048');
    const key = forge.pki.privateKeyFromPem(readText(rsa.key));
    const cert = forge.pki.certificateFromPem(readText(other.cert));
    const der = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key, [cert], PASS, { algorithm: 'aes256' })).getBytes();
    expectError(await importPkcs12(Uint8Array.from(der, (c) => c.charCodeAt(0)), PASS), 'key-certificate-mismatch');
  });

  it('certificate-expired and certificate-not-yet-valid, from certificates dated by openssl ca', async () => {
    const old = datedSelfSigned('erin-expired', '20200101000000Z', '20210101000000Z');
    expectError(await importPkcs12(pkcs12('erin-expired', old), PASS), 'certificate-expired');
    const future = datedSelfSigned('erin-future', '20990101000000Z', '20991231000000Z');
    expectError(await importPkcs12(pkcs12('erin-future', future), PASS), 'certificate-not-yet-valid');
  });

  it.each([
    ['Ed25519', 'ed25519'],
    ['ECDSA P-384', 'P-384'],
    ['RSA-1024', 'rsa:1024'],
  ] as const)('unsupported-algorithm, for %s', async (label, type) => {
    const files = selfSigned(`frank-${type.replace(':', '')}`, type);
    expectError(await importPkcs12(pkcs12(`frank-${label}`, files), PASS), 'unsupported-algorithm');
  });
});
