import { useCallback, useSyncExternalStore } from 'react';
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

export function EasyReadSwitch() {
  const [on, set] = useEasyRead();
  return (
    <button type="button" className="link-button easy-read-switch" aria-pressed={on} onClick={() => set(!on)}>
      <FormattedMessage defaultMessage="Easy read" description="Header switch: show questions in easy-read words" />
    </button>
  );
}
