import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as jose from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/main';
import { canonicalJson, type HrbaFile } from '../../../src/domain';
import { EXAMPLE_FILE } from '../helpers/bundled';
import { path, pkcs12, selfSigned } from '../crypto/openssl';

// openssl key generation and the full report share two cores with the rest of the suite.
vi.setConfig({ testTimeout: 120_000 });

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The example with revision 1 locked, as the app leaves it when the auditor locks it. */
function lockedExample(): string {
  const file = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as HrbaFile;
  file.assessment.revision.lockedAt = '2026-11-29T09:00:00.000Z';
  const target = path('locked.hrba.json');
  writeFileSync(target, JSON.stringify(file, null, 2));
  return target;
}

const signer = selfSigned('cli-signer', 'rsa:2048', '/CN=Alice Auditor/O=Audit & Co');
pkcs12('cli-signer', { ...signer, passphrase: 'open sesame' });
writeFileSync(path('pass.txt'), 'open sesame\n');
const P12 = ['--p12', path('cli-signer.p12'), '--passphrase-file', path('pass.txt')];
const CERT = path(signer.cert);

function flipByteAt(file: string, marker: string, target: string): string {
  const bytes = readFileSync(file);
  const at = bytes.indexOf(marker) + marker.length;
  bytes[at] = bytes[at]! ^ 1;
  writeFileSync(target, bytes);
  return target;
}

describe('hrba sign, then hrba verify', () => {
  const signedJson = path('signed.hrba.json');
  const signedPdf = path('signed.pdf');

  it('signs a locked revision: package and PDF, and says who signed', async () => {
    const r = await run('sign', lockedExample(), ...P12, '-o', signedJson, '--pdf', signedPdf, '--date', '2026-11-30');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`wrote ${signedJson}`);
    expect(r.out).toContain(`wrote ${signedPdf}`);
    expect(r.out).toContain('signed by CN=Alice Auditor, O=Audit & Co');
  });

  it('the outputs check out with pdfsig and jose', async () => {
    const pdfsig = spawnSync('pdfsig', [signedPdf], { encoding: 'utf8' }).stdout;
    expect(pdfsig).toContain('Signature Validation: Signature is Valid.');
    const file = JSON.parse(readFileSync(signedJson, 'utf8')) as HrbaFile & { signatures: jose.FlattenedJWS[] };
    const { signatures, ...rest } = file;
    const header = jose.decodeProtectedHeader(signatures[0]!);
    const key = await jose.importX509(`-----BEGIN CERTIFICATE-----\n${header.x5c![0]}\n-----END CERTIFICATE-----`, 'RS256');
    await jose.flattenedVerify({ ...signatures[0]!, payload: Buffer.from(canonicalJson(rest)).toString('base64url') }, key);
  });

  it('verify: 0 when valid and trusted, for the package and the PDF', async () => {
    const pkg = await run('verify', signedJson, '--trust', CERT);
    expect(pkg.code).toBe(0);
    expect(pkg.out).toContain(`valid and trusted: ${signedJson}`);
    expect(pkg.out).toContain('signer: CN=Alice Auditor, O=Audit & Co');
    const pdf = await run('verify', signedPdf, '--trust', CERT);
    expect(pdf.code).toBe(0);
    expect(pdf.out).toMatch(/assessment hash printed in the report: sha256:[0-9a-f]{64}/);
  });

  it('verify: 1 and "NOT TRUSTED" when the signer is not trusted', async () => {
    const r = await run('verify', signedPdf);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`valid but NOT TRUSTED: ${signedPdf}`);
    expect(r.err).toContain('Pass it with --trust cert.pem');
    const other = selfSigned('cli-other', 'P-256');
    expect((await run('verify', signedJson, '--trust', path(other.cert))).code).toBe(1);
  });

  it('verify: 1 and "INVALID" after one flipped byte, in the package and in the PDF', async () => {
    const badJson = flipByteAt(signedJson, '"productName": "', path('bad.hrba.json'));
    const pkg = await run('verify', badJson, '--trust', CERT);
    expect(pkg.code).toBe(1);
    expect(pkg.err).toContain(`INVALID: ${badJson}`);
    expect(pkg.err).toContain('The signature does not match the signer’s certificate.');

    const badPdf = flipByteAt(signedPdf, '/Producer (', path('bad.pdf'));
    const pdf = await run('verify', badPdf, '--trust', CERT);
    expect(pdf.code).toBe(1);
    expect(pdf.err).toContain(`INVALID: ${badPdf}`);
    expect(pdf.err).toContain('The signed content has changed since it was signed.');
  });

  it('verify: 1 for a file with no signature', async () => {
    const r = await run('verify', EXAMPLE_FILE);
    expect(r.code).toBe(1);
    expect(r.err).toContain('The file carries no signature.');
  });
});

