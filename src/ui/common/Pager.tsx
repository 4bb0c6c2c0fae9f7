import type { Page } from '../../domain';

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
        Previous page
      </button>
      <span>
        Page {page} of {pageCount} (showing {offset + 1}–{offset + rows.length} of {total.toLocaleString('en')})
      </span>
      <button type="button" onClick={() => props.onPage(page + 1)} disabled={page >= pageCount}>
        Next page
      </button>
    </nav>
  );
}
