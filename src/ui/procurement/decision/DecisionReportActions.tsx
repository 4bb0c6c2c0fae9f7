import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { ClauseLibrary, Decision } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import type { LoadedChecklist } from '../../../app/checklistCatalog';
import type { ProcurementRow, ResponseRow } from '../../../db/procurementRows';
import { useIdentities } from '../../identity/useIdentities';
import { decisionReportFor, exportDecisionHtml, exportDecisionPdf, signDecisionPdf } from './decisionExport';

type State = { kind: 'idle' } | { kind: 'busy'; what: string } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

/**
 * The decision report: PDF and HTML, and a PAdES-signed PDF made with one of this
 * person's signing identities through the same signing code as an assessment's report.
 */
export function DecisionReportActions(props: { procurement: ProcurementRow; rows: readonly ResponseRow[]; loaded: LoadedChecklist; library: ClauseLibrary; decision: Decision }) {
  const services = useServices();
  const id = useId();
  const entries = useIdentities();
  const identities = (entries ?? []).flatMap((e) => (e.ok ? [e.identity] : []));
  const [chosen, setChosen] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const busy = state.kind === 'busy';

  async function run(what: string, action: (at: Date) => Promise<string>) {
    setState({ kind: 'busy', what });
    try {
      const name = await action(services.now());
      setState({ kind: 'done', message: `Downloaded “${name}”.` });
    } catch (e) {
      setState({ kind: 'failed', message: `${what} failed: ${(e as Error).message}` });
    }
  }
  const report = (at: Date) => decisionReportFor({ services, procurement: props.procurement, rows: props.rows, loaded: props.loaded, library: props.library, decision: props.decision, at });
  const identity = identities.find((i) => i.id === chosen) ?? null;

  return (
    <div aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`}>Decision report</h3>
      <p className="hint">The procurement, the vendors compared with their red flags, the comparison matrix, the decision with its reasons, and the conditions with their citations.</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void run('Writing the PDF', async (at) => exportDecisionPdf(await report(at), at))}>
          Export the decision report (PDF)
        </button>
        <button type="button" disabled={busy} onClick={() => void run('Writing the HTML report', async (at) => exportDecisionHtml(await report(at), at))}>
          Export the decision report (HTML)
        </button>
      </div>
      {identities.length > 0 ? (
        <div className="button-row">
          <label htmlFor={`${id}-signer`}>Sign the decision report with</label>
          <select id={`${id}-signer`} value={chosen} disabled={busy} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Choose an identity</option>
            {identities.map((i) => (
              <option key={i.id} value={i.id}>
                {i.info.commonName || i.info.subject}
              </option>
            ))}
          </select>
          <button type="button" disabled={busy || !identity} onClick={() => identity && void run('Signing the PDF', async (at) => signDecisionPdf(await report(at), identity, at))}>
            Sign and export the decision report (PDF)
          </button>
        </div>
      ) : (
        entries && (
          <p className="hint">
            To sign the decision report, <Link href="/identity">import or create a signing identity</Link>.
          </p>
        )
      )}
      {state.kind === 'busy' && <p role="status">{state.what}…</p>}
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
