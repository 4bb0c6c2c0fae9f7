import type { ProblemCode, ProblemDetail } from '../domain/problems';
import { defineMessages, formatMessage, type MessageDescriptor } from '../i18n/format';
import type { IntlShape } from '../i18n/react';

/**
 * The words for every problem code of src/domain/problems.ts: the screens say them in the
 * chosen language (`problemText(intl, …)`), the CLI in English (`englishProblemText`). One
 * message per code, a whole sentence, so translators see what they translate.
 */
const MESSAGES: Record<ProblemCode, MessageDescriptor> = defineMessages({
  required: { defaultMessage: 'Fill this in.', description: 'Problem: a required value is empty' },
  'text-too-long': { defaultMessage: 'Use at most {max, number} characters.', description: 'Problem: a text is too long; max is the limit in characters' },
  'text-too-short': { defaultMessage: 'Use at least {min, number} characters.', description: 'Problem: a text is too short; min is the least number of characters' },
  'too-many': {
    defaultMessage: '{max, plural, =0 {This list must be empty here.} one {There may be at most # entry here.} other {There may be at most # entries here.}}',
    description: 'Problem: a list has too many entries; max is the limit (0: the list must be empty)',
  },
  'too-few': {
    defaultMessage: '{min, plural, one {At least # entry is needed here.} other {At least # entries are needed here.}}',
    description: 'Problem: a list has too few entries; min is the least number',
  },
  'number-too-large': { defaultMessage: 'Use a number no greater than {max, number}.', description: 'Problem: a number is too large' },
  'number-too-small': { defaultMessage: 'Use a number no smaller than {min, number}.', description: 'Problem: a number is too small' },
  'wrong-type': {
    defaultMessage:
      '{expected, select, string {Expected text here.} number {Expected a number here.} boolean {Expected true or false here.} object {Expected an object (named fields) here.} array {Expected a list here.} other {Expected a value of type {expected} here.}}',
    description: 'Problem: a value in a file has the wrong type; expected is a JSON type code, shown as is in the last case',
  },
  'not-allowed-value': { defaultMessage: 'Expected one of: {allowed}.', description: 'Problem: a value is not one of the allowed ones; allowed is a list of code words, shown as is' },
  'wrong-format': {
    defaultMessage:
      '{format, select, email {Expected an email address.} url {Expected a web address.} datetime {Expected a date and time such as 2026-01-31T12:00:00Z.} date {Expected a date as YYYY-MM-DD.} uuid {Expected an identifier (a UUID).} pattern {This is not in the expected form.} other {Expected the format “{format}”.}}',
    description: 'Problem: a text is not in the expected format; format is a code word, shown as is in the last case',
  },
  'unknown-keys': { defaultMessage: 'Has fields this version does not know: {keys}.', description: 'Problem: an object in a file has unknown field names (code words, shown as is)' },
  'looks-like': { defaultMessage: 'Expected something like {example}.', description: 'Problem: a text is not in the expected form; example is a sample value such as CON-01, keep it' },
  'hex-digits': {
    defaultMessage:
      '{prefix, select, sha256 {Expected “sha256:” followed by {digits, number} hexadecimal digits (0–9 and a–f).} other {Expected {digits, number} hexadecimal digits (0–9 and a–f).}}',
    description: 'Problem: a hash or fingerprint is not in its form; sha256: is a fixed code word, keep it',
  },
  'reserved-empty': {
    defaultMessage: 'This field is kept for a later version of the app and must be empty in this one.',
    description: 'Problem: a file fills a field reserved for a later version (such as evidence files in a backup)',
  },
  invalid: { defaultMessage: 'This value is not valid here.', description: 'Problem: a value is invalid (no more precise reason is known)' },
  'count-over-limit': {
    defaultMessage: '{count, plural, one {Has # entry} other {Has # entries}}; {max, plural, one {at most # is allowed.} other {at most # are allowed.}}',
    description: 'Problem: a list in a file has more entries than allowed',
  },
  'duplicate-id': {
    defaultMessage: 'The id “{id}” is used twice (also at position {first, number}); ids must be unique.',
    description: 'Problem: an id is used twice in a list; first is the position (counted from 0) of its first use',
  },
  'not-checked-after': {
    defaultMessage: '{count, plural, one {The # entry after position {index, number} was not checked: fix the ones above first.} other {The # entries after position {index, number} were not checked: fix the ones above first.}}',
    description: 'Problem: checking a long list stopped after a few bad entries; index is a position counted from 0',
  },
  'duplicate-value': { defaultMessage: '“{value}” is listed twice.', description: 'Problem: the same value appears twice in a list' },
  duplicates: { defaultMessage: 'The same value is listed twice.', description: 'Problem: a list names the same value twice' },
  missing: {
    defaultMessage:
      '{what, select, product_name {Give the product a name.} evidence_label {Describe the evidence.} question {Write the question.} buying_organisation {Name the buying organisation.} your_organisation {Name your organisation.} procurement_title {Give the procurement a title.} condition_title {Give the condition a title.} condition_text {Write the condition.} decision_reasons {Give the reasons for the decision.} approved_vendor {Choose the vendor you approve.} file_name {Name the file.} action_description {Describe the action.} tradeoff {Say what is traded off against what.} stakeholder {Say who was consulted.} benefit {Describe the benefit.} signer_name {Enter your name as it should appear on signatures.} finding_title {Give the finding a title.} clarification {Say what the vendor should clarify.} acceptance_reason {Say why the risk is accepted.} audit_basis {Say why: a qualified, adverse or disclaimed opinion needs its basis in words.} other {Fill this in.}}',
    description: 'Problem: a required field is empty; each case asks for what that field holds',
  },
  'text-direction-control': {
    defaultMessage: 'Contains a hidden direction control ({char}) that makes text display in a different order than it is stored; remove it.',
    description: 'Problem: a text contains an invisible bidirectional control character; char is its code point such as U+202E',
  },
  'text-control-character': { defaultMessage: 'Contains a control character ({char}); remove it.', description: 'Problem: a text contains a control character; char is its code point' },
  'text-invisible-only': {
    defaultMessage: 'Has only invisible characters (such as zero-width spaces); write visible text or leave it empty.',
    description: 'Problem: a text is made only of invisible characters',
  },
  'link-not-web': { defaultMessage: 'A link must be a web address starting with https:// or http://.', description: 'Problem: an evidence link is not a web address' },
  'email-not-ascii': {
    defaultMessage: 'Enter an email address such as name@example.org (letters without accents).',
    description: 'Problem: an email address for a certificate is not valid (it must be plain ASCII)',
  },
  'file-name-has-slash': { defaultMessage: 'A file name may not contain / or \\.', description: 'Problem: a file name contains a slash or backslash' },
  'choose-answer': { defaultMessage: 'Choose an answer.', description: 'Problem: a profile question has no answer chosen' },
  'choose-listed-options': { defaultMessage: 'Choose from the listed options.', description: 'Problem: a profile answer is not one of the listed options' },
  'file-too-large': {
    defaultMessage: 'The file is {megabytes, number, ::.0} MB; the limit is {max, number} MB.',
    description: 'Problem: a file is too large; MB means megabytes',
  },
  'file-utf32': { defaultMessage: 'The file is UTF-32 text, which this tool does not read; save it as UTF-8.', description: 'Problem: a file is in the UTF-32 encoding' },
  'file-no-bom': {
    defaultMessage: 'The file looks like UTF-16 or UTF-32 text without a byte-order mark; save it as UTF-8.',
    description: 'Problem: a file seems to be in UTF-16 or UTF-32 without a byte-order mark',
  },
  'file-not-utf8': {
    defaultMessage: 'The file is not UTF-8 text (it may be Latin-1, Windows-1252 or a binary file); save it as UTF-8.',
    description: 'Problem: a file is not valid UTF-8 text',
  },
  'file-bad-utf16': {
    defaultMessage: '{endian, select, little {The file says it is UTF-16 (little-endian) text but contains bytes that are not; save it again as UTF-8.} other {The file says it is UTF-16 (big-endian) text but contains bytes that are not; save it again as UTF-8.}}',
    description: 'Problem: a file marked as UTF-16 contains invalid bytes',
  },
  'file-empty': { defaultMessage: 'The file is empty; expected a JSON file of kind {kind}.', description: 'Problem: a file is empty; kind is a code word such as hrba.assessment, shown as is' },
  'file-not-json': {
    defaultMessage: 'The file is not valid JSON: {detail}',
    description: 'Problem: a file is not valid JSON; detail is the JSON reader’s own technical words',
  },
  'file-not-object': { defaultMessage: 'Expected a JSON object of kind {kind}.', description: 'Problem: a file holds JSON but not an object; kind is a code word, shown as is' },
  'json-too-many-values': {
    defaultMessage: 'The file holds more than {max, number} values; no file of this tool is that large.',
    description: 'Problem: a JSON file holds too many values',
  },
  'json-duplicate-key': {
    defaultMessage: 'Has the key “{key}” twice; each entry may appear once (the second would silently replace the first).',
    description: 'Problem: a JSON object in a file has the same key twice',
  },
  'json-too-many-entries': {
    defaultMessage: '{entries, select, elements {Has more than {max, number} elements; no list in a file of this tool has that many.} other {Has more than {max, number} keys; no map in a file of this tool has that many.}}',
    description: 'Problem: a list or map in a JSON file is too long',
  },
  'json-too-deep': {
    defaultMessage: 'Is nested more than {max, number} levels deep; no field of a file of this tool is.',
    description: 'Problem: a JSON file is nested too deeply',
  },
  'kind-missing': {
    defaultMessage: 'The kind is missing: expected {expected} (is this an HRBA@Tech file?).',
    description: 'Problem: a file does not say its kind; expected lists kind code words, shown as is',
  },
  'kind-not-text': {
    defaultMessage: '{found, select, null {The kind is null} list {The kind is a list} number {The kind is a number} boolean {The kind is true or false} other {The kind is an object}}; expected {expected} as text.',
    description: 'Problem: a file’s kind is not text; expected lists kind code words, shown as is',
  },
  'kind-unknown': {
    defaultMessage: 'The kind “{found}” is not one this version reads; expected {expected}.',
    description: 'Problem: a file is of a kind this version does not read; found and expected are code words',
  },
  'kind-single-assessment': {
    defaultMessage: 'This is a single assessment (hrba.assessment), not a backup; import it from the home page.',
    description: 'Problem: an assessment file was given where a backup was expected',
  },
  'version-not-whole': { defaultMessage: 'The format version must be a whole number.', description: 'Problem: a file’s format version is not a whole number' },
  'version-below-one': { defaultMessage: 'The format version is {found, number}; versions start at 1.', description: 'Problem: a file’s format version is below 1' },
  'version-newer': {
    defaultMessage: 'The version is {found, number}, made by a newer version of the tool; this version reads up to {max, number}.',
    description: 'Problem: a file or stored record was made by a newer version of the tool',
  },
  'version-unsupported': {
    defaultMessage: 'The format version is {found}; this version reads {kind} files of format version {version, number}.',
    description: 'Problem: a package has a format version this version does not read; kind is a code word',
  },
  'checklist-unknown': {
    defaultMessage: 'Uses checklist “{id}”, which this installation does not have.',
    description: 'Problem: an imported file uses a checklist this installation does not have; id is a code word',
  },
  'checklist-version-unknown': {
    defaultMessage: 'Uses {id} version {version}; this installation has {available}.',
    description: 'Problem: an imported file uses a checklist version this installation does not have; available lists versions',
  },
  'checklist-content-differs': {
    defaultMessage: 'Uses {id} {version} with different content (hash {hash}); it may have been edited.',
    description: 'Problem: an imported file’s checklist has the right version but different content',
  },
  'clause-library-unknown': {
    defaultMessage: 'Uses version {version} of the clause library; this installation has {available}.',
    description: 'Problem: a decision names a clause library version this installation does not have; available lists versions',
  },
  'checklist-mismatch': {
    defaultMessage: 'Names checklist {named}, but the assessment was made with {used}.',
    description: 'Problem: a file names one checklist version but its assessment uses another (both are code words with versions)',
  },
  'question-unknown': {
    defaultMessage: 'Names question “{id}”, which {checklist} does not have.',
    description: 'Problem: a file answers or asks a question its checklist does not have; checklist is an id and version',
  },
  'finding-on-unknown-question': {
    defaultMessage: 'Is a finding on a question that {checklist} does not have.',
    description: 'Problem: a finding in a file is on a question its checklist does not have',
  },
  'finding-unknown': {
    defaultMessage: 'Links to finding “{key}”, which this assessment does not have.',
    description: 'Problem: an action in a file links to a finding that does not exist',
  },
  'profile-question-unknown': {
    defaultMessage: 'Is not a profile question of {checklist}.',
    description: 'Problem: a file answers a profile question its checklist does not have',
  },
  'profile-option-unknown': {
    defaultMessage: '“{value}” is not one of its options ({options}).',
    description: 'Problem: a profile answer in a file is not one of the question’s options (code words, shown as is)',
  },
  'profile-wrong-type': {
    defaultMessage: '{expected, select, boolean {Expected yes or no (true or false).} text {Expected text.} single {Expected one option.} other {Expected a list of options.}}',
    description: 'Problem: a profile answer in a file has the wrong type',
  },
  'trail-broken': {
    defaultMessage:
      '{problem, select, altered {Event {seq, number} was changed after it was recorded.} inserted {Event {seq, number} was inserted into the trail.} removed {Event {seq, number} follows an event that was removed.} reordered {Event {seq, number} is out of order.} out_of_sequence {Event {seq, number} has the wrong sequence number.} not_a_start {Event {seq, number} names a predecessor, but no event comes before it.} other {Event {seq, number} is not the last event the signature or import names; events after it were removed or replaced.}}',
    description: 'Problem: the history (trail) of an imported file is broken at an event; seq is its number',
  },
  'change-wrong-assessment': {
    defaultMessage: 'Is {found}, but the entry is assessment {expected}.',
    description: 'Problem: a change in a backup names another assessment than the one it belongs to (ids)',
  },
  'response-mode': {
    defaultMessage: 'Is “{mode}”; a response carries a vendor-response assessment.',
    description: 'Problem: a vendor response file holds an assessment of the wrong mode (code words)',
  },
  'request-no-questions': { defaultMessage: 'A request asks at least one question.', description: 'Problem: a procurement request asks no question' },
  'mandatory-not-asked': { defaultMessage: '“{key}” is marked mandatory but is not asked.', description: 'Problem: a request marks a question mandatory that it does not ask' },
  'deal-breaker-not-asked': { defaultMessage: '“{key}” is marked a deal-breaker but is not asked.', description: 'Problem: a request marks a question a deal-breaker that it does not ask' },
  'custom-question-in-items': {
    defaultMessage: '“{id}” is a custom question id; list it under customQuestions.',
    description: 'Problem: a request lists a custom question among checklist items (customQuestions is a field name, keep it)',
  },
  'deal-breaker-no-trigger': {
    defaultMessage: 'A deal-breaker needs at least one answer that raises it; otherwise it is not a deal-breaker.',
    description: 'Problem: a deal-breaker names no answer that raises it',
  },
  'clarification-no-questions': { defaultMessage: 'A clarification round asks at least one question.', description: 'Problem: a clarification file asks no question' },
  'conditions-missing': { defaultMessage: 'An approval with conditions needs at least one condition.', description: 'Problem: a decision approves with conditions but has none' },
  'conditions-not-allowed': { defaultMessage: 'Only an approval with conditions carries conditions.', description: 'Problem: a decision that is not an approval with conditions has conditions' },
  'rejection-accepts-red-flag': { defaultMessage: 'A rejection accepts no red flag.', description: 'Problem: a rejection decision accepts red flags' },
  'evidence-twice': { defaultMessage: 'Lists the same file for {key} twice.', description: 'Problem: a vendor response lists the same evidence file twice for a question' },
  'base64-expected': { defaultMessage: 'Expected base64 text.', description: 'Problem: a value in an encrypted backup is not base64 (a technical encoding; keep the word)' },
  'bytes-expected': { defaultMessage: '{bytes, plural, one {Expected # byte.} other {Expected # bytes.}}', description: 'Problem: a value in an encrypted backup has the wrong length' },
  'passphrase-needed': { defaultMessage: 'This backup is encrypted: enter its passphrase.', description: 'Problem: an encrypted backup needs its passphrase' },
  'passphrase-wrong': { defaultMessage: 'That passphrase does not open this backup.', description: 'Problem: the passphrase given does not open an encrypted backup' },
  'written-by-newer': {
    defaultMessage: 'Version {version, number} was written by a newer version of this app; this version reads up to {max, number}.',
    description: 'Problem: a stored assessment was written by a newer version of the app',
  },
  'import-cancelled': { defaultMessage: 'The file was not imported: the import was cancelled.', description: 'Problem: an import was cancelled' },
  'import-not-waiting': { defaultMessage: 'No import is waiting for a choice; choose the file again.', description: 'Problem: a choice was made for an import that is no longer waiting' },
  'import-stopped': {
    defaultMessage: 'The file could not be checked: the import stopped. {detail}',
    description: 'Problem: the import worker stopped; detail is the browser’s own technical words (may be empty)',
  },
  'file-unreadable': { defaultMessage: 'The file could not be read: {detail}', description: 'Problem: a file could not be read; detail is the browser’s own technical words' },
  'path-is-directory': { defaultMessage: 'This is a directory, not a file.', description: 'Problem (command line): the path given is a directory' },
  'path-not-regular': { defaultMessage: 'This is not a regular file.', description: 'Problem (command line): the path given is a pipe or device, not a file' },
  'file-unwritable': { defaultMessage: 'The file cannot be written: {detail}', description: 'Problem (command line): an output file cannot be written; detail is the system’s error code' },
  'revision-locked': {
    defaultMessage: 'This revision is locked (signed), so it cannot change. Nothing was written.',
    description: 'Problem: a change to a locked (signed) revision was refused',
  },
  'restore-failed': { defaultMessage: 'Nothing was changed: {detail}', description: 'Problem: restoring a backup failed while storing; detail is the browser’s own technical words' },
  'storage-failed': {
    defaultMessage: 'The assessment could not be stored: {detail}',
    description: 'Problem: storing an imported assessment failed; detail is the browser’s own technical words',
  },
});

