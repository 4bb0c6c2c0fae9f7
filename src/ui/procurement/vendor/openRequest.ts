import { decodeFileBytes, hrbaFileSizeProblem, problem, type Problem } from '../../../domain';
import { requestChecklistProblems, requestHash, restoreRequestFile, type Request } from '../../../domain/procurement';
import { loadChecklist, type LoadedChecklist } from '../../../app/checklistCatalog';
import { loadCrypto } from '../../identity/identityActions';
import type { IntlShape } from '../../../i18n/react';

export interface OpenedRequest {
  request: Request;
  hash: string;
  loaded: LoadedChecklist;
  /** The buyer's signature as checked on the bytes received; null when the request is not signed. */
  signature: { valid: boolean; signer: string | null } | null;
}

export type OpenResult = { ok: true; opened: OpenedRequest } | { ok: false; problems: Problem[] };

/**
 * Reads a buyer's request file the way every package is read (size, encoding, JSON,
 * kind, fields), then checks that this app has the very checklist it was made with (by
 * content hash) and that it asks nothing that checklist lacks. Nothing is stored here.
 */
export async function openRequestFile(intl: Pick<IntlShape, 'formatMessage'>, file: { size: number; bytes: () => Promise<Uint8Array> }): Promise<OpenResult> {
  const tooBig = hrbaFileSizeProblem(file.size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const decoded = decodeFileBytes(await file.bytes());
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const read = restoreRequestFile(decoded.text);
  if (!read.ok) return { ok: false, problems: read.problems };
  const request = read.file.request;
  const ref = request.checklist;
  let loaded: LoadedChecklist;
  try {
    loaded = await loadChecklist(ref.id, ref.version);
  } catch {
    return { ok: false, problems: [problem('request.checklist', 'checklist-unknown', { id: `${ref.id} ${ref.version}` })] };
  }
  if (loaded.ref.contentHash !== ref.contentHash) {
    return { ok: false, problems: [problem('request.checklist', 'checklist-content-differs', { id: ref.id, version: ref.version, hash: `${ref.contentHash.slice(0, 19)}…` })] };
  }
  const problems = requestChecklistProblems(request, loaded.checklist);
  if (problems.length) return { ok: false, problems: problems.map((p) => ({ ...p, path: `request.${p.path}` })) };
  let signature: OpenedRequest['signature'] = null;
  if (read.file.signatures) {
    const verdict = await (await loadCrypto()).verifyPackage(decoded.text);
    signature = { valid: verdict.valid, signer: verdict.signer ? verdict.signer.commonName || verdict.signer.subject : null };
  }
  return { ok: true, opened: { request, hash: await requestHash(request), loaded, signature } };
}
