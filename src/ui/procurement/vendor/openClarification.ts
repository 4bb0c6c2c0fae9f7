import { decodeFileBytes, hrbaFileSizeProblem, originOf } from '../../../domain';
import { requestQuestionKeys, restoreClarificationFile, type ClarificationFile } from '../../../domain/procurement';
import type { VendorResponseRow } from '../../../db/procurementRows';
import { loadCrypto } from '../../identity/identityActions';
import type { IntlShape } from '../../../i18n/react';
import { problemLine, problemText } from '../../../words/problems';

export type ClarificationOpen =
  | { ok: true; file: ClarificationFile; signature: { valid: boolean; signer: string | null } | null }
  | { ok: false; messages: string[] };

/**
 * Reads a buyer's clarification file for this exported response: a valid
 * `hrba.clarification` package, about this very request and this very revision (id,
 * number and hash of what the vendor exported), asking only questions the request asks,
 * and, when signed, with a signature that matches. Nothing is stored here.
 */
export async function openClarificationFile(intl: Pick<IntlShape, 'formatMessage' | 'formatList'>, row: VendorResponseRow, file: { size: number; bytes: () => Promise<Uint8Array> }): Promise<ClarificationOpen> {
  const refuse = (...messages: string[]): ClarificationOpen => ({ ok: false, messages });
  const tooBig = hrbaFileSizeProblem(file.size);
  if (tooBig) return refuse(problemText(intl, tooBig));
  const decoded = decodeFileBytes(await file.bytes());
  if (!decoded.ok) return refuse(problemText(intl, decoded.problem));
  const read = restoreClarificationFile(decoded.text);
  if (!read.ok) {
    const intro = intl.formatMessage({ defaultMessage: 'This file is not a clarification request from a buyer:', description: 'Vendor: above the problems found in a file that is not a clarification file' });
    return refuse(intro, ...read.problems.map((p) => problemLine(intl, p)));
  }
  const clar = read.file;
  if (clar.request.id !== row.requestId || clar.request.hash !== row.requestHash) {
    return refuse(intl.formatMessage({ defaultMessage: 'These clarification questions are about a different request, not the one this response answers.', description: 'Vendor: a clarification file for another request' }));
  }
  const origin = originOf(row.assessment);
  if (clar.response.id !== origin.id || clar.response.number !== origin.number || clar.response.hash !== origin.hash) {
    return refuse(
      intl.formatMessage(
        { defaultMessage: 'These clarification questions are about another response or another revision, not revision {revision} of this response as you exported it.', description: 'Vendor: a clarification file for another response or revision' },
        { revision: origin.number },
      ),
    );
  }
  const asked = new Set<string>(requestQuestionKeys(row.request));
  const stray = clar.questions.filter((q) => !asked.has(q.key)).map((q) => q.key);
  if (stray.length) {
    return refuse(
      intl.formatMessage(
        { defaultMessage: 'The file asks about {keys}, which the request does not ask.', description: 'Vendor: a clarification file asks about questions the request does not ask; {keys} is a list of question ids such as DEP-03' },
        { keys: intl.formatList(stray) },
      ),
    );
  }
  let signature: { valid: boolean; signer: string | null } | null = null;
  if (clar.signatures) {
    const verdict = await (await loadCrypto()).verifyPackage(decoded.text);
    if (!verdict.valid) {
      return refuse(
        intl.formatMessage({
          defaultMessage: 'The signature does not match the clarification questions: they were changed after the buyer signed them. Ask the buyer for a new copy.',
          description: 'Vendor: a clarification file changed after it was signed',
        }),
      );
    }
    signature = { valid: true, signer: verdict.signer ? verdict.signer.commonName || verdict.signer.subject : null };
  }
  return { ok: true, file: clar, signature };
}
