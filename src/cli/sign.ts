import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyChange, makeHrbaFile, nextTrailEvent, serializeHrbaFile, trailHead, type HrbaFile } from '../domain';
import { buildFullReport } from '../domain/report/fullReport';
import { IDENTITY_ERROR_TEXT } from '../crypto/messages';
import { openAssessmentFile } from './assessmentFile';
import type { Io } from './commands';
import { englishProblemText } from '../words/problems';
import { PACKAGE_VERSION } from './paths';
import type { Locale } from '../i18n/locales';

export interface SignTargets {
  p12: string;
  passphraseFile: string;
  output: string;
  pdf?: string;
  /** The report's "as of" day, as for `hrba report`. The signing time is always the signer's clock. */
  reportDate: Date;
  /** The language of the signed report (`--lang`), as for `hrba report`; English when not given. */
  locale?: Locale;
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
    for (const p of opened.problems) io.err(englishProblemText(p));
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

  const locked = lockedRevision(opened.file, identity.info.commonName || identity.info.subject, signingTime);
  const { assessment, trail } = locked.file;
  const unsigned = makeHrbaFile(assessment, GENERATOR, signingTime.toISOString(), trail);
  const outputs: [string, Uint8Array | string][] = [[targets.output, serializeHrbaFile(await crypto.signPackage(unsigned, identity, { signingTime }))]];

  if (targets.pdf) {
    const locale = targets.locale ?? 'en';
    const [{ renderFullReportPdf, pdfText }, { loadReportFontsFor }, { reportLanguage, checklistIn }] = await Promise.all([
      import('../report/fullPdf'),
      import('../report/fontsNode'),
      import('./language'),
    ]);
    const language = await reportLanguage(locale);
    const report = await buildFullReport(assessment, opened.checklist, opened.registry, targets.reportDate, trail, checklistIn(opened.checklist, locale) ?? undefined);
    const pdf = renderFullReportPdf(report, await loadReportFontsFor(pdfText(report, language)), {
      tool: `hrba ${PACKAGE_VERSION}`,
      language,
      signature: {
        signerName: identity.info.commonName,
        organisation: identity.info.organisation,
        signedAt: signingTime.toISOString(),
        certificateFingerprint: identity.info.sha256Fingerprint,
        trailHeadHash: trailHead(trail),
      },
    });
    const signed = await crypto.signPdf(new Uint8Array(pdf), identity, { signingTime, reason: REASON, name: identity.info.commonName });
    outputs.push([targets.pdf, signed]);
  }

  for (const [target, content] of outputs) if (!write(target, content, io)) return 1;
  if (locked.lockedNow) io.out(`  locked revision ${assessment.revision.number} first: appended a revision.lock event to the trail (event ${trail.length})`);
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
 * Signing covers a locked revision only, so what a signature covers can never
 * be edited in place. An unlocked revision is locked here the way the app does
 * it: the domain's `revision.lock` change, recorded as the next event of the
 * trail the file carries (by the signer, at the signing time). The input file
 * itself is never rewritten; the signed package is the locked revision.
 */
function lockedRevision(file: HrbaFile, by: string, at: Date): { file: HrbaFile; lockedNow: boolean } {
  if (file.assessment.revision.lockedAt) return { file, lockedNow: false };
  const change = { type: 'revision.lock' } as const;
  const assessment = applyChange(file.assessment, change, { at: at.toISOString(), by });
  const event = nextTrailEvent(file.trail.at(-1) ?? null, { at: at.toISOString(), by, change });
  return { file: { ...file, assessment, trail: [...file.trail, event] }, lockedNow: true };
}
