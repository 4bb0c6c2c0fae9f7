import { z } from 'zod';

const zString = () => z.string();
import type { TrailProblem } from './trail/verify';

/**
 * Every problem the domain can report, by code, with the values its words need. The domain
 * never words a problem: the screens say it in the chosen language and the CLI in English,
 * both through the catalogue messages of src/words/problems.ts (one per code).
 */
export interface ProblemValues {
  // What zod's own checks find.
  required: Record<string, never>;
  'text-too-long': { max: number };
  'text-too-short': { min: number };
  'too-many': { max: number };
  'too-few': { min: number };
  'number-too-large': { max: number };
  'number-too-small': { min: number };
  /** `expected` is a type code (string, number, boolean, object, array, …). */
  'wrong-type': { expected: string };
  'not-allowed-value': { allowed: readonly string[] };
  /** `format` is zod's format code (email, url, datetime, regex, …). */
  'wrong-format': { format: string };
  'unknown-keys': { keys: readonly string[] };
  invalid: Record<string, never>;
  /** A field kept for a later version, which this version leaves empty. */
  'reserved-empty': Record<string, never>;
  /** A text that must look like `example` (an id, a version, a language code). */
  'looks-like': { example: string };
  /** A hash or fingerprint: `digits` hexadecimal digits, after "sha256:" when `prefix` says so. */
  'hex-digits': { digits: number; prefix: 'sha256' | 'none' };
  // Collections (src/domain/limits.ts).
  'count-over-limit': { count: number; max: number };
  'duplicate-id': { id: string; first: number };
  'not-checked-after': { count: number; index: number };
  'duplicate-value': { value: string };
  'duplicates': Record<string, never>;
  // Text a person typed (src/domain/text).
  missing: { what: MissingWhat };
  'text-direction-control': { char: string };
  'text-control-character': { char: string };
  'text-invisible-only': Record<string, never>;
  'link-not-web': Record<string, never>;
  'email-not-ascii': Record<string, never>;
  'file-name-has-slash': Record<string, never>;
  'choose-answer': Record<string, never>;
  'choose-listed-options': Record<string, never>;
  // Files: bytes, encoding, JSON, kind and version.
  'file-too-large': { megabytes: number; max: number };
  'file-utf32': Record<string, never>;
  'file-no-bom': Record<string, never>;
  'file-not-utf8': Record<string, never>;
  'file-bad-utf16': { endian: 'little' | 'big' };
  'file-empty': { kind: string };
  'file-not-json': { detail: string };
  'file-not-object': { kind: string };
  'json-too-many-values': { max: number };
  'json-duplicate-key': { key: string };
  'json-too-many-entries': { max: number; entries: 'elements' | 'keys' };
  'json-too-deep': { max: number };
  'kind-missing': { expected: readonly string[] };
  /** `found` is the JSON type code (null, list, number, boolean, object). */
  'kind-not-text': { found: string; expected: readonly string[] };
  'kind-unknown': { found: string; expected: readonly string[] };
  'kind-single-assessment': Record<string, never>;
  'version-not-whole': Record<string, never>;
  'version-below-one': { found: number };
  'version-newer': { found: number; max: number };
  'version-unsupported': { found: string; kind: string; version: number };
  // Assessments, procurement packages and backups against their checklist and each other.
  'checklist-unknown': { id: string };
  'checklist-version-unknown': { id: string; version: string; available: readonly string[] };
  'checklist-content-differs': { id: string; version: string; hash: string };
  'checklist-mismatch': { named: string; used: string };
  'clause-library-unknown': { version: string; available: readonly string[] };
  'question-unknown': { id: string; checklist: string };
  'finding-on-unknown-question': { checklist: string };
  'finding-unknown': { key: string };
  'profile-question-unknown': { checklist: string };
  'profile-option-unknown': { value: string; options: readonly string[] };
  /** `expected` is the answer kind: boolean, text, single or multi. */
  'profile-wrong-type': { expected: string };
  'trail-broken': { seq: number; problem: TrailProblem };
  'change-wrong-assessment': { found: string; expected: string };
  'response-mode': { mode: string };
  'request-no-questions': Record<string, never>;
  'mandatory-not-asked': { key: string };
  'deal-breaker-not-asked': { key: string };
  'custom-question-in-items': { id: string };
  'conditions-missing': Record<string, never>;
  'deal-breaker-no-trigger': Record<string, never>;
  'clarification-no-questions': Record<string, never>;
  'conditions-not-allowed': Record<string, never>;
  'rejection-accepts-red-flag': Record<string, never>;
  'evidence-twice': { key: string };
  // Backups, storage and the import itself.
  'base64-expected': Record<string, never>;
  'bytes-expected': { bytes: number };
  'passphrase-needed': Record<string, never>;
  'passphrase-wrong': Record<string, never>;
  'written-by-newer': { version: number; max: number };
  'import-cancelled': Record<string, never>;
  'import-not-waiting': Record<string, never>;
  'import-stopped': { detail: string };
  'file-unreadable': { detail: string };
  'path-is-directory': Record<string, never>;
  'file-unwritable': { detail: string };
  'revision-locked': Record<string, never>;
  'restore-failed': { detail: string };
  'path-not-regular': Record<string, never>;
  'storage-failed': { detail: string };
}

