import { buildDecisionReport, type ClauseLibrary, type Decision, type DecisionReport } from '../../../domain/procurement';
import { APP_NAME, APP_VERSION, type Services } from '../../../app/services';
import type { LoadedChecklist } from '../../../app/checklistCatalog';
import type { ProcurementRow, ResponseRow } from '../../../db/procurementRows';
import type { StoredIdentity } from '../../../domain';
import { downloadBlob, fileNameFor } from '../../common/download';
import { loadCrypto, signerOf } from '../../identity/identityActions';
import { latestRevisions } from '../ComparisonSection';
import { languageState } from '../../../i18n/language';

const TOOL = `${APP_NAME} ${APP_VERSION}`;

/**
 * The decision report's model for a procurement as stored now: each vendor's latest
 * revision, with its signature checked again on the package as the vendor signed it,
 * against the certificates trusted now (so the report never repeats a stale verdict).
 */
export async function decisionReportFor(args: {
  services: Services;
  procurement: ProcurementRow;
  rows: readonly ResponseRow[];
  loaded: LoadedChecklist;
  library: ClauseLibrary;
  decision: Decision;
  at: Date;
}): Promise<DecisionReport> {
  const { procurement, rows, loaded } = args;
  const [crypto, trusted] = await Promise.all([loadCrypto(), args.services.trust.list()]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const vendors = await Promise.all(
    latestRevisions(rows).map(async (v) => {
      const row = byId.get(v.id)!;
      const check = await crypto.verifyPackage(row.manifestText, { trusted: trusted.map((t) => t.pem) });
      const signature = check.reasons.includes('not-signed')
        ? null
        : { valid: check.valid, trusted: check.trusted, signer: check.signer ? check.signer.commonName || check.signer.subject : null };
      return { ...v, revision: row.revision, signature };
    }),
  );
  return buildDecisionReport({
    request: procurement.request,
    requestHash: procurement.requestHash ?? '',
    sentAt: procurement.sentAt,
    items: new Map(loaded.checklist.items.map((i) => [i.id, i])),
    vendors,
    decision: args.decision,
    library: args.library,
    registry: loaded.registry,
    generatedAt: args.at.toISOString(),
  });
}

const baseName = (report: DecisionReport, at: Date, suffix: string) => fileNameFor(`${report.procurement.title.slice(0, 40)} decision`, at, suffix);

/** The report is in the interface's language; the fonts fetched are those its words and names need. */
export async function exportDecisionPdf(report: DecisionReport, at: Date): Promise<string> {
  const [{ renderDecisionPdf }, { decisionPdfText }, { loadReportFonts }] = await Promise.all([
    import('../../../report/decisionPdf'),
    import('../../../report/decision/words'),
    import('../../../report/fontsBrowser'),
  ]);
  const language = languageState();
  const bytes = renderDecisionPdf(report, await loadReportFonts(decisionPdfText(report, language)), { tool: TOOL, language });
  const name = baseName(report, at, '.pdf');
  downloadBlob(new Blob([bytes], { type: 'application/pdf' }), name);
  return name;
}

export async function exportDecisionHtml(report: DecisionReport, at: Date): Promise<string> {
  const { renderDecisionHtml } = await import('../../../report/decisionHtml');
  const name = baseName(report, at, '.html');
  downloadBlob(new Blob([renderDecisionHtml(report, { tool: TOOL, language: languageState() })], { type: 'text/html;charset=utf-8' }), name);
  return name;
}

/**
 * Signs the decision report through the same path as an assessment's report: the PDF is
 * rendered with the visible "Signed by … on …" block inside it, then given a PAdES
 * signature by src/crypto's `signPdf` with a stored, non-extractable identity.
 */
export async function signDecisionPdf(report: DecisionReport, identity: StoredIdentity, signingTime: Date): Promise<string> {
  const [{ renderDecisionPdf }, { decisionPdfText }, { loadReportFonts }, { signatureReasons }, crypto] = await Promise.all([
    import('../../../report/decisionPdf'),
    import('../../../report/decision/words'),
    import('../../../report/fontsBrowser'),
    import('../../../report/signatureWords'),
    loadCrypto(),
  ]);
  const name = identity.info.commonName || identity.info.subject;
  const language = languageState();
  const unsigned = renderDecisionPdf(report, await loadReportFonts(decisionPdfText(report, language)), {
    tool: TOOL,
    language,
    signature: {
      signerName: name,
      organisation: identity.info.organisation,
      signedAt: signingTime.toISOString(),
      certificateFingerprint: identity.info.sha256Fingerprint,
      trailHeadHash: null,
    },
  });
  const signed = await crypto.signPdf(new Uint8Array(unsigned), signerOf(identity), { signingTime, reason: signatureReasons(language).decision(report.meta.reportId), name });
  const file = baseName(report, signingTime, '-signed.pdf');
  downloadBlob(new Blob([signed as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), file);
  return file;
}
