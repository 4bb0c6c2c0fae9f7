import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways inside its own box on a narrow screen instead
 * of widening the page. The box is focusable and named, so keyboard users can
 * scroll it too.
 */
export function TableScroll(props: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}

/**
 * A table's column headers from the same names its cells carry as `data-label`, so the words a
 * phone shows on each card (class "cards" on the table) are the headers a wide screen shows.
 */
export function ColumnHeaders(props: { names: readonly string[] }) {
  return props.names.map((name) => (
    <th scope="col" key={name}>
      {name}
    </th>
  ));
}
