import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { ClauseLibrary, Decision } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import type { LoadedChecklist } from '../../../app/checklistCatalog';
import type { ProcurementRow, ResponseRow } from '../../../db/procurementRows';
import { useIdentities } from '../../identity/useIdentities';
import { decisionReportFor, exportDecisionHtml, exportDecisionPdf, signDecisionPdf } from './decisionExport';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { isolate } from '../codeMessages';
import { failureReason } from '../../common/storageMessages';

type State = { kind: 'idle' } | { kind: 'busy'; what: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/**
 * The decision report: PDF and HTML, and a PAdES-signed PDF made with one of this
 * person's signing identities through the same signing code as an assessment's report.
 */
export function DecisionReportActions(props: { procurement: ProcurementRow; rows: readonly ResponseRow[]; loaded: LoadedChecklist; library: ClauseLibrary; decision: Decision }) {
  const services = useServices();
  const id = useId();
  const intl = useIntl();
  const entries = useIdentities();
  const identities = (entries ?? []).flatMap((e) => (e.ok ? [e.identity] : []));
  const [chosen, setChosen] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const busy = state.kind === 'busy';
  const writingPdf = intl.formatMessage({ defaultMessage: 'Writing the PDF', description: 'Decision: step under way' });

  async function run(what: string, action: (at: Date) => Promise<string>) {
    setState({ kind: 'busy', what });
    try {
      const name = await action(services.now());
      setState({ kind: 'done', message: intl.formatMessage({ defaultMessage: 'Downloaded “{name}”.', description: 'Decision report: the file was downloaded' }, { name: isolate(intl, name) }) });
    } catch (e) {
      setState({ kind: 'failed', message: intl.formatMessage({ defaultMessage: '{what} failed: {reason}', description: 'Decision report: writing or signing failed; {what} is the step (“Writing the PDF”), {reason} why, as a lower-case sentence' }, { what, reason: failureReason(e, intl) }) });
    }
  }
  const report = (at: Date) => decisionReportFor({ services, procurement: props.procurement, rows: props.rows, loaded: props.loaded, library: props.library, decision: props.decision, at });
  const identity = identities.find((i) => i.id === chosen) ?? null;

  return (
    <div aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Decision report" description="Decision: heading of the report part" />
      </h3>
      <p className="hint">
        <FormattedMessage
          defaultMessage="The procurement, the vendors compared with their red flags, the comparison matrix, the decision with its reasons, and the conditions with their citations. The report is written in the language chosen for this app; the buyer’s and vendors’ own text, the questions and the citations stay as they were written."
          description="Decision: what the decision report holds, and which language it is in"
        />
      </p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void run(writingPdf, async (at) => exportDecisionPdf(await report(at), at))}>
          <FormattedMessage defaultMessage="Export the decision report (PDF)" description="Decision: button" />
        </button>
        <button type="button" disabled={busy} onClick={() => void run(intl.formatMessage({ defaultMessage: 'Writing the HTML report', description: 'Decision: step under way' }), async (at) => exportDecisionHtml(await report(at), at))}>
          <FormattedMessage defaultMessage="Export the decision report (HTML)" description="Decision: button" />
        </button>
      </div>
      {identities.length > 0 ? (
        <div className="button-row">
          <label htmlFor={`${id}-signer`}>
            <FormattedMessage defaultMessage="Sign the decision report with" description="Decision: choice of signing identity" />
          </label>
          <select id={`${id}-signer`} value={chosen} disabled={busy} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{intl.formatMessage({ defaultMessage: 'Choose an identity', description: 'Decision: empty choice of signing identity' })}</option>
            {identities.map((i) => (
              <option key={i.id} value={i.id}>
                {i.info.commonName || i.info.subject}
              </option>
            ))}
          </select>
          <button type="button" disabled={busy || !identity} onClick={() => identity && void run(intl.formatMessage({ defaultMessage: 'Signing the PDF', description: 'Decision: step under way' }), async (at) => signDecisionPdf(await report(at), identity, at))}>
            <FormattedMessage defaultMessage="Sign and export the decision report (PDF)" description="Decision: button" />
          </button>
        </div>
      ) : (
        entries && (
          <p className="hint">
            <FormattedMessage
              defaultMessage="To sign the decision report, <link>import or create a signing identity</link>."
              description="Decision: no signing identity yet; the link opens the identities page"
              values={{ link: (chunks) => <Link href="/identity">{chunks}</Link> }}
            />
          </p>
        )
      )}
      {state.kind === 'busy' && (
        <p role="status">
          <FormattedMessage defaultMessage="{what}…" description="Decision: a step under way, such as “Writing the PDF…”" values={{ what: state.what }} />
        </p>
      )}
      {state.kind === 'done' && (
        <p role="status" className="alert ok">
          {state.message}
        </p>
      )}
      {state.kind === 'failed' && (
        <p role="alert" className="alert error">
          {state.message}
        </p>
      )}
    </div>
  );
}
