import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canonicalJson, sha256Hex, verifyTrail, type HrbaFile } from '../../src/domain';
import { useAppSessions } from './support/browser';
import { answerCurrentItem, download, exportButton } from './support/app';
import { flatten, pdfToText } from './support/pdf';
import { say } from './support/say';

const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(ROOT, 'examples/kestrel-insight.hrba.json');
const work = mkdtempSync(join(tmpdir(), 'hrba-signing-e2e-'));
const app = useAppSessions();

function run(command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd: work, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A PKCS#12 file made by openssl here, as an auditor's certificate authority would hand it over (OpenSSL 3 defaults). */
function opensslIdentity(name: string, passphrase: string): { p12: string; cert: string } {
  const must = (args: string[]) => {
    const r = run('openssl', args);
    if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.out}`);
  };
  must(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.crt`, '-days', '30', '-subj', `/CN=${name}/O=Audit & Co`]);
  must(['pkcs12', '-export', '-inkey', `${name}.key`, '-in', `${name}.crt`, '-out', `${name}.p12`, '-passout', `pass:${passphrase}`]);
  return { p12: join(work, `${name}.p12`), cert: join(work, `${name}.crt`) };
}

const save = (name: string, bytes: Uint8Array | string) => {
  const file = join(work, name);
  writeFileSync(file, bytes);
  return file;
};

async function importExample(page: Page) {
  await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
  await page.getByRole('status').filter({ hasText: 'Imported "Kestrel Insight".' }).waitFor();
}

const sections = (page: Page) => page.getByRole('navigation', { name: 'Assessment sections' });

/** Locks and signs from the assessment's Sign section (opening it from home unless it is open); returns both downloaded files. */
async function lockAndSign(page: Page, signer: string, fromHome = true) {
  if (fromHome) await page.getByRole('link', { name: 'Kestrel Insight' }).first().click();
  await sections(page).getByRole('link', { name: 'Sign' }).click();
  await page.getByRole('heading', { name: 'Sign revision 1' }).waitFor();
  await page.getByRole('group', { name: 'Sign as' }).getByRole('radio', { name: new RegExp(`${signer} — `) }).check();
  const downloads: { name: string; bytes: Buffer }[] = [];
  const collect = page.waitForEvent('download').then(async (first) => {
    const second = await page.waitForEvent('download');
    for (const d of [first, second]) downloads.push({ name: d.suggestedFilename(), bytes: readFileSync(await d.path()) });
  });
  await page.getByRole('button', { name: 'Lock and sign revision 1' }).click();
  await collect;
  await page.getByRole('status').filter({ hasText: 'Signed revision 1' }).waitFor();
  const pdf = downloads.find((d) => d.name.endsWith('.pdf'))!;
  const pkg = downloads.find((d) => d.name.endsWith('.hrba.json'))!;
  expect(pdf.name).toMatch(/^Kestrel-Insight-\d{4}-\d{2}-\d{2}-revision-1-signed\.pdf$/);
  return { pdf: pdf.bytes, pkg: pkg.bytes.toString('utf8') };
}

/** `openssl cms -verify` over the bytes the last /ByteRange covers, with the CMS cut from /Contents. */
function opensslCmsVerify(name: string, bytes: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(bytes);
  const m = [...text.matchAll(/\/ByteRange\s*\[(\d+) (\d+) (\d+) (\d+)\s*\]/g)].at(-1)!;
  const [a, b, c, d] = m.slice(1, 5).map(Number) as [number, number, number, number];
  save(`${name}.content`, Buffer.concat([bytes.subarray(a, a + b), bytes.subarray(c, c + d)]));
  const hex = Buffer.from(text.slice(b + 1, c - 1), 'hex');
  const count = hex[1]! & 0x7f;
  save(`${name}.cms`, hex.subarray(0, 2 + count + hex.readUIntBE(2, count)));
  return run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', `${name}.cms`, '-content', `${name}.content`, '-noverify', '-out', '/dev/null']).out;
}

