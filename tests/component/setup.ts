import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy…/waitFor give up after 1 s by default; on a busy CI machine a correct screen can take longer,
// most of all the first one in a file, which also loads the checklist and the lazy screens (a clean
// CI run timed out at 15 s on a test that takes 2 s alone). Below the 60 s test timeout.
configure({ asyncUtilTimeout: 45_000 });

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

/**
 * jsdom has the <dialog> element but none of its behaviour. This gives it the
 * part our ConfirmDialog relies on: `open` reflects the attribute, showModal()
 * and close() set and clear it, and close() fires `close` as browsers do.
 */
const dialogProto = globalThis.HTMLDialogElement?.prototype;
if (dialogProto && !('showModal' in dialogProto)) {
  Object.defineProperty(dialogProto, 'open', {
    configurable: true,
    get(this: HTMLDialogElement) {
      return this.hasAttribute('open');
    },
    set(this: HTMLDialogElement, value: boolean) {
      this.toggleAttribute('open', Boolean(value));
    },
  });
  Object.assign(dialogProto, {
    show(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}

// Exports go through object URLs; jsdom does not implement them.
if (typeof URL.createObjectURL !== 'function') {
  let next = 0;
  URL.createObjectURL = () => `blob:test/${(next += 1)}`;
}
if (typeof URL.revokeObjectURL !== 'function') {
  URL.revokeObjectURL = () => undefined;
}

// jsdom has no layout: scrolling is a no-op here (it would print "Not implemented" on every step).
window.scrollTo = () => {};
