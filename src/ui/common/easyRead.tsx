import { useCallback, useSyncExternalStore } from 'react';
import type { AnswerStatus } from '../../domain';
import { FormattedMessage } from '../../i18n/react';

/**
 * The global "Easy read" switch. It is a preference of the person, not of an assessment,
 * so it lives in localStorage (remembered across visits) rather than in IndexedDB; where
 * storage is unavailable it still works for the session.
 */
const KEY = 'hrba.easyRead';
const listeners = new Set<() => void>();
let fallback = false;

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return fallback;
  }
}

function write(on: boolean): void {
  fallback = on;
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Private modes may refuse storage: the switch then lasts for this visit only.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useEasyRead(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, read, () => false);
  return [on, useCallback(write, [])];
}

/** Answer labels in easy-read words. */
export const EASY_ANSWER_LABELS: Record<AnswerStatus, string> = {
  yes: 'Yes',
  partial: 'Partly, not fully',
  no: 'No',
  'not-applicable': 'This does not fit us',
  unknown: 'I don’t know',
};

/** Headings of an item's guidance, in the usual and the easy-read wording. */
export const GUIDANCE_HEADINGS = {
  plain: { why: 'Why it matters', details: 'What good looks like and the evidence an auditor would ask for', good: 'What good looks like', evidence: 'Evidence an auditor would ask for', sources: 'Sources and principles' },
  easy: { why: 'Why we ask this', details: 'What good looks like and what proof to show', good: 'What good looks like', evidence: 'Papers or proof you can show', sources: 'Where this question comes from' },
} as const;

export function EasyReadSwitch() {
  const [on, set] = useEasyRead();
  return (
    <button type="button" className="link-button easy-read-switch" aria-pressed={on} onClick={() => set(!on)}>
      <FormattedMessage defaultMessage="Easy read" description="Header switch: show questions in easy-read words" />
    </button>
  );
}