/** An independent JOSE library checks the detached JWS over the package's canonical JSON. */
async function joseVerify(text: string) {
  const { signatures, ...rest } = JSON.parse(text) as HrbaFile & { signatures: jose.FlattenedJWS[] };
  const jws = signatures[0]!;
  const header = jose.decodeProtectedHeader(jws);
  const key = await jose.importX509(`-----BEGIN CERTIFICATE-----\n${header.x5c![0]}\n-----END CERTIFICATE-----`, header.alg!);
  return jose.flattenedVerify({ ...jws, payload: jose.base64url.encode(canonicalJson(rest)) }, key, { algorithms: ['RS256', 'ES256'] });
}

/** Flips one bit of the byte right after `marker` (a byte inside what the signature covers). */
function flipAfter(bytes: Uint8Array | string, marker: string): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(marker) + marker.length;
  expect(at).toBeGreaterThanOrEqual(marker.length);
  copy[at] = copy[at]! ^ 1;
  return copy;
}

const hrba = (...args: string[]) => run('node', [join(ROOT, 'bin/hrba.mjs'), ...args]);

async function verifyInApp(page: Page, files: { name: string; bytes: Uint8Array | string }[]) {
  await page.goto(`${new URL(page.url()).origin}/#/verify`);
  await page.getByLabel(/^Signed files to verify/).setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) })));
  await page.getByRole('heading', { name: 'What the signatures say' }).waitFor();
  await page.locator('section[aria-busy="false"]').waitFor();
}

const result = (page: Page, name: string) => page.getByRole('article', { name: `Result for ${name}` });

