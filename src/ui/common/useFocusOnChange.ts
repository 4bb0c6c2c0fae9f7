import { useEffect, useRef, type RefObject } from 'react';

/**
 * When `key` changes (a new step, a new question), move the reading position there: the page or
 * the target is scrolled to the top of the view and the target gets focus, so a screen reader announces the new heading
 * and nobody is left scrolled 1,000 px down on the old one. Not on first render: opening a page
 * keeps the app's own focus handling. The target is made focusable (tabindex -1) for this.
 */
export function useFocusOnChange(key: string | null, target: () => HTMLElement | null | undefined, scroll: 'page-top' | 'target' = 'target'): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const el = target();
    if (!el) return;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    // A new step starts at the page top (its stepper above the heading); a new question at the question.
    if (scroll === 'page-top') window.scrollTo?.({ top: 0 });
    else el.scrollIntoView?.({ block: 'start' });
    // Only a new key moves focus: the target getter is new on every render by design.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
}

/** The first element matching `selector` inside `ref`. */
export const within = (ref: RefObject<HTMLElement | null>, selector: string) => () => ref.current?.querySelector<HTMLElement>(selector);
