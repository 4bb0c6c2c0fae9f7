import type { Page } from '../../domain';
import { FormattedMessage } from '../../i18n/react';

/**
 * "Showing 51–100 of 2,000" and Previous/Next for a paged list. Drawn only when the
 * list has more than one page; `label` names the list for the navigation landmark.
 */
export function Pager<T>(props: { page: Page<T>; label: string; onPage: (page: number) => void }) {
  const { page, pageCount, offset, rows, total } = props.page;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={props.label} className="button-row pager">
      <button type="button" onClick={() => props.onPage(page - 1)} disabled={page <= 1}>
        <FormattedMessage defaultMessage="Previous page" description="Paged list: go to the previous page" />
      </button>
      <span>
        <FormattedMessage
          defaultMessage="Page {page, number} of {pageCount, number} (showing {first, number}–{last, number} of {total, number})"
          description="Paged list: where the person is and which rows show"
          values={{ page, pageCount, first: offset + 1, last: offset + rows.length, total }}
        />
      </span>
      <button type="button" onClick={() => props.onPage(page + 1)} disabled={page >= pageCount}>
        <FormattedMessage defaultMessage="Next page" description="Paged list: go to the next page" />
      </button>
    </nav>
  );
}
