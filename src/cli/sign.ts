import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeHrbaFile, serializeHrbaFile, type HrbaFile } from '../domain';
import { buildFullReport } from '../domain/report/fullReport';
import { IDENTITY_ERROR_TEXT } from '../crypto/messages';
import { openAssessmentFile } from './assessmentFile';
import type { Io } from './commands';
import { PACKAGE_VERSION } from './paths';

export interface SignTargets {
  p12: string;
  passphraseFile: string;
  output: string;
  pdf?: string;
  /** The report's "as of" day, as for `hrba report`. The signing time is always the signer's clock. */
  reportDate: Date;
}

const GENERATOR = { name: 'HRBA@Tech due diligence (hrba sign)', version: PACKAGE_VERSION };
const REASON = 'HRBA@Tech due diligence report';

/**
 * `hrba sign`: reads the assessment the way `validate` does, opens the signer's
 * PKCS#12 file, and writes the signed package (detached JWS) and, with --pdf,
 * the full report with a PAdES signature. Only a locked revision is signed, so
 * what the signature covers can never be edited in place afterwards.
 * Nothing is written unless everything succeeds.
 */
export async function signCommand(path: string, targets: SignTargets, io: Io): Promise<number> {
  const opened = await openAssessmentFile(path);
  if (!opened.ok) {
    io.err(`invalid: ${path}`);
    for (const p of opened.problems) io.err(`${p.path}: ${p.message}`);
    return 1;
  }
  const p12 = readInput(targets.p12, io);
  const passphraseBytes = readInput(targets.passphraseFile, io);
  if (!p12 || !passphraseBytes) return 1;
  // A passphrase file usually ends with one newline that is not part of the passphrase.
  const passphrase = new TextDecoder().decode(passphraseBytes).replace(/\r?\n$/, '');

  const crypto = await import('../crypto');
  const signingTime = new Date();
  const imported = await crypto.importPkcs12(p12, passphrase, { now: signingTime });
  if (!imported.ok) {
    io.err(`${targets.p12}: ${IDENTITY_ERROR_TEXT[imported.error]}`);
    return 1;
  }
  const { identity } = imported;

  const locked = lockedRevision(opened.file);
  if (!locked.ok) {
    io.err(`${path}: ${locked.message}`);
    return 1;
  }
  const { assessment } = locked.file;
  const unsigned = makeHrbaFile(assessment, GENERATOR, signingTime.toISOString(), locked.file.trail);
  const outputs: [string, Uint8Array | string][] = [[targets.output, serializeHrbaFile(await crypto.signPackage(unsigned, identity, { signingTime }))]];

  if (targets.pdf) {
    const report = await buildFullReport(assessment, opened.checklist, opened.registry, targets.reportDate);
    const [{ renderFullReportPdf }, { readReportFonts }] = await Promise.all([import('../report/fullPdf'), import('../report/fontsNode')]);
    const pdf = renderFullReportPdf(report, readReportFonts(), {
      signature: {
        signerName: identity.info.commonName,
        organisation: identity.info.organisation,
        signedAt: signingTime.toISOString(),
        certificateFingerprint: identity.info.sha256Fingerprint,
        trailHeadHash: null,
      },
    });
    const signed = await crypto.signPdf(new Uint8Array(pdf), identity, { signingTime, reason: REASON, name: identity.info.commonName });
    outputs.push([targets.pdf, signed]);
  }

  for (const [target, content] of outputs) if (!write(target, content, io)) return 1;
  io.out(`  signed by ${identity.info.subject} at ${signingTime.toISOString()} (this computer's clock)`);
  io.out(`  certificate SHA-256: ${identity.info.sha256Fingerprint}`);
  io.out(`  revision ${assessment.revision.number}, locked at ${assessment.revision.lockedAt}`);
  return 0;
}

function write(target: string, content: Uint8Array | string, io: Io): boolean {
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    io.out(`wrote ${target}`);
    return true;
  } catch (error) {
    io.err(`${target}: cannot be written: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return false;
  }
}

function readInput(file: string, io: Io): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    io.err(`${file}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return null;
  }
}

/**
 * Signing covers a locked revision only. Locking goes through the domain's
 * `revision.lock` change (so it is recorded in the trail like every edit);
 * until that change exists, an unlocked revision is refused rather than locked
 * some other way.
 */
function lockedRevision(file: HrbaFile): { ok: true; file: HrbaFile } | { ok: false; message: string } {
  if (file.assessment.revision.lockedAt) return { ok: true, file };
  return { ok: false, message: `revision ${file.assessment.revision.number} is not locked; lock it in the app before signing` };
}