/** What a required text names when it is empty; one catalogue select case each. */
export type MissingWhat =
  | 'product-name'
  | 'evidence-label'
  | 'question'
  | 'buying-organisation'
  | 'your-organisation'
  | 'procurement-title'
  | 'condition-title'
  | 'condition-text'
  | 'decision-reasons'
  | 'approved-vendor'
  | 'file-name'
  | 'action-description'
  | 'tradeoff'
  | 'stakeholder'
  | 'benefit'
  | 'signer-name'
  | 'finding-title'
  | 'clarification'
  | 'acceptance-reason'
  | 'audit-basis';

export type ProblemCode = keyof ProblemValues;

/** A code with its values, where it applies not yet said. */
export type ProblemDetail = { [C in ProblemCode]: ProblemValues[C] extends Record<string, never> ? { code: C; values?: ProblemValues[C] } : { code: C; values: ProblemValues[C] } }[ProblemCode];

/**
 * A problem a person can act on: where it is (field names and indexes as the file or form
 * holds them, '' for the whole file) and what is wrong there, as a code with values.
 */
export type Problem = ProblemDetail & { path: string };

/**
 * A problem thrown where a function cannot return one. Whoever shows it words `problem` in
 * the chosen language; `message` (the code, or English the thrower supplies) is for logs.
 */
export class ProblemError extends Error {
  constructor(
    readonly problem: ProblemDetail,
    message: string = problem.code,
  ) {
    super(message);
    this.name = 'ProblemError';
  }
}

/** Makes a problem (the values are checked against the code). */
export function problem<C extends ProblemCode>(path: string, code: C, ...values: ProblemValues[C] extends Record<string, never> ? [] : [ProblemValues[C]]): Problem {
  return (values.length ? { path, code, values: values[0] } : { path, code }) as Problem;
}

/** Makes a problem without a place. */
export function detail<C extends ProblemCode>(code: C, ...values: ProblemValues[C] extends Record<string, never> ? [] : [ProblemValues[C]]): ProblemDetail {
  return (values.length ? { code, values: values[0] } : { code }) as ProblemDetail;
}

/**
 * The zod issue that carries a problem: the code and values ride in `params`, and the
 * message is the code, so even a reader of zod's raw issues never meets a sentence.
 */
export function problemIssue(found: ProblemDetail, path?: PropertyKey[]): { code: 'custom'; message: string; params: { problem: ProblemDetail }; path?: PropertyKey[] } {
  return { code: 'custom', message: found.code, params: { problem: found }, ...(path ? { path } : {}) };
}

/** A text matching `pattern`, else the problem that it should look like `example`. */
export function patterned(pattern: RegExp, example: string) {
  return zString().refine((text) => pattern.test(text), refineProblem(detail('looks-like', { example })));
}

/** What a mismatch of each pattern `matching` checks is, by the pattern's text (zod's issue names the pattern). */
const PATTERN_PROBLEMS = new Map<string, ProblemDetail>();

