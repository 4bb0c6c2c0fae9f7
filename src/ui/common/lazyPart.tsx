import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A part of a screen that is shown rarely (a notice after a repair, a record that cannot
 * be read) and whose code therefore loads only when it is shown. Nothing is drawn while it
 * loads: these parts never hold the first focus or the page's heading.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Part = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPart(props: P) {
    return (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    );
  };
}
