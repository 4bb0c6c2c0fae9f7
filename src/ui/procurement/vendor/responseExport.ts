import type { StoredIdentity } from '../../../domain';
import { CONTAINER_EXTENSION, makeResponseFile, missingMandatory, packContainer, serializeResponseFile } from '../../../domain/procurement';
import { APP_NAME, APP_VERSION, type Services } from '../../../app/services';
import type { VendorResponseRow } from '../../../db/procurementRows';
import { fileNameFor } from '../../common/download';
import { loadCrypto, signerOf } from '../../identity/identityActions';

/**
 * Locks the response (a `revision.lock` in its trail, so it never changes after the
 * buyer has it), writes the `hrba.response` package listing every evidence file by hash,
 * signs it when an identity is chosen (src/crypto's signPackage), and packs it with the
 * files into the `.hrba.zip` container. Refused while a mandatory question is unanswered.
 */
export async function exportResponse(services: Services, row: VendorResponseRow, identity: StoredIdentity | null): Promise<{ name: string; bytes: Uint8Array }> {
  const missing = missingMandatory(row.request, row.assessment.answers);
  if (missing.length) throw new Error(`Mandatory questions are unanswered: ${missing.join(', ')}`);
  const [responses, procurements] = await Promise.all([services.vendorResponses(), services.procurements()]);
  const now = services.now();
  const at = now.toISOString();
  const locked = row.exportedAt ? row : await responses.markExported(row.id, at);
  const rows = await procurements.evidenceOf(row.id);
  let file = makeResponseFile({
    request: { id: row.requestId, hash: row.requestHash },
    assessment: locked.assessment,
    trail: locked.trail,
    evidence: rows.map(({ ownerId: _o, blob: _b, ...entry }) => entry),
    generator: { name: APP_NAME, version: APP_VERSION },
    exportedAt: at,
  });
  if (identity) file = await (await loadCrypto()).signPackage(file, signerOf(identity), { signingTime: now });
  const files = new Map<string, Uint8Array>();
  for (const e of rows) files.set(e.sha256, new Uint8Array(await e.blob.arrayBuffer()));
  const subject = locked.assessment.subject;
  const revision = locked.assessment.revision.number > 1 ? ` revision ${locked.assessment.revision.number}` : '';
  return { name: fileNameFor(`${subject.organisation} ${subject.productName} response${revision}`, now, CONTAINER_EXTENSION), bytes: packContainer(serializeResponseFile(file), files) };
}
