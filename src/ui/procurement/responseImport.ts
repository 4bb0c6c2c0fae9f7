import type { Problem } from '../../domain';
import { CONTAINER_LIMITS, verifyResponseContainer, type ResponseFile } from '../../domain/procurement';
import type { Services } from '../../app/services';
import type { ProcurementRow, ResponseRow } from '../../db/procurementRows';
import { ResponseNotStoredError } from '../../db/procurements';
import { loadCrypto } from '../identity/identityActions';
import type { IntlShape } from '../../i18n/react';
import { responseCheckText, STORE_PROBLEM_MESSAGES } from './responseCheckWords';

export type ImportOutcome = { name: string; ok: true; row: ResponseRow } | { name: string; ok: false; messages: string[]; problems: Problem[] };

/**
 * Imports one vendor response into a sent procurement: checked in full first
 * (container, fields, signature against the certificates this person trusts, binding to
 * this request, trail, every evidence file's hash), stored only when all of it holds;
 * each refusal in words, and nothing stored.
 */
export async function importResponseFile(
  intl: Pick<IntlShape, 'formatMessage' | 'formatNumber' | 'dir'>,
  services: Services,
  procurement: ProcurementRow,
  file: { name: string; size: number; bytes: () => Promise<Uint8Array> },
  allowUnsigned: boolean,
): Promise<ImportOutcome> {
  const refuse = (messages: string[], problems: Problem[] = []): ImportOutcome => ({ name: file.name, ok: false, messages, problems });
  if (!procurement.requestHash) return refuse([intl.formatMessage(STORE_PROBLEM_MESSAGES['not-sent'])]);
  if (file.size > CONTAINER_LIMITS.totalBytes) {
    const mb = (bytes: number) => intl.formatNumber(Math.round(bytes / 1048576), { style: 'unit', unit: 'megabyte' });
    return refuse([
      intl.formatMessage(
        { defaultMessage: 'The file is {size}; a response may be at most {max}. It was not read.', description: 'Response import refused: the file is too large; sizes such as 310 MB' },
        { size: mb(file.size), max: mb(CONTAINER_LIMITS.totalBytes) },
      ),
    ]);
  }
  const [crypto, trusted] = await Promise.all([loadCrypto(), services.trust.list()]);
  const check = await verifyResponseContainer(
    await file.bytes(),
    { request: procurement.request, hash: procurement.requestHash },
    (text) => crypto.verifyPackage(text, { trusted: trusted.map((t) => t.pem) }),
    { allowUnsigned },
  );
  if (!check.ok) return refuse(check.failures.map((f) => responseCheckText(intl, f)), check.failures.flatMap((f) => f.problems ?? []));
  try {
    const row = await (await services.procurements()).importResponse(procurement.id, check, services.now().toISOString());
    return { name: file.name, ok: true, row };
  } catch (e) {
    if (e instanceof ResponseNotStoredError) return refuse([intl.formatMessage(STORE_PROBLEM_MESSAGES[e.code])]);
    throw e;
  }
}

const parsed = new Map<string, { text: string; file: ResponseFile }>();

/**
 * The response package as the vendor signed it (stored verbatim; read back without
 * re-validating). A stored response never changes, so each is parsed once per page, not
 * once per screen part that shows it (the list, the comparison, the decision, the home rows).
 * Callers must treat the result as read-only.
 */
export function responseFileOf(row: ResponseRow): ResponseFile {
  const hit = parsed.get(row.id);
  if (hit && hit.text === row.manifestText) return hit.file;
  const file = JSON.parse(row.manifestText) as ResponseFile;
  parsed.set(row.id, { text: row.manifestText, file });
  return file;
}
