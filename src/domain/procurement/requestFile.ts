import { z } from 'zod';
import { HRBA_FORMAT_VERSION } from '../exchange/hrbaFile';
import { canonicalJson } from '../canonical';
import { RequestSchema, type Request } from './request';
import { packageEnvelope, readPackageText, type PackageRead } from './packageText';

/**
 * A vendor questionnaire as a `.hrba.json` package of kind `hrba.request`: the same
 * envelope as an assessment file (kind, formatVersion, exportedAt, generator,
 * optional detached JWS `signatures` made by src/crypto's signPackage), carrying the
 * request instead of an assessment. Signed by the buyer's identity when there is one.
 */
export const REQUEST_FILE_KIND = 'hrba.request';

export const RequestFileSchema = z.strictObject({
  ...packageEnvelope(REQUEST_FILE_KIND),
  request: RequestSchema,
});
export type RequestFile = z.infer<typeof RequestFileSchema>;

export function makeRequestFile(request: Request, generator: RequestFile['generator'], exportedAt: string): RequestFile {
  return { kind: REQUEST_FILE_KIND, formatVersion: HRBA_FORMAT_VERSION, exportedAt, generator, request };
}

/** Canonical key order, indented: equal packages are equal text. */
export function serializeRequestFile(file: RequestFile): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(file)), null, 2)}\n`;
}

/** The one way in for a request package. Check its checklist with `requestChecklistProblems` next. */
export function restoreRequestFile(text: string): PackageRead<RequestFile> {
  return readPackageText(text, REQUEST_FILE_KIND, RequestFileSchema);
}