/** What the words need of a language: `useIntl()` in a component, `intlFor(…)` elsewhere. */
export type ProblemIntl = Pick<IntlShape, 'formatMessage' | 'formatList'>;

const LIST_TYPE: Partial<Record<string, Intl.ListFormatType>> = { keys: 'conjunction', available: 'disjunction', expected: 'disjunction', allowed: 'disjunction', options: 'conjunction' };

const SELECT_KEYS = new Set(['what', 'problem']);

/** The problem as one sentence in the language of `intl`. */
export function problemText(intl: ProblemIntl, found: ProblemDetail): string {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries((found.values ?? {}) as Record<string, unknown>)) {
    if (Array.isArray(value)) values[key] = intl.formatList(value as string[], { type: LIST_TYPE[key] ?? 'conjunction' });
    // ICU select cases cannot hold hyphens: the catalogue writes a code's hyphens as underscores.
    else values[key] = SELECT_KEYS.has(key) && typeof value === 'string' ? value.replace(/-/g, '_') : (value as string | number);
  }
  return intl.formatMessage(MESSAGES[found.code], values).trim();
}

/** A path as people read it: "answers › CON-04 › notes" (indexes stay as the file writes them). */
export function problemPath(path: string): string {
  return path.split(/\.(?![^[]*\])/).join(' › ');
}

