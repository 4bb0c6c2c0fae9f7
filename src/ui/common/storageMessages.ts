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
});

const OTHER_ADVICE = defineMessage({ defaultMessage: 'Export a backup, then reload the page.', description: 'What to do after a save failed for another reason' });

/**
 * In the chosen language. A failure the app cannot name (neither a storage failure nor a
 * refusal) shows its own message, which is the domain's English.
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
  const message = cause instanceof Error ? cause.message : String(cause);
  return { problem: message.endsWith('.') ? message : `${message}.`, advice: intl.formatMessage(OTHER_ADVICE), detail };
}
