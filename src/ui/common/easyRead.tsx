import { useCallback, useSyncExternalStore } from 'react';
import { FormattedMessage } from '../../i18n/react';
import { defineMessages } from '../../i18n/format';

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

/** Headings of an item's guidance, in the usual and the easy-read wording. */
export const GUIDANCE_HEADINGS = {
  plain: defineMessages({
    why: { defaultMessage: 'Why it matters', description: 'Checklist item: heading of why the question matters' },
    details: { defaultMessage: 'What good looks like and the evidence an auditor would ask for', description: 'Checklist item: disclosure with good practice and evidence' },
    good: { defaultMessage: 'What good looks like', description: 'Checklist item: heading of the good-practice list' },
    evidence: { defaultMessage: 'Evidence an auditor would ask for', description: 'Checklist item: heading of the evidence list' },
    sources: { defaultMessage: 'Sources and principles', description: 'Checklist item: disclosure with citations and principles' },
  }),
  easy: defineMessages({
    why: { defaultMessage: 'Why we ask this', description: 'Checklist item, easy read: heading of why the question matters' },
    details: { defaultMessage: 'What good looks like and what proof to show', description: 'Checklist item, easy read: disclosure with good practice and evidence' },
    good: { defaultMessage: 'What good looks like', description: 'Checklist item, easy read: heading of the good-practice list' },
    evidence: { defaultMessage: 'Papers or proof you can show', description: 'Checklist item, easy read: heading of the evidence list' },
    sources: { defaultMessage: 'Where this question comes from', description: 'Checklist item, easy read: disclosure with citations and principles' },
  }),
} as const;

export function EasyReadSwitch() {
  const [on, set] = useEasyRead();
  return (
    <button type="button" className="link-button easy-read-switch" aria-pressed={on} onClick={() => set(!on)}>
      <FormattedMessage defaultMessage="Easy read" description="Header switch: show questions in easy-read words" />
    </button>
  );
}
