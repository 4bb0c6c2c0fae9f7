import { AssessmentDamagedError, AssessmentNotFoundError, storageFailure, technicalDetail, type StorageFailure } from '../../db';
import { problemLine, problemText } from '../../words/problems';
import { ChangeRefusedError, ProblemError } from '../../domain';
import { refusalWords } from './refusals';
import { defineMessage, defineMessages, type MessageDescriptor } from '../../i18n/format';
import type { IntlShape } from '../../i18n/react';

/** Plain words for a failed read or write: what happened, that earlier work is safe, what to do. */
export interface StorageMessage {
  /** One sentence: what went wrong, for a title or a status line. */
  problem: string;
  /** What to do about it. */
  advice: string;
  /** The browser's own words, folded away under "Technical details". */
  detail: string;
}

const PROBLEMS: Record<StorageFailure, { problem: MessageDescriptor; advice: MessageDescriptor }> = {
  quota: defineMessages({
    problem: { defaultMessage: 'this device’s storage is full.', description: 'Storage failure (completes “Not saved: …”)' },
    advice: { defaultMessage: 'Export a backup now. Then free some space (delete files or other browser data) and press Retry.', description: 'What to do when storage is full' },
  }),
  aborted: defineMessages({
    problem: { defaultMessage: 'the browser stopped the save before it finished.', description: 'Storage failure (completes “Not saved: …”)' },
    advice: { defaultMessage: 'Press Retry. If it fails again, export a backup and reload the page.', description: 'What to do when the browser stopped a save' },
  }),
  closed: defineMessages({
    problem: {
      defaultMessage: 'the connection to this browser’s storage was closed (its data may have been cleared, or the app was updated in another tab).',
      description: 'Storage failure (completes “Not saved: …”)',
    },
    advice: { defaultMessage: 'Export a backup, then reload the page.', description: 'What to do when the storage connection was closed' },
  }),
  'newer-version': defineMessages({
    problem: { defaultMessage: 'a newer version of this app has changed the storage in another tab.', description: 'Storage failure (completes “Not saved: …”)' },
    advice: { defaultMessage: 'Export a backup, then reload the page to use the newer version.', description: 'What to do when a newer version changed the storage' },
  }),
  unavailable: defineMessages({
    problem: {
      defaultMessage: 'this browser does not let the app store data (a private window, or storage blocked in the browser’s settings).',
      description: 'Storage failure (completes “Not saved: …”)',
    },
    advice: {
      defaultMessage: 'Allow this site to store data, or use a normal window, then reload. Export a backup to keep what is on screen.',
      description: 'What to do when the browser does not let the app store data',
    },
  }),
  unknown: defineMessages({
    problem: { defaultMessage: 'the browser’s storage reported an error.', description: 'Storage failure (completes “Not saved: …”)' },
    advice: { defaultMessage: 'Press Retry. If it fails again, export a backup and restart the browser.', description: 'What to do after an unknown storage error' },
  }),
};

const RECORD = defineMessages({
  damaged: {
    defaultMessage: 'the stored assessment fails its checks ({problem}).',
    description: 'Storage failure (completes “Not saved: …”): the stored assessment is damaged; problem says where and what',
  },
  notFound: { defaultMessage: 'this assessment is no longer stored on this device.', description: 'Storage failure (completes “Not saved: …”): the assessment was deleted' },
  readOnly: {
    defaultMessage: 'this assessment is open for editing in another tab, so this tab cannot change it.',
    description: 'Why a change was not saved (completes “Not saved: …”): another browser tab holds the assessment',
  },
  appPart: {
    defaultMessage: 'a part of the app could not be loaded (the connection dropped, or the app was updated meanwhile).',
    description: 'Why something failed (completes “Not saved: …” or “… failed: …”): a piece of the app’s code could not be fetched',
  },
  evidenceDamaged: {
    defaultMessage: 'an evidence file in the backup does not match its SHA-256 fingerprint (it was changed or damaged), so nothing was restored.',
    description: 'Why a restore failed (completes “Nothing was changed: …”): an evidence file in the backup is damaged',
  },
  requestSent: {
    defaultMessage: 'this request was sent to vendors and can no longer change; make a new request instead.',
    description: 'Why a change was not saved (completes “… not saved: …”): the procurement request was already sent',
  },
  responseExported: {
    defaultMessage: 'this response was exported and can no longer change.',
    description: 'Why a change was not saved (completes “… not saved: …”): the vendor’s response was already exported',
  },
  notAsked: {
    defaultMessage: 'the request does not ask this question.',
    description: 'Why an answer was not saved (completes “… not saved: …”): the vendor answered a question the request does not ask',
  },
  unexpected: {
    defaultMessage: 'something unexpected went wrong in the browser.',
    description: 'Why something failed when the app cannot name the reason (completes “Not saved: …”); the browser’s own words are under Technical details where there is room',
  },
});

