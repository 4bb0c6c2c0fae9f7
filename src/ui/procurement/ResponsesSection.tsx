import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDates } from '../common/dates';
import { defineMessage, defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { RedFlagCount } from './RedFlagCount';
import { isolate } from './codeMessages';
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
import { failureReason } from '../common/storageMessages';

/** Column names of the imported responses: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = defineMessages({
  vendor: { defaultMessage: 'Vendor', description: 'Imported responses table column: the vendor organisation' },
  revision: { defaultMessage: 'Revision', description: 'Imported responses table column: the response’s revision number' },
  signature: { defaultMessage: 'Signature', description: 'Imported responses table column: whether and by whom the response is signed' },
  answered: { defaultMessage: 'Answered', description: 'Imported responses table column: how many questions are answered' },
  redFlags: { defaultMessage: 'Red flags', description: 'Imported responses table column: how many red flags the answers raise' },
  imported: { defaultMessage: 'Imported', description: 'Imported responses table column: when the response was imported' },
});

const IMPORTED = defineMessage({ defaultMessage: 'Imported responses', description: 'Procurement page: caption of the table of imported responses' });

/** The buyer's side of a sent request: import vendors' response files, and the responses imported so far. */
export function ResponsesSection(props: { procurement: ProcurementRow; loaded: LoadedChecklist }) {
  const services = useServices();
  const intl = useIntl();
  const dates = useDates();
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
        done.push(await importResponseFile(intl, services, props.procurement, { name: f.name, size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) }, allowUnsigned));
      } catch (e) {
        done.push({ name: f.name, ok: false, messages: [intl.formatMessage({ defaultMessage: 'It could not be imported: {reason}', description: 'Response import failed unexpectedly; {reason} says why, as a lower-case sentence' }, { reason: failureReason(e, intl) })], problems: [] });
      }
    }
    setOutcomes(done);
    setBusy(false);
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Vendors’ responses" description="Procurement page: heading of the vendors’ responses part" />
      </h2>
      <div className="field">
        <label htmlFor={`${id}-files`}>
          <FormattedMessage defaultMessage="Response files from vendors (.hrba.zip; you may choose several)" description="Procurement page: file input for vendors’ responses; keep .hrba.zip" />
        </label>
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
        <input type="checkbox" checked={allowUnsigned} onChange={(e) => setAllowUnsigned(e.target.checked)} />{' '}
        <FormattedMessage defaultMessage="Accept responses nobody signed" description="Procurement page: checkbox allowing unsigned responses to be imported" />
      </label>
      {busy && (
        <p role="status">
          <FormattedMessage defaultMessage="Checking the files…" description="Procurement page: while response files are checked" />
        </p>
      )}
      {outcomes.map((o, i) =>
        o.ok ? (
          <p key={i} role="status" className="alert ok">
            <FormattedMessage
              defaultMessage="Imported “{name}”: {vendor}, revision {revision}."
              description="Procurement page: a response file was imported"
              values={{ name: isolate(intl, o.name), vendor: <bdi>{o.row.organisation}</bdi>, revision: o.row.revision }}
            />
          </p>
        ) : (
          <div key={i} role="alert" className="alert error">
            <p>
              <strong>
                <FormattedMessage
                  defaultMessage="“{name}” was not imported, and nothing was stored."
                  description="Procurement page: a response file was refused"
                  values={{ name: isolate(intl, o.name) }}
                />
              </strong>
            </p>
            <ul>
              {o.messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
            {o.problems.length > 0 && <ProblemList title={intl.formatMessage({ defaultMessage: 'What is wrong in the response file:', description: 'Procurement page: above the problems found in a response file' })} problems={o.problems} />}
          </div>
        ),
      )}
      {rows && rows.length > 0 ? (
        <TableScroll label={intl.formatMessage(IMPORTED)}>
          <table className="cards">
            <caption>{intl.formatMessage(IMPORTED)}</caption>
            <thead>
              <tr>
                {Object.entries(COLUMNS).map(([key, name]) => (
                  <th scope="col" key={key}>
                    {intl.formatMessage(name)}
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
                    <td data-label={intl.formatMessage(COLUMNS.revision)}>{intl.formatNumber(row.revision)}</td>
                    <td data-label={intl.formatMessage(COLUMNS.signature)}>
                      {signatures.get(row.id) ?? <FormattedMessage defaultMessage="Checking…" description="Imported responses, Signature column: while the signature is checked" />}
                    </td>
                    <td data-label={intl.formatMessage(COLUMNS.answered)}>
                      <FormattedMessage defaultMessage="{answered} of {asked}" description="Imported responses, Answered column: questions answered of those asked" values={{ answered: done.answered, asked: done.asked }} />
                    </td>
                    <td data-label={intl.formatMessage(COLUMNS.redFlags)}>
                      <RedFlagCount count={flags} none="column" />
                    </td>
                    <td data-label={intl.formatMessage(COLUMNS.imported)}>{dates.dateTime(row.importedAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        rows && (
          <p className="muted">
            <FormattedMessage defaultMessage="No response imported yet." description="Procurement page: no vendor response imported" />
          </p>
        )
      )}
      {rows && rows.length > 0 && props.procurement.requestHash && (
        <ReviewSection procurement={{ ...props.procurement, requestHash: props.procurement.requestHash }} rows={rows} loaded={props.loaded} />
      )}
      {rows && rows.length > 0 && <ComparisonSection request={props.procurement.request} rows={rows} loaded={props.loaded} />}
    </section>
  );
}
