import { useId, useMemo, useState } from 'react';
import { LIST_PAGE_SIZE, queryList, type AssessmentSummary, type ListEntry, type ListSort } from '../../domain';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { exportAssessmentJson } from '../common/exports';
import { AssessmentTable } from './AssessmentTable';
import { UnreadableRecords } from './UnreadableRecords';

const SORT_LABELS: Record<ListSort, string> = {
  'updated-desc': 'Last edited, newest first',
  'updated-asc': 'Last edited, oldest first',
  'name-asc': 'Product name, A to Z',
  'name-desc': 'Product name, Z to A',
  'created-desc': 'Created, newest first',
};

/** Search, sort and page over the summaries; only the page on screen is drawn. */
export function AssessmentList(props: { entries: ListEntry[] }) {
  const services = useServices();
  const searchId = useId();
  const sortId = useId();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<ListSort>('updated-desc');
  const [page, setPage] = useState(1);
  const [toDelete, setToDelete] = useState<AssessmentSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const view = useMemo(() => queryList(props.entries, { search, sort, page }), [props.entries, search, sort, page]);
  const readable = props.entries.length - view.unreadable.length;

  async function duplicate(s: AssessmentSummary) {
    try {
      const copy = await services.assessments.duplicate(s.id, services.newId());
      setMessage(`Created "${copy.subject.productName}".`);
    } catch (e) {
      setMessage(`Could not duplicate "${s.productName}": ${(e as Error).message}`);
    }
  }
  async function exportJson(s: AssessmentSummary) {
    exportAssessmentJson(await services.assessments.get(s.id), services.now(), await services.assessments.exportTrail(s.id));
  }
  async function confirmDelete() {
    if (!toDelete) return;
    await services.assessments.remove(toDelete.id);
    setMessage(`Deleted "${toDelete.productName}".`);
    setToDelete(null);
  }

  const first = (view.page - 1) * LIST_PAGE_SIZE + 1;
  return (
    <>
      <p role="status" className="status-line">
        {message}
      </p>
      <UnreadableRecords entries={view.unreadable} onMessage={setMessage} />
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
          <p className="muted" aria-live="polite">
            {view.matching === 0
              ? `No assessment matches "${search.trim()}".`
              : `Showing ${first}–${first + view.rows.length - 1} of ${view.matching}${view.matching < readable ? ` matching (${readable} in all)` : ''}.`}
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
      <ConfirmDialog
        open={toDelete !== null}
        title="Delete this assessment?"
        confirmLabel="Delete"
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        <p>
          "{toDelete?.productName}" and all its answers will be removed from this browser. This cannot be undone; export it
          first if you may need it.
        </p>
      </ConfirmDialog>
    </>
  );
}
