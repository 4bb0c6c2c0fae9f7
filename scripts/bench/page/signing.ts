import { makeHrbaFile, restoreHrbaFile, serializeHrbaFile } from '../../../src/domain';
import { englishProblemText } from '../../../src/words/problems';
import { buildFullReport } from '../../../src/domain/report/fullReport';
import { loadChecklist } from '../../../src/app/checklistCatalog';
import { loadReportFonts } from '../../../src/report/fontsBrowser';
import { renderFullReportPdf } from '../../../src/report/fullPdf';
import { createSelfSignedIdentity, signPackage, signPdf, verifyPackage, verifyPdf, type Identity } from '../../../src/crypto';

/**
 * Signing in the browser, as the Sign screen does it once the crypto chunk is
 * loaded: render the full report for signing and sign it (PAdES), sign the
 * package (JWS), then verify both, for an RSA-2048 and an ECDSA P-256 identity.
 * Loaded with import() so the page can count the JavaScript it pulls in.
 */
export interface SigningRun {
  algorithm: string;
  identityMs: number;
  renderMs: number[];
  signPdfMs: number[];
  signPackageMs: number[];
  verifyPdfMs: number[];
  verifyPackageMs: number[];
  pdfBytes: number;
  verified: boolean;
}

async function time<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await work();
  return [result, performance.now() - t0];
}

export async function runSigning(fileText: string, runs: number): Promise<SigningRun[]> {
  const restored = restoreHrbaFile(fileText);
  if (!restored.ok) throw new Error(restored.problems.map((p) => englishProblemText(p)).join('\n'));
  const { assessment, generator } = restored.file;
  const [loaded, fonts] = await Promise.all([loadChecklist(restored.file.checklist.id), loadReportFonts()]);
  const report = await buildFullReport(assessment, loaded.checklist, loaded.registry, new Date());
  const results: SigningRun[] = [];
  for (const algorithm of ['RSA-2048', 'ECDSA-P256'] as const) {
    const [identity, identityMs] = await time(() => createSelfSignedIdentity({ name: 'Bench Auditor', organisation: 'Bench', email: '', algorithm }));
    const run: SigningRun = { algorithm, identityMs, renderMs: [], signPdfMs: [], signPackageMs: [], verifyPdfMs: [], verifyPackageMs: [], pdfBytes: 0, verified: true };
    for (let i = 0; i < runs; i++) await once(identity, run);
    results.push(run);
  }
  return results;

  async function once(identity: Identity, run: SigningRun): Promise<void> {
    const signingTime = new Date();
    const block = { signerName: identity.info.commonName, organisation: identity.info.organisation, signedAt: signingTime.toISOString(), certificateFingerprint: identity.info.sha256Fingerprint, trailHeadHash: null };
    const [pdf, renderMs] = await time(() => new Uint8Array(renderFullReportPdf(report, fonts, { signature: block })));
    const [signed, signPdfMs] = await time(() => signPdf(pdf, identity, { signingTime, reason: 'Bench', name: identity.info.commonName }));
    const [text, signPackageMs] = await time(async () => serializeHrbaFile(await signPackage(makeHrbaFile(assessment, generator, signingTime.toISOString()), identity, { signingTime })));
    const [pdfResult, verifyPdfMs] = await time(() => verifyPdf(signed, { trusted: [identity.certificate.pem] }));
    const [packageResult, verifyPackageMs] = await time(() => verifyPackage(text, { trusted: [identity.certificate.pem] }));
    run.renderMs.push(renderMs);
    run.signPdfMs.push(signPdfMs);
    run.signPackageMs.push(signPackageMs);
    run.verifyPdfMs.push(verifyPdfMs);
    run.verifyPackageMs.push(verifyPackageMs);
    run.pdfBytes = signed.byteLength;
    run.verified &&= pdfResult.valid && pdfResult.trusted && packageResult.valid && packageResult.trusted;
  }
}
