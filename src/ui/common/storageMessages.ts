import { storageFailure, technicalDetail, type StorageFailure } from '../../db';
import { ChangeRefusedError } from '../../domain';
import { refusalWords } from './refusals';

/** Plain words for a failed read or write: what happened, that earlier work is safe, what to do. */
export interface StorageMessage {
  /** One sentence: what went wrong, for a title or a status line. */
  problem: string;
  /** What to do about it. */
  advice: string;
  /** The browser's own words, folded away under "Technical details". */
  detail: string;
}

const PROBLEMS: Record<StorageFailure, { problem: string; advice: string }> = {
  quota: {
    problem: 'this device’s storage is full.',
    advice: 'Export a backup now. Then free some space (delete files or other browser data) and press Retry.',
  },
  aborted: {
    problem: 'the browser stopped the save before it finished.',
    advice: 'Press Retry. If it fails again, export a backup and reload the page.',
  },
  closed: {
    problem: 'the connection to this browser’s storage was closed (its data may have been cleared, or the app was updated in another tab).',
    advice: 'Export a backup, then reload the page.',
  },
  'newer-version': {
    problem: 'a newer version of this app has changed the storage in another tab.',
    advice: 'Export a backup, then reload the page to use the newer version.',
  },
  unavailable: {
    problem: 'this browser does not let the app store data (a private window, or storage blocked in the browser’s settings).',
    advice: 'Allow this site to store data, or use a normal window, then reload. Export a backup to keep what is on screen.',
  },
  unknown: {
    problem: 'the browser’s storage reported an error.',
    advice: 'Press Retry. If it fails again, export a backup and restart the browser.',
  },
};

export function storageMessage(cause: unknown): StorageMessage {
  const code = storageFailure(cause);
  const detail = technicalDetail(cause);
  if (code) return { ...PROBLEMS[code], detail };
  if (cause instanceof ChangeRefusedError) return { ...refusalWords(cause.code), detail };
  const message = cause instanceof Error ? cause.message : String(cause);
  return { problem: message.endsWith('.') ? message : `${message}.`, advice: 'Export a backup, then reload the page.', detail };
}
