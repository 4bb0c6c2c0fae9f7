import type { Problem } from '../problems';
import { verifyTrail } from '../trail/verify';
import { sha256OfBytes, unpackContainer, type ContainerProblemCode } from './container';
import { requestQuestionKeys, type Request } from './request';
import { restoreResponseFile, type ResponseFile } from './response';

/**
 * Everything a buyer's import checks before a response is stored (issue 8, "Review"):
 * the container, the package's fields, the signature (src/crypto's verifyPackage,
 * passed in so the domain stays free of crypto code), the binding to this request,
 * the trail, and every evidence file against its hash. Each failure is a code with
 * the place it concerns; the words are in the UI. Nothing here stores anything: a
 * caller stores only an `ok` result, so a refused response leaves no trace.
 */
export type ResponseCheckCode =
  | ContainerProblemCode
  | 'manifest-invalid'
  | 'response-unsigned'
  | 'signature-invalid'
  | 'bound-to-other-request'
  | 'checklist-differs'
  | 'answer-not-requested'
  | 'evidence-not-requested'
  | 'trail-broken'
  | 'evidence-missing'
  | 'evidence-hash-mismatch'
  | 'evidence-size-mismatch'
  | 'evidence-unlisted';

export interface ResponseCheckFailure {
  code: ResponseCheckCode;
  /** Where: a question key, an evidence hash, a trail event number, a container entry. */
  at?: string;
  /** For `manifest-invalid`: the field problems, as `path: message`. */
  problems?: Problem[];
}

/** What the signature check reports; src/crypto's `verifyPackage` result has this shape. */
export interface SignatureVerdict {
  valid: boolean;
  trusted: boolean;
  reasons: readonly string[];
}
export type SignatureChecker = (manifestText: string) => Promise<SignatureVerdict>;

export interface ExpectedRequest {
  request: Request;
  /** `requestHash(request)`, computed once by the caller. */
  hash: string;
}

export type ResponseCheck =
  | { ok: true; file: ResponseFile; manifestText: string; files: Map<string, Uint8Array>; signature: SignatureVerdict }
  | { ok: false; failures: ResponseCheckFailure[]; signature?: SignatureVerdict };

export interface ResponseCheckOptions {
  /** Accept a response nobody signed (the failure list then omits `response-unsigned`). Off by default. */
  allowUnsigned?: boolean;
}

export async function verifyResponseContainer(
  bytes: Uint8Array,
  expected: ExpectedRequest,
  checkSignature: SignatureChecker,
  options: ResponseCheckOptions = {},
): Promise<ResponseCheck> {
  const unpacked = unpackContainer(bytes);
  if (!unpacked.ok) return { ok: false, failures: [{ code: unpacked.problem.code, at: unpacked.problem.entry }] };
  const restored = restoreResponseFile(unpacked.manifestText);
  if (!restored.ok) return { ok: false, failures: [{ code: 'manifest-invalid', problems: restored.problems }] };
  const file = restored.file;
  const failures: ResponseCheckFailure[] = [];

  const signature = await checkSignature(unpacked.manifestText);
  if (signature.reasons.includes('not-signed')) {
    if (!options.allowUnsigned) failures.push({ code: 'response-unsigned' });
  } else if (!signature.valid) failures.push({ code: 'signature-invalid' });

  failures.push(...bindingFailures(file, expected));

  const trail = verifyTrail(file.trail);
  if (!trail.ok) failures.push({ code: 'trail-broken', at: String(trail.seq) });

  failures.push(...evidenceFailures(file, unpacked.files));
  return failures.length ? { ok: false, failures, signature } : { ok: true, file, manifestText: unpacked.manifestText, files: unpacked.files, signature };
}

/** Whether a response answers this very request, and nothing it did not ask. */
export function bindingFailures(file: ResponseFile, expected: ExpectedRequest): ResponseCheckFailure[] {
  if (file.request.id !== expected.request.id || file.request.hash !== expected.hash) return [{ code: 'bound-to-other-request' }];
  const failures: ResponseCheckFailure[] = [];
  const want = expected.request.checklist;
  const got = file.checklist;
  if (want.id !== got.id || want.version !== got.version || want.contentHash !== got.contentHash) failures.push({ code: 'checklist-differs' });
  const asked = new Set<string>(requestQuestionKeys(expected.request));
  for (const key of Object.keys(file.assessment.answers)) {
    if (!asked.has(key)) failures.push({ code: 'answer-not-requested', at: key });
  }
  for (const e of file.evidence) {
    if (!asked.has(e.questionKey)) failures.push({ code: 'evidence-not-requested', at: e.questionKey });
  }
  return failures;
}

/** Every listed file present with the listed hash and size, and no file nobody listed. */
export function evidenceFailures(file: ResponseFile, files: ReadonlyMap<string, Uint8Array>): ResponseCheckFailure[] {
  const failures: ResponseCheckFailure[] = [];
  const listed = new Map(file.evidence.map((e) => [e.sha256, e]));
  for (const [hash, entry] of listed) {
    const bytes = files.get(hash);
    if (!bytes) failures.push({ code: 'evidence-missing', at: hash });
    else if (sha256OfBytes(bytes) !== hash) failures.push({ code: 'evidence-hash-mismatch', at: hash });
    else if (bytes.byteLength !== entry.bytes) failures.push({ code: 'evidence-size-mismatch', at: hash });
  }
  for (const hash of files.keys()) {
    if (!listed.has(hash)) failures.push({ code: 'evidence-unlisted', at: hash });
  }
  return failures;
}
