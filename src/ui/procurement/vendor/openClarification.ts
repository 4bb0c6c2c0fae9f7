import { decodeFileBytes, hrbaFileSizeProblem, originOf } from '../../../domain';
import { requestQuestionKeys, restoreClarificationFile, type ClarificationFile } from '../../../domain/procurement';
import type { VendorResponseRow } from '../../../db/procurementRows';
import { loadCrypto } from '../../identity/identityActions';

export type ClarificationOpen =
  | { ok: true; file: ClarificationFile; signature: { valid: boolean; signer: string | null } | null }
  | { ok: false; messages: string[] };

/**
 * Reads a buyer's clarification file for this exported response: a valid
 * `hrba.clarification` package, about this very request and this very revision (id,
 * number and hash of what the vendor exported), asking only questions the request asks,
 * and, when signed, with a signature that matches. Nothing is stored here.
 */
export async function openClarificationFile(row: VendorResponseRow, file: { size: number; bytes: () => Promise<Uint8Array> }): Promise<ClarificationOpen> {
  const refuse = (...messages: string[]): ClarificationOpen => ({ ok: false, messages });
  const tooBig = hrbaFileSizeProblem(file.size);
  if (tooBig) return refuse(`The file ${tooBig.message}.`);
  const decoded = decodeFileBytes(await file.bytes());
  if (!decoded.ok) return refuse(`The file ${decoded.problem.message}.`);
  const read = restoreClarificationFile(decoded.text);
  if (!read.ok) return refuse('This file is not a clarification request from a buyer:', ...read.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)));
  const clar = read.file;
  if (clar.request.id !== row.requestId || clar.request.hash !== row.requestHash) return refuse('These clarification questions are about a different request, not the one this response answers.');
  const origin = originOf(row.assessment);
  if (clar.response.id !== origin.id || clar.response.number !== origin.number || clar.response.hash !== origin.hash) {
    return refuse(`These clarification questions are about another response or another revision, not revision ${origin.number} of this response as you exported it.`);
  }
  const asked = new Set<string>(requestQuestionKeys(row.request));
  const stray = clar.questions.filter((q) => !asked.has(q.key)).map((q) => q.key);
  if (stray.length) return refuse(`The file asks about ${stray.join(', ')}, which the request does not ask.`);
  let signature: { valid: boolean; signer: string | null } | null = null;
  if (clar.signatures) {
    const verdict = await (await loadCrypto()).verifyPackage(decoded.text);
    if (!verdict.valid) return refuse('The signature does not match the clarification questions: they were changed after the buyer signed them. Ask the buyer for a new copy.');
    signature = { valid: true, signer: verdict.signer ? verdict.signer.commonName || verdict.signer.subject : null };
  }
  return { ok: true, file: clar, signature };
}
