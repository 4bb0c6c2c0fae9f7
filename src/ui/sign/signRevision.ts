import { makeHrbaFile, serializeHrbaFile, trailHead, HRBA_FILE_EXTENSION, type Assessment, type AssessmentChangeInput, type StoredIdentity } from '../../domain';
import { APP_NAME, APP_VERSION, type Services } from '../../app/services';
import { loadChecklist } from '../../app/checklistCatalog';
import { fileNameFor } from '../common/download';
import { reportTranslation } from '../common/exports';
import type { Locale } from '../../i18n/locales';
import { languageState, type LanguageState } from '../../i18n/language';
import { loadCrypto, signerOf } from '../identity/identityActions';

export const SIGN_STEPS = ['lock', 'trail', 'report', 'pdf', 'package'] as const;
export type SignStep = (typeof SIGN_STEPS)[number];

export interface SignedOutputs {
  pdf: { name: string; bytes: Uint8Array };
  package: { name: string; text: string };
  signingTime: Date;
  revision: number;
}

/** Lets the browser paint the progress before the next step, which may hold the main thread for a moment. */
const paint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The one "sign" action. It locks the revision first (a `revision.lock` change
 * through the single write path, so the trail records it), then signs exactly
 * that locked revision: the full PDF report with the signer block, assessment
 * hash and trail head printed inside the signed bytes (PAdES), and the
 * `.hrba.json` package with a detached JWS. The signing time is this device's
 * clock, read once, so both outputs state the same time. A revision already
 * locked (signed before) is signed again as it is. The report is made in the
 * app's chosen language, as an export is.
 */
export async function signRevision(input: {
  services: Services;
  assessment: Assessment;
  commit: (change: AssessmentChangeInput) => Promise<Assessment>;
  identity: StoredIdentity;
  onStep: (step: SignStep) => void;
  /** The language the report is made in, as an export is: the app's chosen language when not given. */
  language?: LanguageState;
  /** The language the report quotes the checklist in, where it has a fresh translation; the report's language when not given. */
  checklistLanguage?: Locale;
}): Promise<SignedOutputs> {
  const { services, identity, onStep } = input;
  const cryptoLayer = loadCrypto();
  onStep('lock');
  await paint();
  const locked = input.assessment.revision.lockedAt ? input.assessment : await input.commit({ type: 'revision.lock' });

  onStep('trail');
  await paint();
  // Sealed: the head's hash leaves this device in both files, so it must never be rewritten.
  const trail = await services.assessments.exportTrail(locked.id);
  const signingTime = services.now();
  const signer = signerOf(identity);

  onStep('report');
  await paint();
  const language = input.language ?? languageState();
  const [{ buildFullReport }, loaded, { renderFullReportPdf, pdfText }, { loadReportFonts }, { signatureReasons }] = await Promise.all([
    import('../../domain/report/fullReport'),
    loadChecklist(locked.checklist.id, locked.checklist.version),
    import('../../report/fullPdf'),
    import('../../report/fontsBrowser'),
    import('../../report/signatureWords'),
  ]);
  const translation = await reportTranslation(loaded.checklist, input.checklistLanguage ?? language.locale);
  const report = await buildFullReport(locked, loaded.checklist, loaded.registry, signingTime, trail, translation ?? undefined);
  // Only the fonts the report's words and names need, in its language (Arabic brings its font and shaping).
  const fonts = await loadReportFonts(pdfText(report, language));
  await paint();
  const unsignedPdf = renderFullReportPdf(report, fonts, {
    tool: `${APP_NAME} ${APP_VERSION}`,
    language,
    signature: {
      signerName: identity.info.commonName || identity.info.subject,
      organisation: identity.info.organisation,
      signedAt: signingTime.toISOString(),
      certificateFingerprint: identity.info.sha256Fingerprint,
      trailHeadHash: trailHead(trail),
    },
  });

  onStep('pdf');
  await paint();
  const crypto = await cryptoLayer;
  const pdf = await crypto.signPdf(new Uint8Array(unsignedPdf), signer, {
    signingTime,
    reason: signatureReasons(language).report(locked.revision.number),
    name: identity.info.commonName || identity.info.subject,
  });

  onStep('package');
  await paint();
  const file = makeHrbaFile(locked, { name: APP_NAME, version: APP_VERSION }, signingTime.toISOString(), trail);
  const text = serializeHrbaFile(await crypto.signPackage(file, signer, { signingTime }));

  const base = `-revision-${locked.revision.number}-signed`;
  return {
    pdf: { name: fileNameFor(locked.subject.productName, signingTime, `${base}.pdf`), bytes: pdf },
    package: { name: fileNameFor(locked.subject.productName, signingTime, `${base}${HRBA_FILE_EXTENSION}`), text },
    signingTime,
    revision: locked.revision.number,
  };
}
