import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { LIST_PAGE_SIZE, groupRevisions, queryList, type AssessmentHeader, type ListPage, type ListSort } from '../../domain';
import type { ListHead } from '../../db';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { AssessmentTable } from './AssessmentTable';
import { lazyPart } from '../common/lazyPart';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { failureReason } from '../common/storageMessages';

// Records this version cannot open are rare: their part of the screen loads when there is one.
const UnreadableRecords = lazyPart(() => import('./UnreadableRecords').then((m) => m.UnreadableRecords));

const SORT_LABELS: Record<ListSort, MessageDescriptor> = defineMessages({
  'updated-desc': { defaultMessage: 'Last edited, newest first', description: 'Home: sort order of the list' },
  'updated-asc': { defaultMessage: 'Last edited, oldest first', description: 'Home: sort order of the list' },
  'name-asc': { defaultMessage: 'Product name, A to Z', description: 'Home: sort order of the list' },
  'name-desc': { defaultMessage: 'Product name, Z to A', description: 'Home: sort order of the list' },
  'created-desc': { defaultMessage: 'Created, newest first', description: 'Home: sort order of the list' },
});

/**
 * Search, sort and page over the light list lines; only the page on screen is drawn.
 * The first page comes from `head` (the newest few, read by index); every line is
 * read once that page is on screen, so the first draw does not grow with the number
 * stored. Until then, a search, another sort or another page says it is loading.
 */
