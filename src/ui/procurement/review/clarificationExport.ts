import { originOf, type StoredIdentity } from '../../../domain';
import { makeClarificationFile, openClarifications, serializeClarificationFile, type Request } from '../../../domain/procurement';
import { APP_NAME, APP_VERSION, type Services } from '../../../app/services';
import type { ProcurementRow, ResponseRow } from '../../../db/procurementRows';
import { fileNameFor } from '../../common/download';
import { loadCrypto, signerOf } from '../../identity/identityActions';
import { responseFileOf } from '../responseImport';

/** What a clarification file is called: `.hrba.json` like every package, with the kind in the name for people. */
export const CLARIFICATION_FILE_SUFFIX = '-clarification.hrba.json';

/**
 * The open questions of one vendor's latest revision (answers marked "clarification
 * needed", with the buyer's comment) as an `hrba.clarification` package naming the
 * request and that exact revision (id, number, hash), signed with the buyer's identity
 * when one is chosen (src/crypto's signPackage, the one signing path).
 */
export async function exportClarification(
  services: Services,
  procurement: ProcurementRow & { requestHash: string },
  row: ResponseRow,
  identity: StoredIdentity | null,
): Promise<{ name: string; text: string; questions: number }> {
  const request: Request = procurement.request;
  const questions = openClarifications(request, row.review ?? { answers: {} });
  if (!questions.length) throw new Error('No answer of this revision is marked “Clarification needed”.');
  const now = services.now();
  let file = makeClarificationFile({
    exportedAt: now.toISOString(),
    generator: { name: APP_NAME, version: APP_VERSION },
    request: { id: request.id, hash: procurement.requestHash },
    response: originOf(responseFileOf(row).assessment),
    round: row.revision,
    questions,
  });
  if (identity) file = await (await loadCrypto()).signPackage(file, signerOf(identity), { signingTime: now });
  const name = fileNameFor(`${row.organisation} round ${row.revision}`, now, CLARIFICATION_FILE_SUFFIX);
  return { name, text: serializeClarificationFile(file), questions: questions.length };
}
