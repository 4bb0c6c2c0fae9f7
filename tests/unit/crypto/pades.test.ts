import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSelfSignedIdentity, importPkcs12, signPdf, verifyPdf, type Identity } from '../../../src/crypto';
import { buildFullReport } from '../../../src/domain/report/fullReport';
import { readReportFonts } from '../../../src/report/fontsNode';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { bundledChecklist, exampleAssessment } from '../helpers/bundled';
import { openssl, path, pkcs12, selfSigned } from './openssl';

// openssl key generation and PDF rendering share two cores with the rest of the suite.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// A minute from now, whole seconds: inside every certificate made below (they start now), as PDF dates carry no milliseconds.
const SIGNED_AT = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** pdfsig's way of printing a time (run with TZ=UTC): "Nov 30 2026 10:15:00". */
const pdfsigTime = (d: Date) => `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.getUTCFullYear()} ${d.toISOString().slice(11, 19)}`;
let unsigned: Uint8Array;
let assessmentHash: string;
const TRAIL_HEAD = `sha256:${'ab'.repeat(32)}`;

beforeAll(async () => {
  const { checklist, registry } = await bundledChecklist();
  const report = await buildFullReport(exampleAssessment(), checklist, registry, new Date('2026-11-30T00:00:00Z'));
  assessmentHash = report.meta.assessmentHash;
  unsigned = new Uint8Array(
    renderFullReportPdf(report, readReportFonts(), {
      signature: { signerName: 'Alice Auditor', organisation: 'Audit & Co', signedAt: SIGNED_AT.toISOString(), certificateFingerprint: 'cd'.repeat(32), trailHeadHash: TRAIL_HEAD },
    }),
  );
}, 60_000);

/** What pdfsig (poppler, NSS) says about a file. */
function pdfsig(file: string): string {
  const r = spawnSync('pdfsig', [file], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return `${r.stdout}${r.stderr}`;
}

/** The bytes the ByteRange covers and the CMS in /Contents, cut out by hand, then checked by `openssl cms -verify`. */
function opensslCmsVerify(name: string, bytes: Uint8Array, caFile?: string): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  const m = [...text.matchAll(/\/ByteRange\s*\[(\d+) (\d+) (\d+) (\d+)\s*\]/g)].at(-1)!;
  const [a, b, c, d] = m.slice(1, 5).map(Number) as [number, number, number, number];
  writeFileSync(path(`${name}.content`), Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]));
  writeFileSync(path(`${name}.cms`), derElement(Buffer.from(text.slice(b + 1, c - 1), 'hex')));
  const trust = caFile ? ['-CAfile', caFile] : ['-noverify'];
  const r = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', path(`${name}.cms`), '-content', path(`${name}.content`), ...trust, '-out', '/dev/null'], { encoding: 'utf8' });
  return r.status === 0 && /Verification successful/.test(r.stderr);
}

/** /Contents is zero-padded; the CMS is the DER element at its start (its length read from the header, as openssl would). */
function derElement(bytes: Buffer): Buffer {
  const first = bytes[1]!;
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const count = first & 0x7f;
  return bytes.subarray(0, 2 + count + bytes.readUIntBE(2, count));
}

const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, b: 0x08, f: 0x0c };

/** A literal string of the last signature dictionary, read as ISO 32000 says: escapes undone, then UTF-16BE after FE FF, else one byte per character. */
function pdfTextString(text: string, key: string): string {
  const sig = text.slice(text.lastIndexOf('/Type /Sig'));
  const start = sig.indexOf(`/${key} (`) + key.length + 3;
  const bytes: number[] = [];
  for (let i = start; sig[i] !== ')'; i++) {
    const escaped = sig[i] === '\\' ? sig[++i]! : null;
    bytes.push(escaped === null ? sig.charCodeAt(i) : (ESCAPES[escaped] ?? escaped.charCodeAt(0)));
  }
  const raw = Uint8Array.from(bytes);
  return raw[0] === 0xfe && raw[1] === 0xff ? new TextDecoder('utf-16be').decode(raw.subarray(2)) : new TextDecoder('latin1').decode(raw);
}

