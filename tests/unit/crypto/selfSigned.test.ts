import { writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createSelfSignedIdentity } from '../../../src/crypto';
import { openssl, path } from './openssl';

// openssl key generation and PDF rendering share two cores with the rest of the suite.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describe.each(['RSA-2048', 'ECDSA-P256'] as const)('createSelfSignedIdentity %s', (algorithm) => {
  it('makes a certificate openssl reads and verifies, with a non-extractable key', async () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const identity = await createSelfSignedIdentity({ name: 'Ada Łódź', organisation: 'Αθήνα Audit', email: 'ada@example.org', algorithm, now });
    const file = path(`self-${algorithm}.pem`);
    writeFileSync(file, identity.certificate.pem);

    const subject = openssl('x509', '-in', file, '-noout', '-subject', '-nameopt', 'utf8,sep_comma_plus_space');
    expect(subject.trim()).toBe('subject=CN=Ada Łódź, O=Αθήνα Audit, emailAddress=ada@example.org');
    const text = openssl('x509', '-in', file, '-noout', '-text');
    expect(text).toContain(algorithm === 'RSA-2048' ? 'Public-Key: (2048 bit)' : 'NIST CURVE: P-256');
    expect(text).toMatch(/Basic Constraints: critical\s+CA:FALSE/);
    expect(text).toMatch(/Key Usage: critical\s+Digital Signature, Non Repudiation/);
    expect(text).toContain('email:ada@example.org');
    // The certificate's own signature checks out with its own key (-partial_chain trusts the self-signed cert as given).
    expect(openssl('verify', '-CAfile', file, '-partial_chain', '-attime', String(now.getTime() / 1000), file).trim()).toBe(`${file}: OK`);

    const fingerprint = openssl('x509', '-in', file, '-noout', '-fingerprint', '-sha256').split('=')[1]!.trim();
    expect(identity.info).toMatchObject({
      commonName: 'Ada Łódź',
      organisation: 'Αθήνα Audit',
      email: 'ada@example.org',
      algorithm,
      selfSigned: true,
      sha256Fingerprint: fingerprint.replace(/:/g, '').toLowerCase(),
      notBefore: '2026-11-30T11:55:00.000Z',
      notAfter: '2029-11-29T12:00:00.000Z',
    });
    expect(identity.chain).toEqual([]);
    expect(identity.privateKey.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', identity.privateKey)).rejects.toThrow();
  });
});