const ADVICE = defineMessages({
  readOnly: {
    defaultMessage: 'Make the change in the other tab, or press “Edit here instead” to edit in this one.',
    description: 'What to do when another tab holds the assessment; “Edit here instead” is the read-only banner’s button',
  },
  appPart: { defaultMessage: 'Check the connection, then reload the page.', description: 'What to do when a piece of the app could not be loaded' },
});

const OTHER_ADVICE = defineMessage({ defaultMessage: 'Export a backup, then reload the page.', description: 'What to do after a save failed for another reason' });

/** Thrown when a change is tried in a tab that only reads (another tab edits the assessment). */
export class ReadOnlyTabError extends Error {
  constructor() {
    super('This assessment is open for editing in another tab; this one is read-only.');
    this.name = 'ReadOnlyTabError';
  }
}

// What browsers say when a lazily loaded piece of the app cannot be fetched (Chromium, Firefox, Safari).
const APP_PART_FAILED = /dynamically imported module|Importing a module script failed|Failed to fetch dynamically|Unable to preload CSS/i;

/**
 * In the chosen language, whatever failed: a storage failure, a refusal, a damaged or missing
 * record, a problem with a code, or a piece of the app that could not load. Anything else is
 * said to be unexpected; the browser's own (English) words are only ever in `detail`.
 */
export function storageMessage(cause: unknown, intl: IntlShape): StorageMessage {
  const code = storageFailure(cause);
  const detail = technicalDetail(cause);
  if (code) return { problem: intl.formatMessage(PROBLEMS[code].problem), advice: intl.formatMessage(PROBLEMS[code].advice), detail };
  if (cause instanceof ChangeRefusedError) return { ...refusalWords(cause.code, intl), detail };
  if (cause instanceof AssessmentDamagedError) {
    const first = cause.problems[0];
    return { problem: intl.formatMessage(RECORD.damaged, { problem: first ? problemLine(intl, first) : '' }), advice: intl.formatMessage(OTHER_ADVICE), detail };
  }
  if (cause instanceof ProblemError) return { problem: problemText(intl, cause.problem), advice: intl.formatMessage(OTHER_ADVICE), detail };
  if (cause instanceof AssessmentNotFoundError) return { problem: intl.formatMessage(RECORD.notFound), advice: intl.formatMessage(OTHER_ADVICE), detail };
  // By name: the procurement code loads only with its screens.
  const byName: Partial<Record<string, MessageDescriptor>> = { RequestFrozenError: RECORD.requestSent, ResponseExportedError: RECORD.responseExported, NotAskedError: RECORD.notAsked };
  const named = cause instanceof Error ? byName[cause.name] : undefined;
  if (named) return { problem: intl.formatMessage(named), advice: intl.formatMessage(OTHER_ADVICE), detail };
  // By name: the procurement backup code loads only with a restore.
  if (cause instanceof Error && cause.name === 'EvidenceBackupDamagedError') return { problem: intl.formatMessage(RECORD.evidenceDamaged), advice: intl.formatMessage(OTHER_ADVICE), detail };
  if (cause instanceof ReadOnlyTabError) return { problem: intl.formatMessage(RECORD.readOnly), advice: intl.formatMessage(ADVICE.readOnly), detail };
  if (cause instanceof Error && APP_PART_FAILED.test(cause.message)) return { problem: intl.formatMessage(RECORD.appPart), advice: intl.formatMessage(ADVICE.appPart), detail };
  return { problem: intl.formatMessage(RECORD.unexpected), advice: intl.formatMessage(OTHER_ADVICE), detail };
}

/** Why something failed, as a lower-case sentence in the chosen language (for “Not saved: …” and the like). */
export const failureReason = (cause: unknown, intl: IntlShape): string => storageMessage(cause, intl).problem;