function flip(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

describe.each([
  ['RSA-2048 from an OpenSSL PKCS#12 file', 'rsa'],
  ['ECDSA P-256 made in the app', 'ec'],
])('signPdf with %s', (_label, kind) => {
  let identity: Identity;
  let signed: Uint8Array;
  let certFile: string;
  const file = path(`signed-${kind}.pdf`);

  beforeAll(async () => {
    if (kind === 'rsa') {
      const files = selfSigned('pdf-signer', 'rsa:2048', '/CN=Alice Auditor/O=Audit & Co');
      const result = await importPkcs12(pkcs12('pdf-signer', files), 'correct horse');
      if (!result.ok) throw new Error(result.error);
      identity = result.identity;
      certFile = path(files.cert);
    } else {
      identity = await createSelfSignedIdentity({ name: 'Ada Łódź', organisation: 'Αθήνα Audit', email: 'ada@example.org', algorithm: 'ECDSA-P256' });
      certFile = path('ada.pem');
      writeFileSync(certFile, identity.certificate.pem);
    }
    signed = await signPdf(unsigned, identity, { signingTime: SIGNED_AT, reason: 'Audit opinion', name: identity.info.commonName, location: 'Seoul' });
    writeFileSync(file, signed);
  }, 60_000);

  it('pdfsig reports a valid ETSI.CAdES.detached signature over the whole document', () => {
    const out = pdfsig(file);
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Signature Type: ETSI.CAdES.detached');
    expect(out).toContain('Total document signed');
    expect(out).toContain(`Signer Certificate Common Name: ${identity.info.commonName}`);
    expect(out).toContain(`Signing Time: ${pdfsigTime(SIGNED_AT)}`);
    expect(out).not.toMatch(/Syntax Error/);
  });

  it('writes the signer’s name and the place in the signature dictionary as PDF text strings (UTF-16BE with its mark when not ASCII), not doubled into UTF-8', () => {
    const text = new TextDecoder('latin1').decode(signed);
    expect(pdfTextString(text, 'Name')).toBe(identity.info.commonName);
    expect(pdfTextString(text, 'Location')).toBe('Seoul');
    expect(pdfTextString(text, 'Reason')).toBe('Audit opinion');
  });

  it('openssl cms -verify accepts the CMS over the ByteRange, and chains it to the exported certificate', () => {
    expect(opensslCmsVerify(`ok-${kind}`, signed)).toBe(true);
    expect(opensslCmsVerify(`ca-${kind}`, signed, certFile)).toBe(true);
  });

  it('embeds the certificate and the ESS signing-certificate-v2 attribute', () => {
    const printed = openssl('cms', '-cmsout', '-print', '-inform', 'DER', '-in', path(`ok-${kind}.cms`));
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
    expect(printed).toContain('messageDigest');
    expect(printed).toContain(`subject: ${kind === 'rsa' ? 'CN=Alice Auditor, O=Audit & Co' : 'CN=Ada'}`);
  });

  it('verifyPdf: valid, signer, claimed time, printed hashes; trusted only when told', async () => {
    const untrusted = await verifyPdf(signed);
    expect(untrusted).toMatchObject({ valid: true, trusted: false, modifiedAfterSigning: false, signingTime: SIGNED_AT.toISOString(), reasons: ['certificate-untrusted'] });
    expect(untrusted.signer?.sha256Fingerprint).toBe(identity.info.sha256Fingerprint);
    expect(untrusted.printedHashes).toEqual({ assessment: `sha256:${assessmentHash}`, trailHead: TRAIL_HEAD });
    const byPem = await verifyPdf(signed, { trusted: [identity.certificate.pem] });
    expect(byPem).toMatchObject({ valid: true, trusted: true, reasons: [] });
    const byFingerprint = await verifyPdf(signed, { trusted: [identity.info.sha256Fingerprint.toUpperCase().replace(/(..)(?!$)/g, '$1:')] });
    expect(byFingerprint.trusted).toBe(true);
  });

  it('one flipped byte in the signed content: pdfsig, openssl and verifyPdf all say invalid', async () => {
    const text = new TextDecoder('latin1').decode(signed);
    const tampered = flip(signed, text.indexOf('/Producer'));
    const bad = path(`tampered-${kind}.pdf`);
    writeFileSync(bad, tampered);
    expect(pdfsig(bad)).not.toContain('Signature is Valid');
    expect(pdfsig(bad)).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
    expect(opensslCmsVerify(`bad-${kind}`, tampered)).toBe(false);
    const result = await verifyPdf(tampered, { trusted: [identity.certificate.pem] });
    expect(result).toMatchObject({ valid: false, modifiedAfterSigning: true });
    expect(result.reasons).toContain('digest-mismatch');
  });

  it('one flipped byte in the signature value: invalid', async () => {
    const text = new TextDecoder('latin1').decode(signed);
    const start = text.lastIndexOf('/Contents <') + '/Contents <'.length;
    const cmsLength = derElement(Buffer.from(text.slice(start, text.indexOf('>', start)), 'hex')).length;
    // The signature value ends the CMS (there are no unsigned attributes); change one hex digit of it.
    const at = start + 2 * cmsLength - 20;
    const copy = signed.slice();
    copy[at] = copy[at] === 0x30 ? 0x31 : 0x30;
    const result = await verifyPdf(copy, { trusted: [identity.certificate.pem] });
    expect(result.valid).toBe(false);
  });

  it('bytes appended after signing: modified after signing', async () => {
    const appended = new Uint8Array([...signed, ...new TextEncoder().encode('\n% appended\n')]);
    const result = await verifyPdf(appended, { trusted: [identity.certificate.pem] });
    expect(result).toMatchObject({ valid: false, modifiedAfterSigning: true });
    expect(result.reasons).toContain('modified-after-signing');
  });
});

describe('verifyPdf on unsigned and broken input', () => {
  it('an unsigned PDF is not-signed', async () => {
    expect(await verifyPdf(unsigned)).toMatchObject({ valid: false, trusted: false, reasons: ['not-signed'], signatures: [] });
  });

  it('a ByteRange that does not frame a hex /Contents is malformed', async () => {
    const fake = new TextEncoder().encode('%PDF-1.3\n<< /ByteRange [0 10 20 5] /Contents (x) >>\n%%EOF');
    const result = await verifyPdf(fake);
    expect(result.valid).toBe(false);
    expect(result.reasons).toContain('malformed');
  });
});

describe('the signed report prints its signature block inside the signed bytes', () => {
  it('pdftotext finds "Signed by … on … — verify at …", the assessment hash and the trail head on the last page', () => {
    const r = spawnSync('pdftotext', ['-layout', path('signed-rsa.pdf'), '-'], { encoding: 'utf8' });
    const lastPage = r.stdout.split('\f').filter((p) => p.trim()).at(-1)!;
    const flat = lastPage.replace(/\s+/g, ' ');
    expect(flat).toContain(`Signed by Alice Auditor (Audit & Co) on ${SIGNED_AT.toISOString().slice(0, 10)} ${SIGNED_AT.toISOString().slice(11, 16)} UTC — verify at`);
    expect(flat).toContain(assessmentHash);
    expect(flat).toContain(TRAIL_HEAD);
  });
});
