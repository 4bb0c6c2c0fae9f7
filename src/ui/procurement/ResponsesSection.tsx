import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTime } from '../common/dates';
import { useServices } from '../../app/services';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import type { ProcurementRow } from '../../db/procurementRows';
import { responseCompletion, responseRedFlags } from '../../domain/procurement';
import { ProblemList } from '../common/ProblemList';
import { ComparisonSection } from './ComparisonSection';
import { ReviewSection } from './review/ReviewSection';
import { TableScroll } from '../common/TableScroll';
import { importResponseFile, responseFileOf, type ImportOutcome } from './responseImport';
import { useProcurementRepo } from './useProcurementRepo';
import { useSignatureWords } from './useSignatureWords';

/** Column names of the imported responses: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = { vendor: 'Vendor', revision: 'Revision', signature: 'Signature', answered: 'Answered', redFlags: 'Red flags', imported: 'Imported' };

/** The buyer's side of a sent request: import vendors' response files, and the responses imported so far. */
export function ResponsesSection(props: { procurement: ProcurementRow; loaded: LoadedChecklist }) {
  const services = useServices();
  const repo = useProcurementRepo();
  const id = useId();
  const [allowUnsigned, setAllowUnsigned] = useState(false);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [busy, setBusy] = useState(false);
  const rows = useLiveQuery(async () => (repo ? repo.responses(props.procurement.id) : undefined), [repo, props.procurement.id]);
  const signatures = useSignatureWords(rows);
  const items = new Map(props.loaded.checklist.items.map((i) => [i.id, i]));

  async function receive(list: FileList | null) {
    const files = Array.from(list ?? []);
    if (!files.length) return;
    setBusy(true);
    const done: ImportOutcome[] = [];
    for (const f of files) {
      try {
        done.push(await importResponseFile(services, props.procurement, { name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) }, allowUnsigned));
      } catch (e) {
        done.push({ name: f.name, ok: false, messages: [`It could not be imported: ${(e as Error).message}`], problems: [] });
      }
    }
    setOutcomes(done);
    setBusy(false);
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Vendors’ responses</h2>
      <div className="field">
        <label htmlFor={`${id}-files`}>Response files from vendors (.hrba.zip; you may choose several)</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".zip,application/zip"
          disabled={busy}
          onChange={(e) => {
            // Emptied after reading, so choosing the same file again (after ticking the box below) imports it again.
            const input = e.currentTarget;
            void receive(input.files).finally(() => (input.value = ''));
          }}
        />
      </div>
      <label className="choice">
        <input type="checkbox" checked={allowUnsigned} onChange={(e) => setAllowUnsigned(e.target.checked)} /> Accept responses nobody signed
      </label>
      {busy && <p role="status">Checking the files…</p>}
      {outcomes.map((o, i) =>
        o.ok ? (
          <p key={i} role="status" className="alert ok">
            Imported “{o.name}”: <bdi>{o.row.organisation}</bdi>, revision {o.row.revision}.
          </p>
        ) : (
          <div key={i} role="alert" className="alert error">
            <p>
              <strong>“{o.name}” was not imported, and nothing was stored.</strong>
            </p>
            <ul>
              {o.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
            {o.problems.length > 0 && <ProblemList title="What is wrong in the response file:" problems={o.problems} />}
          </div>
        ),
      )}
      {rows && rows.length > 0 ? (
        <TableScroll label="Imported responses">
          <table className="cards">
            <caption>Imported responses</caption>
            <thead>
              <tr>
                {Object.values(COLUMNS).map((name) => (
                  <th scope="col" key={name}>
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const answers = responseFileOf(row).assessment.answers;
                const flags = responseRedFlags(props.procurement.request, answers, items).length;
                const done = responseCompletion(props.procurement.request, answers);
                return (
                  <tr key={row.id} className={flags ? 'red-flag-row' : undefined}>
                    <th scope="row">
                      <bdi>{row.organisation}</bdi>
                    </th>
                    <td data-label={COLUMNS.revision}>{row.revision}</td>
                    <td data-label={COLUMNS.signature}>{signatures.get(row.id) ?? 'Checking…'}</td>
                    <td data-label={COLUMNS.answered}>
                      {done.answered} of {done.asked}
                    </td>
                    <td data-label={COLUMNS.redFlags}>{flags ? <strong className="red-flag-text">{flags} red {flags === 1 ? 'flag' : 'flags'}</strong> : 'None'}</td>
                    <td data-label={COLUMNS.imported}>{formatDateTime(row.importedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        rows && <p className="muted">No response imported yet.</p>
      )}
      {rows && rows.length > 0 && props.procurement.requestHash && (
        <ReviewSection procurement={{ ...props.procurement, requestHash: props.procurement.requestHash }} rows={rows} loaded={props.loaded} />
      )}
      {rows && rows.length > 0 && <ComparisonSection request={props.procurement.request} rows={rows} loaded={props.loaded} />}
    </section>
  );
}
