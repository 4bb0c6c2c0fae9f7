import type { SaveStatus } from './useAutosave';
import { storageMessage } from '../common/storageMessages';

// Idle means nothing is waiting: every earlier step (setup, profile) was saved when it was left,
// so "No changes yet" would be false once anything had been entered.
const TEXT: Record<Exclude<SaveStatus['kind'], 'failed'>, string> = {
  idle: 'Everything is saved',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  saved: 'All changes saved',
};

/** A polite live region: screen readers hear "All changes saved" without losing their place. */
export function SaveIndicator(props: { status: SaveStatus }) {
  const s = props.status;
  return (
    <p className={`save-indicator ${s.kind}`} role="status" aria-live="polite" data-save-state={s.kind}>
      {s.kind === 'failed' ? `Not saved: ${s.cause === undefined ? s.message : storageMessage(s.cause).problem}` : TEXT[s.kind]}
    </p>
  );
}