/**
 * A text matching `pattern`, by zod's own regex check: the English `authorMessage` stays for
 * checklist authors (authorZodIssues), and everyone else is told what the text should look like:
 * `example` ("CON-01") or a problem of its own (a hash's hex digits).
 */
export function matching(pattern: RegExp, example: string | ProblemDetail, authorMessage?: string) {
  const found = typeof example === 'string' ? detail('looks-like', { example }) : example;
  const known = PATTERN_PROBLEMS.get(String(pattern));
  // One pattern, one example: the problem is found by the pattern's text, whichever schema used it.
  if (known && JSON.stringify(known) !== JSON.stringify(found)) throw new Error(`${String(pattern)} is given two examples`);
  PATTERN_PROBLEMS.set(String(pattern), found);
  return zString().regex(pattern, authorMessage);
}

/** `{ params }` for `.refine()`, so a refinement reports a problem code. */
export function refineProblem(found: ProblemDetail, path?: PropertyKey[]): { message: string; params: { problem: ProblemDetail }; path?: PropertyKey[] } {
  return { message: found.code, params: { problem: found }, ...(path ? { path } : {}) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Turns zod issues into problems (codes with values), with the deepest branch for unions. */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Problem[] {
  return zodIssueProblems(issues, prefix).map(({ path, found }) => ({ path: formatPath(path), ...found }) as Problem);
}

/** The same, with each path as zod gives it (keys and indexes), for forms that place problems by field. */
export function zodIssueProblems(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): { path: PropertyKey[]; found: ProblemDetail }[] {
  return leafIssues(issues, prefix).map(({ issue, path }) => ({ path, found: issueDetail(issue) }));
}

/**
 * The issues worth reporting, each with its whole path: for a union that failed on every
 * branch, the branch that got furthest; for a record key or a set element, its own issues.
 */
export function leafIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): { issue: z.core.$ZodIssue; path: PropertyKey[] }[] {
  const out: { issue: z.core.$ZodIssue; path: PropertyKey[] }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      out.push(...leafIssues(best, path));
    } else if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues.length > 0) {
      out.push(...leafIssues(issue.issues, path));
    } else out.push({ issue, path });
  }
  return out;
}

/** The problem one zod issue stands for. */
export function issueDetail(issue: z.core.$ZodIssue): ProblemDetail {
  switch (issue.code) {
    case 'custom': {
      const carried = (issue.params as { problem?: ProblemDetail } | undefined)?.problem;
      return carried ?? detail('invalid');
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return detail('text-too-long', { max });
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return detail('number-too-large', { max });
      return detail('too-many', { max });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? detail('required') : detail('text-too-short', { min });
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return detail('number-too-small', { min });
      return detail('too-few', { min });
    }
    case 'invalid_type':
      // A record is an object with named fields to whoever reads the file.
      return detail('wrong-type', { expected: issue.expected === 'record' ? 'object' : String(issue.expected) });
    case 'invalid_value':
      return detail('not-allowed-value', { allowed: issue.values.slice(0, 12).map((v) => (typeof v === 'string' ? `"${v}"` : String(v))) });
    case 'invalid_format': {
      const known = issue.format === 'regex' && issue.pattern ? PATTERN_PROBLEMS.get(issue.pattern) : undefined;
      if (known) return known;
      // A text that must start (or end) with a fixed part: it should look like that part, and more.
      const fixed = issue as { prefix?: unknown; suffix?: unknown };
      if (issue.format === 'starts_with' && typeof fixed.prefix === 'string') return detail('looks-like', { example: `${fixed.prefix}…` });
      if (issue.format === 'ends_with' && typeof fixed.suffix === 'string') return detail('looks-like', { example: `…${fixed.suffix}` });
      return detail('wrong-format', { format: issue.format === 'regex' || issue.format === 'starts_with' || issue.format === 'ends_with' || issue.format === 'includes' ? 'pattern' : issue.format });
    }
    case 'unrecognized_keys':
      return detail('unknown-keys', { keys: issue.keys.slice(0, 12).map((k) => k.slice(0, 60)) });
    default:
      return detail('invalid');
  }
}

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}
