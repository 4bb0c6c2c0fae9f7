import type { StoredIdentity } from '../../domain';
import { makeRequestFile, requestHash, serializeRequestFile, type Request } from '../../domain/procurement';
import { APP_NAME, APP_VERSION, type Services } from '../../app/services';
import { fileNameFor } from '../common/download';
import { loadCrypto, signerOf } from '../identity/identityActions';

/** What a request file is called: `.hrba.json` like every package, with the kind in the name for people. */
export const REQUEST_FILE_SUFFIX = '-request.hrba.json';

export interface ExportedRequest {
  name: string;
  text: string;
  hash: string;
  signed: boolean;
}

/**
 * Sends a request: saves it as it is, signs the `hrba.request` package with the buyer's
 * identity when one is chosen (src/crypto's signPackage, the one signing path), and only
 * then freezes it under its hash. A signing failure therefore leaves the draft editable.
 */
export async function exportRequest(services: Services, request: Request, identity: StoredIdentity | null): Promise<ExportedRequest> {
  const repo = await services.procurements();
  const now = services.now();
  const at = now.toISOString();
  await repo.saveDraft(request, at);
  const hash = await requestHash(request);
  let file = makeRequestFile(request, { name: APP_NAME, version: APP_VERSION }, at);
  if (identity) {
    const crypto = await loadCrypto();
    file = await crypto.signPackage(file, signerOf(identity), { signingTime: now });
  }
  const text = serializeRequestFile(file);
  await repo.markSent(request.id, hash, at);
  return { name: fileNameFor(request.procurement.title, now, REQUEST_FILE_SUFFIX), text, hash, signed: !!identity };
}

/** A request already sent, downloaded again: the same request (same hash), unsigned unless signed again. */
export function requestFileText(request: Request, at: Date): { name: string; text: string } {
  const file = makeRequestFile(request, { name: APP_NAME, version: APP_VERSION }, at.toISOString());
  return { name: fileNameFor(request.procurement.title, at, REQUEST_FILE_SUFFIX), text: serializeRequestFile(file) };
}