describe('hrba sign of an unlocked revision locks it first', () => {
  it('appends one revision.lock event by the signer to the trail, prints the new head in the PDF, and leaves the input alone', async () => {
    const before = readFileSync(EXAMPLE_FILE, 'utf8');
    const original = JSON.parse(before) as HrbaFile;
    expect(original.assessment.revision.lockedAt).toBeNull();
    const out = path('locked-now.hrba.json');
    const pdf = path('locked-now.pdf');
    const r = await run('sign', EXAMPLE_FILE, ...P12, '-o', out, '--pdf', pdf);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`locked revision 1 first: appended a revision.lock event to the trail (event ${original.trail.length + 1})`);
    expect(readFileSync(EXAMPLE_FILE, 'utf8')).toBe(before);

    const signed = JSON.parse(readFileSync(out, 'utf8')) as HrbaFile;
    const lock = signed.trail.at(-1)!;
    expect(signed.trail.slice(0, -1)).toEqual(original.trail);
    expect(lock).toMatchObject({ seq: original.trail.length + 1, by: 'Alice Auditor', change: { type: 'revision.lock' }, prev: original.trail.at(-1)!.hash });
    expect(signed.assessment.revision.lockedAt).toBe(lock.at);
    const v = await run('verify', out, '--trust', CERT);
    expect(v.code).toBe(0);
    const p = await run('verify', pdf, '--trust', CERT);
    expect(p.code).toBe(0);
    expect(p.out).toContain(`trail head printed in the report: ${lock.hash}`);
    // The package the app or `validate` reads: the trail verifies and the revision is locked.
    const validate = await run('validate', out);
    expect(validate.code).toBe(0);
  });
});

describe('hrba sign refuses, and writes nothing', () => {
  it('a wrong passphrase: 1 and the reason', async () => {
    writeFileSync(path('wrong.txt'), 'not it\n');
    const out = path('never.hrba.json');
    const r = await run('sign', lockedExample(), '--p12', path('cli-signer.p12'), '--passphrase-file', path('wrong.txt'), '-o', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('The passphrase is wrong for this file.');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['sign', 'x.hrba.json', '-o', 'y.json'], 'say who signs'],
    [['sign', 'x.hrba.json', '--p12', 'a.p12', '--passphrase-file', 'p'], 'say where to write the signed package'],
    [['sign'], 'name the .hrba.json file to sign'],
    [['verify'], 'name the signed .pdf or .hrba.json file'],
    [['verify', 'a.pdf', '--trusted', 'c.pem'], "Unknown option '--trusted'"],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});

describe('hrba sign --lang', () => {
  it('signs the report made in Arabic: its headings in Arabic (pdftotext), the signature valid (pdfsig) and trusted (hrba verify)', async () => {
    const [{ loadCatalogue }, { sectionTitles }] = await Promise.all([import('../../../src/i18n/catalogues'), import('../../../src/report/words')]);
    const arabic = sectionTitles({ locale: 'ar', messages: await loadCatalogue('ar') });
    const pdf = path('signed-ar.pdf');
    const r = await run('sign', lockedExample(), ...P12, '-o', path('signed-ar.hrba.json'), '--pdf', pdf, '--lang', 'ar', '--date', '2026-11-30');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // Joined Arabic letters folded back (NFKC), poppler's direction marks dropped.
    const norm = (text: string) => text.normalize('NFKC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
    const text = norm(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout);
    for (const heading of [arabic.summary, arabic.actions]) expect(text, heading).toContain(norm(heading));
    expect(text).not.toContain('Executive summary');
    expect(spawnSync('pdfsig', [pdf], { encoding: 'utf8' }).stdout).toContain('Signature Validation: Signature is Valid.');
    expect((await run('verify', pdf, '--trust', CERT)).code).toBe(0);
  });

  it('refuses a language the reports are not made in before anything is written', async () => {
    const out = path('never-lang.hrba.json');
    const r = await run('sign', lockedExample(), ...P12, '-o', out, '--pdf', path('never-lang.pdf'), '--lang', 'de');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--lang: "de" is not a language the reports are made in');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path('never-lang.pdf'))).toBe(false);
  });
});
