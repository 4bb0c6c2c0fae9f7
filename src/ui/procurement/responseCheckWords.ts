import type { ResponseCheckCode, ResponseCheckFailure } from '../../domain/procurement';
import type { ResponseStoreProblem } from '../../db/procurements';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import type { IntlShape } from '../../i18n/react';
import { isolate } from './codeMessages';

/**
 * The words for every reason a vendor's response is refused on import: the domain's
 * check codes (src/domain/procurement/verifyResponse.ts) and the store's. `{at}` is the
 * place the domain names (a question, a file hash, a trail event, an archive entry).
 */
const CHECK_MESSAGES: Record<ResponseCheckCode, MessageDescriptor> = defineMessages({
  'container-unreadable': { defaultMessage: 'The file is not a response archive (.hrba.zip): it cannot be read as a ZIP file.', description: 'Response import refused: not a ZIP file' },
  'container-entry-unexpected': {
    defaultMessage: 'The archive holds a file that has no place in a response (“{at}”), so it was not opened.',
    description: 'Response import refused: {at} is the name of an unexpected file in the archive',
  },
  'container-entry-twice': { defaultMessage: 'The archive holds “{at}” twice, so it is not clear which one the vendor meant.', description: 'Response import refused: {at} is a file name found twice' },
  'container-too-many-files': { defaultMessage: 'The archive holds more than 100 evidence files, the most a response may carry.', description: 'Response import refused' },
  'container-too-large': { defaultMessage: 'The archive unpacks to more than 300 MB, more than a response may hold.', description: 'Response import refused' },
  'container-manifest-missing': { defaultMessage: 'The archive holds no response (hrba-response.json is missing).', description: 'Response import refused; keep hrba-response.json' },
  'container-manifest-unreadable': { defaultMessage: 'The response inside the archive is not UTF-8 text.', description: 'Response import refused' },
  'evidence-too-large': { defaultMessage: 'An evidence file ({at}) is larger than 25 MB, the most one file may be.', description: 'Response import refused: {at} names the file' },
  'manifest-invalid': { defaultMessage: 'The response inside the archive is not a valid response file:', description: 'Response import refused; a list of problems follows' },
  'response-unsigned': {
    defaultMessage: 'Nobody signed this response, so nothing proves which vendor sent it. Ask the vendor to sign it, or choose to accept unsigned responses.',
    description: 'Response import refused: the response is not signed',
  },
  'signature-invalid': {
    defaultMessage: 'The signature does not match the response: its answers or its list of evidence files changed after it was signed.',
    description: 'Response import refused: changed after signing',
  },
  'bound-to-other-request': {
    defaultMessage: 'This response answers a different request (or a different version of this one), not this procurement’s.',
    description: 'Response import refused: it answers another request',
  },
  'checklist-differs': { defaultMessage: 'The response was made with a different checklist version than the request.', description: 'Response import refused' },
  'answer-not-requested': { defaultMessage: 'The response answers {at}, a question this request does not ask.', description: 'Response import refused: {at} is a question id such as DEP-03' },
  'evidence-not-requested': {
    defaultMessage: 'The response attaches evidence to {at}, a question this request does not ask.',
    description: 'Response import refused: {at} is a question id such as DEP-03',
  },
  'trail-broken': { defaultMessage: 'The response’s change trail is broken at event {at}: its history was altered.', description: 'Response import refused: {at} is the number of an event in the change trail' },
  'evidence-missing': { defaultMessage: 'An evidence file the response lists is not in the archive ({at}).', description: 'Response import refused: {at} is the start of the file’s SHA-256 hash' },
  'evidence-hash-mismatch': {
    defaultMessage: 'An evidence file is not the one the response lists: its SHA-256 differs ({at}). It was swapped or damaged.',
    description: 'Response import refused: {at} is the start of the file’s SHA-256 hash',
  },
  'evidence-size-mismatch': {
    defaultMessage: 'An evidence file’s size differs from the size the response lists ({at}).',
    description: 'Response import refused: {at} is the start of the file’s SHA-256 hash',
  },
  'evidence-unlisted': { defaultMessage: 'The archive holds an evidence file the response does not list ({at}).', description: 'Response import refused: {at} is the start of the file’s SHA-256 hash' },
});

const short = (hash: string) => (hash.startsWith('sha256:') ? `${hash.slice(0, 19)}…` : hash);

export function responseCheckText(intl: Pick<IntlShape, 'formatMessage' | 'dir'>, failure: ResponseCheckFailure): string {
  return intl.formatMessage(CHECK_MESSAGES[failure.code], { at: isolate(intl, short(failure.at ?? '')) });
}

export const STORE_PROBLEM_MESSAGES: Record<ResponseStoreProblem, MessageDescriptor> = defineMessages({
  'not-verified': { defaultMessage: 'The response was not verified, so it was not stored.', description: 'Response import refused by the store' },
  'unknown-procurement': { defaultMessage: 'This procurement no longer exists on this device.', description: 'Response import refused by the store' },
  'not-sent': { defaultMessage: 'This request has not been sent, or the response names another version of it.', description: 'Response import refused by the store' },
  'already-imported': { defaultMessage: 'This response (this vendor’s revision) is already imported.', description: 'Response import refused by the store' },
  'previous-revision-missing': {
    defaultMessage: 'This is a later revision of a response whose earlier revision is not imported here; import that one first.',
    description: 'Response import refused by the store',
  },
  'not-next-number': { defaultMessage: 'This revision does not follow the latest one imported from this vendor.', description: 'Response import refused by the store' },
  'different-parent': { defaultMessage: 'This revision names a different earlier revision than the one imported here.', description: 'Response import refused by the store' },
  'parent-hash-differs': {
    defaultMessage: 'This revision’s earlier revision differs from the one imported here: round 1 would be rewritten.',
    description: 'Response import refused by the store',
  },
  'other-vendor': { defaultMessage: 'This revision comes from a different vendor organisation than the revision it follows.', description: 'Response import refused by the store' },
});