const LINE = defineMessages({
  at: { defaultMessage: '{path}: {problem}', description: 'A problem found in a file or form: where it is (field names as the file holds them), then what it is' },
});

/** "answers › CON-04 › notes: Use at most 2,000 characters.", or the sentence alone for the whole file. */
export function problemLine(intl: ProblemIntl, found: ProblemDetail & { path: string }): string {
  const text = problemText(intl, found);
  // The path is Latin field names: isolated, so it keeps its order inside a right-to-left sentence.
  return found.path ? intl.formatMessage(LINE.at, { path: `\u2068${problemPath(found.path)}\u2069`, problem: text }) : text;
}

const ENGLISH_INTL: ProblemIntl = {
  formatMessage: (descriptor, values) => {
    // The descriptor is one of MESSAGES or LINE above, defined (and extracted) with its description.
    // eslint-disable-next-line formatjs/enforce-description, formatjs/enforce-default-message
    const out = formatMessage({ locale: 'en', messages: {} }, descriptor, values);
    return Array.isArray(out) ? out.join('') : String(out);
  },
  formatList: (items, options) => new Intl.ListFormat('en', { type: 'conjunction', ...options }).format(items),
};

/** Problems as the CLI's JSON output gives them: where, the code and values, and the English sentence. */
export function jsonProblems(problems: readonly (ProblemDetail & { path: string })[]) {
  return problems.map((p) => ({ path: p.path, code: p.code, values: p.values ?? {}, message: problemText(ENGLISH_INTL, p) }));
}

/** The problem in English, as the CLI prints it: `path: sentence`, or the sentence alone for the whole file. */
export function englishProblemText(found: ProblemDetail & { path?: string }): string {
  const text = problemText(ENGLISH_INTL, found);
  return found.path ? `${found.path}: ${text}` : text;
}