describe('signing in the app', () => {
  it('locks and signs with an openssl PKCS#12; pdfsig, openssl cms and jose accept both files; one flipped byte is caught by the app, hrba verify and pdfsig', async () => {
    const { page } = await app.open();
    const id = opensslIdentity('Alice Auditor', 'pässwörd');
    await importExample(page);

    await page.getByRole('link', { name: 'Signing identities' }).click();
    await page.getByLabel('PKCS#12 file (.p12 or .pfx)').setInputFiles(id.p12);
    await page.getByLabel('Passphrase').fill('pässwörd');
    await page.getByRole('button', { name: 'Import identity' }).click();
    await page.getByRole('listitem', { name: 'Identity Alice Auditor' }).waitFor();
    await page.getByRole('link', { name: 'Back to your assessments' }).click();

    // The auditor's review: audit mode, the statement (opinion, scope, method, limitations) and a verdict, then signing.
    await page.getByRole('link', { name: 'Kestrel Insight' }).first().click();
    await sections(page).getByRole('link', { name: 'Audit review', exact: true }).click();
    await page.getByRole('button', { name: 'Audit this assessment' }).click();
    const statement = page.getByRole('form', { name: 'Audit statement' });
    await statement.getByLabel('Auditor (name and organisation)').fill('Alice Auditor, Audit & Co');
    await statement.getByLabel('Scope', { exact: true }).fill('All four stages of Kestrel Insight 3.2');
    await statement.getByLabel('Method', { exact: true }).fill('Read the DPIA and the purpose statement; interviewed the product owner');
    await statement.getByLabel('Limitations', { exact: true }).fill('No access to the training data');
    await statement.getByRole('radio', { name: /Adverse opinion/ }).check();
    await statement.getByLabel('Basis for the opinion').fill('No human review of ranked cases before outreach (DEP-03)');
    await statement.getByRole('button', { name: 'Save audit statement' }).click();
    await statement.getByText('Audit statement saved.').waitFor();
    const card = page.getByRole('article', { name: /^CON-01 / });
    await card.getByRole('radio', { name: 'Conforms', exact: true }).check();
    await card.getByLabel('Comment on CON-01').fill('Board-approved purpose statement seen');
    await card.getByRole('button', { name: 'Save verdict on CON-01' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved the verdict on CON-01: Conforms.' }).waitFor();

    const { pdf, pkg } = await lockAndSign(page, 'Alice Auditor', false);
    const pdfFile = save('signed.pdf', pdf);
    const pkgFile = save('signed.hrba.json', pkg);

    // The package is the locked revision, its trail ending with the lock, and its hashes are printed in the signed report.
    const file = JSON.parse(pkg) as HrbaFile;
    expect(file.assessment.revision.lockedAt).not.toBeNull();
    expect(file.trail.at(-1)!.change.type).toBe('revision.lock');
    expect(verifyTrail(file.trail).ok).toBe(true);
    const text = flatten(pdfToText(pdf));
    expect(text).toContain('Signed by Alice Auditor (Audit & Co)');
    expect(text).toContain(file.trail.at(-1)!.hash);
    // The auditor's opinion and review are inside the signed bytes.
    expect(file.assessment.mode).toBe('audit');
    expect(text).toContain('Auditor’s opinion');
    expect(text).toContain('Adverse opinion');
    expect(text).toContain('No human review of ranked cases before outreach (DEP-03)');
    expect(text).toContain('Scope: All four stages of Kestrel Insight 3.2');
    expect(text).toContain('Method: Read the DPIA and the purpose statement; interviewed the product owner');
    expect(text).toContain('Limitations: No access to the training data');
    expect(text).toContain('Conforms (by Alice Auditor, Audit & Co): Board-approved purpose statement seen');

    // Readers nobody here wrote.
    const pdfsig = run('pdfsig', [pdfFile]).out;
    expect(pdfsig).toContain('Signature Validation: Signature is Valid.');
    expect(pdfsig).toContain('ETSI.CAdES.detached');
    expect(opensslCmsVerify('signed', pdf)).toContain('Verification successful');
    expect((await joseVerify(pkg)).protectedHeader?.alg).toBe('RS256');
    expect(hrba('verify', pdfFile, '--trust', id.cert).status).toBe(0);
    expect(hrba('verify', pkgFile, '--trust', id.cert).status).toBe(0);

    // The Verify screen: valid, not yet trusted; trusting it from the result; the PDF's hashes match the package.
    await verifyInApp(page, [
      { name: 'signed.pdf', bytes: pdf },
      { name: 'signed.hrba.json', bytes: pkg },
    ]);
    for (const name of ['signed.pdf', 'signed.hrba.json']) {
      await expect.poll(() => result(page, name).textContent()).toContain('The signature is valid.');
      expect(await result(page, name).textContent()).toContain('The document has not changed since it was signed.');
      expect(await result(page, name).textContent()).toContain('This is not a certificate you marked as trusted.');
    }
    const pkgText = (await result(page, 'signed.hrba.json').textContent())!;
    expect(pkgText).toContain(`Intact: ${file.trail.length} events`);
    expect(pkgText).toContain(`${file.checklist.id} ${file.checklist.version}, content ${file.checklist.contentHash}`);
    expect(await result(page, 'signed.pdf').textContent()).toContain('Compared with “signed.hrba.json”: the assessment hash matches; the trail head matches.');
    await result(page, 'signed.pdf').getByRole('button', { name: 'Trust this certificate' }).click();
    await expect.poll(() => result(page, 'signed.hrba.json').textContent()).toContain('You marked this certificate (or the one that issued it) as trusted.');
    await page.getByRole('listitem', { name: 'Trusted certificate Alice Auditor' }).waitFor();

    // One flipped byte in each file.
    const badPdf = flipAfter(pdf, 'Kestrel');
    const badPkg = flipAfter(pkg, '"productName": "Kestrel');
    const badPdfFile = save('tampered.pdf', badPdf);
    const badPkgFile = save('tampered.hrba.json', badPkg);
    await verifyInApp(page, [
      { name: 'tampered.pdf', bytes: badPdf },
      { name: 'tampered.hrba.json', bytes: badPkg },
    ]);
    for (const name of ['tampered.pdf', 'tampered.hrba.json']) {
      await expect.poll(() => result(page, name).textContent()).toContain('The signature is NOT valid.');
      expect(await result(page, name).textContent()).toContain('The document was changed after it was signed.');
    }
    for (const f of [badPdfFile, badPkgFile]) {
      const r = hrba('verify', f, '--trust', id.cert);
      expect(r.status).toBe(1);
      expect(r.out).toContain('INVALID');
    }
    const badPdfsig = run('pdfsig', [badPdfFile]).out;
    expect(badPdfsig).not.toContain('Signature is Valid');
    expect(badPdfsig).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it('signs with an identity made in the app (ECDSA P-256); the outputs verify outside the app', async () => {
    const { page } = await app.open();
    await importExample(page);
    await page.goto(`${new URL(page.url()).origin}/#/identity`);
    await page.getByLabel('Your name (required)').fill('Zoë Auditor');
    await page.getByLabel('Organisation').fill('Coop Audit');
    await page.getByRole('button', { name: 'Create identity' }).click();
    const card = page.getByRole('listitem', { name: 'Identity Zoë Auditor' });
    await card.waitFor();
    const pem = await download(page, () => card.getByRole('button', { name: 'Export certificate (PEM)' }).click());
    const certFile = save('zoe.pem', pem.bytes);
    await page.getByRole('link', { name: 'Back to your assessments' }).click();

    const { pdf, pkg } = await lockAndSign(page, 'Zoë Auditor');
    const pdfFile = save('zoe-signed.pdf', pdf);
    const pkgFile = save('zoe-signed.hrba.json', pkg);
    expect(run('pdfsig', [pdfFile]).out).toContain('Signature Validation: Signature is Valid.');
    expect(opensslCmsVerify('zoe', pdf)).toContain('Verification successful');
    expect((await joseVerify(pkg)).protectedHeader?.alg).toBe('ES256');
    expect(hrba('verify', pdfFile, '--trust', certFile).status).toBe(0);
    expect(hrba('verify', pkgFile, '--trust', certFile).status).toBe(0);
    expect(hrba('verify', pkgFile).out).toContain('NOT TRUSTED');
  });

  it('signs in the app’s chosen language (French): the signed report’s headings and signature block are French, and pdfsig and hrba verify accept it', async () => {
    const { page } = await app.open();
    await importExample(page);
    await page.goto(`${new URL(page.url()).origin}/#/identity`);
    await page.getByLabel('Your name (required)').fill('Léa Auditrice');
    await page.getByLabel('Organisation').fill('Audit Coop');
    await page.getByRole('button', { name: 'Create identity' }).click();
    const card = page.getByRole('listitem', { name: 'Identity Léa Auditrice' });
    await card.waitFor();
    const certFile = save('lea.pem', (await download(page, () => card.getByRole('button', { name: 'Export certificate (PEM)' }).click())).bytes);
    await page.getByRole('link', { name: 'Back to your assessments' }).click();

    await page.getByLabel('Language', { exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: say('fr', 'Your assessments') }).waitFor();
    await page.getByRole('link', { name: 'Kestrel Insight' }).first().click();
    await page
      .getByRole('navigation', { name: say('fr', 'Assessment sections') })
      .getByRole('link', { name: say('fr', 'Sign', undefined, 'Assessment section: sign the report and the data file') })
      .click();
    await page.getByRole('heading', { name: say('fr', 'Sign revision {revision}', { revision: 1 }) }).waitFor();
    await page.getByRole('group', { name: say('fr', 'Sign as') }).getByRole('radio', { name: /^Léa Auditrice — / }).check();
    const downloads: { name: string; bytes: Buffer }[] = [];
    const collect = page.waitForEvent('download').then(async (first) => {
      const second = await page.waitForEvent('download');
      for (const d of [first, second]) downloads.push({ name: d.suggestedFilename(), bytes: readFileSync(await d.path()) });
    });
    await page.getByRole('button', { name: say('fr', 'Lock and sign revision {revision}', { revision: 1 }) }).click();
    await collect;
    const pdf = downloads.find((d) => d.name.endsWith('.pdf'))!.bytes;

    const text = flatten(pdfToText(pdf));
    for (const heading of [say('fr', 'Executive summary'), say('fr', 'Action plan', undefined, 'Report heading: actions to close the gaps')]) expect(text, heading).toContain(flatten(heading));
    expect(text).toContain('Signé par Léa Auditrice (Audit Coop) le');
    expect(text).not.toContain('Signed by');
    const pdfFile = save('lea-signed.pdf', pdf);
    expect(run('pdfsig', [pdfFile]).out).toContain('Signature Validation: Signature is Valid.');
    expect(hrba('verify', pdfFile, '--trust', certFile).status).toBe(0);
  });

  it('revision 1 still verifies after revision 2 was started and edited; revision 2 names it as parent by id, number and hash', async () => {
    const { page } = await app.open();
    const id = opensslIdentity('Rhea Reviewer', 'r1-pass');
    await importExample(page);
    await page.getByRole('link', { name: 'Signing identities' }).click();
    await page.getByLabel('PKCS#12 file (.p12 or .pfx)').setInputFiles(id.p12);
    await page.getByLabel('Passphrase').fill('r1-pass');
    await page.getByRole('button', { name: 'Import identity' }).click();
    await page.getByRole('listitem', { name: 'Identity Rhea Reviewer' }).waitFor();
    await page.getByRole('link', { name: 'Back to your assessments' }).click();
    const signed1 = await lockAndSign(page, 'Rhea Reviewer');
    const revision1 = JSON.parse(signed1.pkg) as HrbaFile;
    const parent = { id: revision1.assessment.id, number: 1, hash: `sha256:${await sha256Hex(canonicalJson(revision1.assessment))}` };

    // Revision 2, started from the locked revision and edited.
    await page.getByRole('status', { name: 'Locked revision' }).getByRole('button', { name: 'Start revision 2' }).click();
    await page.getByText(/Revision 2 \(follows revision 1\)/).waitFor();
    await sections(page).getByRole('link', { name: 'Checklist', exact: true }).click();
    await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: 'Conception' }).click();
    const edited = await answerCurrentItem(page, 'partial', 'Revision 2: the purpose statement is being rewritten');
    const { bytes } = await download(page, async () => (await exportButton(page, 'Export JSON')).click());
    const revision2 = JSON.parse(bytes.toString('utf8')) as HrbaFile;
    expect(revision2.assessment.revision).toEqual({ number: 2, parent, lockedAt: null });
    expect(revision2.assessment.answers[edited]!.notes).toBe('Revision 2: the purpose statement is being rewritten');
    expect(revision1.assessment.answers[edited]!.notes).not.toBe(revision2.assessment.answers[edited]!.notes);
    // Its trail continues the signed one unchanged, names the parent, then records the edit.
    expect(revision2.trail.slice(0, revision1.trail.length)).toEqual(revision1.trail);
    expect(revision2.trail[revision1.trail.length]!.change).toEqual({ type: 'revision.started', parent });
    expect(revision2.trail.at(-1)!.change).toMatchObject({ type: 'answer.set', itemId: edited });
    expect(verifyTrail(revision2.trail).ok).toBe(true);

    // The parent hash (revision 1 as stored when revision 2 began) is the assessment hash printed inside the signed PDF.
    const pdfText = flatten(pdfToText(signed1.pdf)).replace(/\s/g, '');
    expect(pdfText).toContain(parent.hash.slice('sha256:'.length));

    // Revision 1's signed files still verify: readers nobody here wrote, the CLI, and the app's Verify screen.
    const pdfFile = save('r1-signed.pdf', signed1.pdf);
    const pkgFile = save('r1-signed.hrba.json', signed1.pkg);
    expect(run('pdfsig', [pdfFile]).out).toContain('Signature Validation: Signature is Valid.');
    expect(opensslCmsVerify('r1', signed1.pdf)).toContain('Verification successful');
    expect((await joseVerify(signed1.pkg)).protectedHeader?.alg).toBe('RS256');
    expect(hrba('verify', pdfFile, '--trust', id.cert).status).toBe(0);
    expect(hrba('verify', pkgFile, '--trust', id.cert).status).toBe(0);
    await verifyInApp(page, [
      { name: 'r1-signed.pdf', bytes: signed1.pdf },
      { name: 'r1-signed.hrba.json', bytes: signed1.pkg },
    ]);
    for (const name of ['r1-signed.pdf', 'r1-signed.hrba.json']) {
      await expect.poll(() => result(page, name).textContent()).toContain('The signature is valid.');
      expect(await result(page, name).textContent()).toContain('The document has not changed since it was signed.');
    }
    expect(await result(page, 'r1-signed.hrba.json').textContent()).toContain(`Intact: ${revision1.trail.length} events`);
    expect(await result(page, 'r1-signed.pdf').textContent()).toContain('Compared with “r1-signed.hrba.json”: the assessment hash matches; the trail head matches.');
  });
});
