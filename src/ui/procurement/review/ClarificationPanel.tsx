import { useState } from 'react';
import { openClarifications, type Request } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import type { ProcurementRow, ResponseRow } from '../../../db/procurementRows';
import { downloadBlob } from '../../common/download';
import { useIdentities } from '../../identity/useIdentities';
import { exportClarification } from './clarificationExport';
import { SignerSelect } from '../SignerSelect';

/**
 * The clarification round for one vendor: the answers marked "Clarification needed" go
 * back to the vendor as a file, with the buyer's comment as the question; the vendor's
 * answer comes back as the next revision of the response.
 */
export function ClarificationPanel(props: { procurement: ProcurementRow & { requestHash: string }; request: Request; row: ResponseRow }) {
  const services = useServices();
  const identities = (useIdentities() ?? []).flatMap((e) => (e.ok ? [e.identity] : []));
  const [signer, setSigner] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const open = openClarifications(props.request, props.row.review ?? { answers: {} });
  const selectId = `clarify-signer-${props.row.id}`;

  async function exportNow() {
    setMessage(null);
    try {
      const out = await exportClarification(services, props.procurement, props.row, identities.find((i) => i.id === signer) ?? null);
      downloadBlob(new Blob([out.text], { type: 'application/json' }), out.name);
      setMessage({ error: false, text: `Exported “${out.name}” with ${out.questions} ${out.questions === 1 ? 'question' : 'questions'}. Send it to ${props.row.organisation}; their answer comes back as revision ${props.row.revision + 1}.` });
    } catch (e) {
      setMessage({ error: true, text: `The clarification questions were not exported: ${(e as Error).message}` });
    }
  }

  return (
    <section className="panel" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`}>Clarification round</h3>
      {open.length ? (
        <p>
          {open.length} {open.length === 1 ? 'answer is' : 'answers are'} marked “Clarification needed” ({open.map((q) => q.key).join(', ')}). Export them for the vendor:
          they see your comments beside their answers, change what they need to, and send back revision {props.row.revision + 1}.
        </p>
      ) : (
        <p>No answer of this revision is marked “Clarification needed”. Mark one, with your question in the comment, to ask the vendor.</p>
      )}
      <SignerSelect id={selectId} label="Sign the clarification questions with" identities={identities} value={signer} onChange={setSigner} />
      <button type="button" disabled={!open.length} onClick={() => void exportNow()}>
        Export the clarification questions
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'alert error' : 'alert ok'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
