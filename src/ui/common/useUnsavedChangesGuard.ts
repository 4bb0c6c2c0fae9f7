import { useEffect } from 'react';
import { defineMessage } from '../../i18n/format';
import { useIntl } from '../../i18n/react';

const UNSAVED = defineMessage({
  defaultMessage: 'You have changes that are not saved yet. Leave and lose them?',
  description: 'The browser’s confirmation when a link would leave a form with unsaved edits',
});

/**
 * While a form holds unsaved edits, leaving asks first: closing or reloading
 * the tab (beforeunload), and following any in-app link (hash routes), which
 * would otherwise unmount the form and drop the edits without a word.
 */
export function useUnsavedChangesGuard(dirty: boolean, asked?: string) {
  const intl = useIntl();
  const message = asked ?? intl.formatMessage(UNSAVED);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    // Capture phase on the document runs before React's handlers on the root, so
    // a cancelled leave never reaches the router's link handler.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, message]);
}