export function AssessmentList(props: { head: ListHead }) {
  const services = useServices();
  const intl = useIntl();
  const searchId = useId();
  const sortId = useId();
  const hadUnreadable = useRef(false);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ListSort>('updated-desc');
  const [page, setPage] = useState(1);
  const [toDelete, setToDelete] = useState<AssessmentHeader | null>(null);
  const [message, setMessage] = useState<ReactNode>(null);
  const readAll = useAfterFirstPaint();
  const all = useLiveQuery(() => (readAll ? services.assessments.lines() : undefined), [services, readAll]);
  const firstView = search.trim() === '' && sort === 'updated-desc' && page === 1;
  const view = useMemo((): ListPage | null => {
    if (all) return queryList(all, { search, sort, page });
    if (!firstView) return null;
    // Until every line is read, revisions are grouped among the newest only (their earlier revisions follow with the rest).
    const { newest, readable } = props.head;
    return { rows: groupRevisions(newest), matching: readable, total: readable, page: 1, pageCount: Math.max(1, Math.ceil(readable / LIST_PAGE_SIZE)), unreadable: [] };
  }, [all, firstView, props.head, search, sort, page]);
  const readable = all ? all.length - (view?.unreadable.length ?? 0) : props.head.readable;
  // Assessments, counting the revisions of one as one.
  const assessments = view?.total ?? readable;
  async function duplicate(s: AssessmentHeader) {
    try {
      const copy = await services.assessments.duplicate(s.id, services.newId());
      setMessage(<FormattedMessage defaultMessage='Created "{name}".' description="Home: after duplicating an assessment" values={{ name: <bdi>{copy.subject.productName}</bdi> }} />);
    } catch (e) {
      setMessage(
        <FormattedMessage
          defaultMessage='Could not duplicate "{name}": {reason}'
          description="Home: duplicating failed; reason says why, as a lower-case sentence"
          values={{ name: <bdi>{s.productName}</bdi>, reason: failureReason(e, intl) }}
        />,
      );
    }
  }
  async function exportJson(s: AssessmentHeader) {
    // The file format's code loads on the first export, not with the home page.
    const { exportAssessmentJson } = await import('../common/exports');
    exportAssessmentJson(await services.assessments.get(s.id), services.now(), await services.assessments.exportTrail(s.id));
  }
  async function confirmDelete() {
    if (!toDelete) return;
    await services.assessments.remove(toDelete.id);
    setMessage(<FormattedMessage defaultMessage='Deleted "{name}".' description="Home: after deleting an assessment" values={{ name: <bdi>{toDelete.productName}</bdi> }} />);
    setToDelete(null);
  }

  const first = ((view?.page ?? 1) - 1) * LIST_PAGE_SIZE + 1;
  // Once shown, the part stays mounted, so its confirmation and message outlive the last record it lists.
  const unreadable = view?.unreadable ?? [];
  if (unreadable.length > 0) hadUnreadable.current = true;
  return (
    <>
      <p role="status" className="status-line">
        {message}
      </p>
      {hadUnreadable.current && <UnreadableRecords entries={unreadable} onMessage={setMessage} />}
      {readable > 0 && (
        <>
          <div className="list-controls">
            <div className="field">
              <label htmlFor={searchId}>
                <FormattedMessage defaultMessage="Search by product or organisation" description="Home: label of the search box" />
              </label>
              <input
                id={searchId}
                type="search"
                value={search}
                onChange={(e) => {
                  setSearch(e.target.value);
                  setPage(1);
                }}
              />
            </div>
            <div className="field">
              <label htmlFor={sortId}>
                <FormattedMessage defaultMessage="Sort by" description="Home: label of the sort order" />
              </label>
              <select id={sortId} value={sort} onChange={(e) => setSort(e.target.value as ListSort)}>
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {intl.formatMessage(label)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {view === null ? (
            <p role="status">
              <FormattedMessage defaultMessage="Loading the whole list…" description="Home: while every list line is read" />
            </p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {view.matching === 0 ? (
                  <FormattedMessage defaultMessage='No assessment matches "{search}".' description="Home: the search found nothing" values={{ search: search.trim() }} />
                ) : view.matching < assessments ? (
                  <FormattedMessage
                    defaultMessage="Showing {first}–{last} of {matching} matching ({total} in all)."
                    description="Home: which rows of the search results are on screen"
                    values={{ first, last: first + view.rows.length - 1, matching: view.matching, total: assessments }}
                  />
                ) : (
                  <FormattedMessage
                    defaultMessage="Showing {first}–{last} of {total}."
                    description="Home: which rows of the list are on screen"
                    values={{ first, last: first + view.rows.length - 1, total: view.matching }}
                  />
                )}
              </p>
              {view.rows.length > 0 && (
                <AssessmentTable rows={view.rows} onDuplicate={duplicate} onExport={exportJson} onDelete={setToDelete} />
              )}
              {view.pageCount > 1 && (
                <nav aria-label={intl.formatMessage({ defaultMessage: 'Pages of assessments', description: 'Home: name of the page navigation' })} className="button-row">
                  <button type="button" onClick={() => setPage(view.page - 1)} disabled={view.page <= 1}>
                    <FormattedMessage defaultMessage="Previous page" description="Home: pager button" />
                  </button>
                  <span>
                    <FormattedMessage defaultMessage="Page {page} of {count}" description="Home: pager position" values={{ page: view.page, count: view.pageCount }} />
                  </span>
                  <button type="button" onClick={() => setPage(view.page + 1)} disabled={view.page >= view.pageCount}>
                    <FormattedMessage defaultMessage="Next page" description="Home: pager button" />
                  </button>
                </nav>
              )}
            </>
          )}
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title={intl.formatMessage({ defaultMessage: 'Delete this assessment?', description: 'Home: title of the delete confirmation' })}
        confirmLabel={intl.formatMessage({ defaultMessage: 'Delete', description: 'Confirm button that deletes an assessment' })}
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        <p>
          {toDelete && toDelete.revision > 1 ? (
            <FormattedMessage
              defaultMessage='"{name}" (revision {revision}) and all its answers will be removed from this browser. This cannot be undone; export it first if you may need it. Its earlier revisions stay.'
              description="Home: what deleting a later revision does"
              values={{ name: <bdi>{toDelete.productName}</bdi>, revision: toDelete.revision }}
            />
          ) : (
            <FormattedMessage
              defaultMessage='"{name}" and all its answers will be removed from this browser. This cannot be undone; export it first if you may need it.'
              description="Home: what deleting an assessment does"
              values={{ name: <bdi>{toDelete?.productName}</bdi> }}
            />
          )}
        </p>
      </ConfirmDialog>
    </>
  );
}

/** False on the first render, true once a frame has been painted after it. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A timer set inside an animation frame fires after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
