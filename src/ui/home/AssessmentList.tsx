import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { LIST_PAGE_SIZE, groupRevisions, queryList, type AssessmentHeader, type ListPage, type ListSort } from '../../domain';
import type { ListHead } from '../../db';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { AssessmentTable } from './AssessmentTable';
import { UnreadableRecords } from './UnreadableRecords';

const SORT_LABELS: Record<ListSort, string> = {
  'updated-desc': 'Last edited, newest first',
  'updated-asc': 'Last edited, oldest first',
  'name-asc': 'Product name, A to Z',
  'name-desc': 'Product name, Z to A',
  'created-desc': 'Created, newest first',
};

/**
 * Search, sort and page over the light list lines; only the page on screen is drawn.
 * The first page comes from `head` (the newest few, read by index); every line is
 * read once that page is on screen, so the first draw does not grow with the number
 * stored. Until then, a search, another sort or another page says it is loading.
 */
export function AssessmentList(props: { head: ListHead }) {
  const services = useServices();
  const searchId = useId();
  const sortId = useId();
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
      setMessage(<>Created "<bdi>{copy.subject.productName}</bdi>".</>);
    } catch (e) {
      setMessage(<>Could not duplicate "<bdi>{s.productName}</bdi>": {(e as Error).message}</>);
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
    setMessage(<>Deleted "<bdi>{toDelete.productName}</bdi>".</>);
    setToDelete(null);
  }

  const first = ((view?.page ?? 1) - 1) * LIST_PAGE_SIZE + 1;
  return (
    <>
      <p role="status" className="status-line">
        {message}
      </p>
      <UnreadableRecords entries={view?.unreadable ?? []} onMessage={setMessage} />
      {readable > 0 && (
        <>
          <div className="list-controls">
            <div className="field">
              <label htmlFor={searchId}>Search by product or organisation</label>
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
              <label htmlFor={sortId}>Sort by</label>
              <select id={sortId} value={sort} onChange={(e) => setSort(e.target.value as ListSort)}>
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {view === null ? (
            <p role="status">Loading the whole list…</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {view.matching === 0
                  ? `No assessment matches "${search.trim()}".`
                  : `Showing ${first}–${first + view.rows.length - 1} of ${view.matching}${view.matching < assessments ? ` matching (${assessments} in all)` : ''}.`}
              </p>
              {view.rows.length > 0 && (
                <AssessmentTable rows={view.rows} onDuplicate={duplicate} onExport={exportJson} onDelete={setToDelete} />
              )}
              {view.pageCount > 1 && (
                <nav aria-label="Pages of assessments" className="button-row">
                  <button type="button" onClick={() => setPage(view.page - 1)} disabled={view.page <= 1}>
                    Previous page
                  </button>
                  <span>
                    Page {view.page} of {view.pageCount}
                  </span>
                  <button type="button" onClick={() => setPage(view.page + 1)} disabled={view.page >= view.pageCount}>
                    Next page
                  </button>
                </nav>
              )}
            </>
          )}
        </>
      )}
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this assessment?"
        confirmLabel="Delete"
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        <p>
          "<bdi>{toDelete?.productName}</bdi>"{toDelete && toDelete.revision > 1 ? ` (revision ${toDelete.revision})` : ''} and all its
          answers will be removed from this browser. This cannot be undone; export it first if you may need it.
          {toDelete && toDelete.revision > 1 ? ' Its earlier revisions stay.' : ''}
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
