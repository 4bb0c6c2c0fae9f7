import type { ResponseCheckCode, ResponseCheckFailure } from '../../domain/procurement';
import type { ResponseStoreProblem } from '../../db/procurements';

/**
 * The words for every reason a vendor's response is refused on import: the domain's
 * check codes (src/domain/procurement/verifyResponse.ts) and the store's. `at` is the
 * place the domain names (a question, a file hash, a trail event, an archive entry).
 */
const CHECK_WORDS: Record<ResponseCheckCode, (at: string) => string> = {
  'container-unreadable': () => 'The file is not a response archive (.hrba.zip): it cannot be read as a ZIP file.',
  'container-entry-unexpected': (at) => `The archive holds a file that has no place in a response (“${at}”), so it was not opened.`,
  'container-entry-twice': (at) => `The archive holds “${at}” twice, so it is not clear which one the vendor meant.`,
  'container-too-many-files': () => 'The archive holds more than 100 evidence files, the most a response may carry.',
  'container-too-large': () => 'The archive unpacks to more than 300 MB, more than a response may hold.',
  'container-manifest-missing': () => 'The archive holds no response (hrba-response.json is missing).',
  'container-manifest-unreadable': () => 'The response inside the archive is not UTF-8 text.',
  'evidence-too-large': (at) => `An evidence file (${at}) is larger than 25 MB, the most one file may be.`,
  'manifest-invalid': () => 'The response inside the archive is not a valid response file:',
  'response-unsigned': () => 'Nobody signed this response, so nothing proves which vendor sent it. Ask the vendor to sign it, or choose to accept unsigned responses.',
  'signature-invalid': () => 'The signature does not match the response: its answers or its list of evidence files changed after it was signed.',
  'bound-to-other-request': () => 'This response answers a different request (or a different version of this one), not this procurement’s.',
  'checklist-differs': () => 'The response was made with a different checklist version than the request.',
  'answer-not-requested': (at) => `The response answers ${at}, a question this request does not ask.`,
  'evidence-not-requested': (at) => `The response attaches evidence to ${at}, a question this request does not ask.`,
  'trail-broken': (at) => `The response’s change trail is broken at event ${at}: its history was altered.`,
  'evidence-missing': (at) => `An evidence file the response lists is not in the archive (${short(at)}).`,
  'evidence-hash-mismatch': (at) => `An evidence file is not the one the response lists: its SHA-256 differs (${short(at)}). It was swapped or damaged.`,
  'evidence-size-mismatch': (at) => `An evidence file’s size differs from the size the response lists (${short(at)}).`,
  'evidence-unlisted': (at) => `The archive holds an evidence file the response does not list (${short(at)}).`,
};

const short = (hash: string) => (hash.startsWith('sha256:') ? `${hash.slice(0, 19)}…` : hash);

export function responseCheckText(failure: ResponseCheckFailure): string {
  return CHECK_WORDS[failure.code](failure.at ?? '');
}

export const STORE_PROBLEM_TEXT: Record<ResponseStoreProblem, string> = {
  'not-verified': 'The response was not verified, so it was not stored.',
  'unknown-procurement': 'This procurement no longer exists on this device.',
  'not-sent': 'This request has not been sent, or the response names another version of it.',
  'already-imported': 'This response (this vendor’s revision) is already imported.',
  'previous-revision-missing': 'This is a later revision of a response whose earlier revision is not imported here; import that one first.',
  'not-next-number': 'This revision does not follow the latest one imported from this vendor.',
  'different-parent': 'This revision names a different earlier revision than the one imported here.',
  'parent-hash-differs': 'This revision’s earlier revision differs from the one imported here: round 1 would be rewritten.',
  'other-vendor': 'This revision comes from a different vendor organisation than the revision it follows.',
};
