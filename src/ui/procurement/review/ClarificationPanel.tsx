import { useState } from 'react';
import { openClarifications, type Request } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import type { ProcurementRow, ResponseRow } from '../../../db/procurementRows';
import { downloadBlob } from '../../common/download';
import { useIdentities } from '../../identity/useIdentities';
import { exportClarification } from './clarificationExport';
import { SignerSelect } from '../SignerSelect';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { isolate } from '../codeMessages';
import { failureReason } from '../../common/storageMessages';

/**
 * The clarification round for one vendor: the answers marked "Clarification needed" go
 * back to the vendor as a file, with the buyer's comment as the question; the vendor's
 * answer comes back as the next revision of the response.
 */
export function ClarificationPanel(props: { procurement: ProcurementRow & { requestHash: string }; request: Request; row: ResponseRow }) {
  const services = useServices();
  const intl = useIntl();
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
      setMessage({
        error: false,
        text: intl.formatMessage(
          {
            defaultMessage: 'Exported “{name}” with {count, plural, one {# question} other {# questions}}. Send it to {vendor}; their answer comes back as revision {next}.',
            description: 'Review: the clarification questions were downloaded',
          },
          { name: isolate(intl, out.name), count: out.questions, vendor: isolate(intl, props.row.organisation), next: props.row.revision + 1 },
        ),
      });
    } catch (e) {
      setMessage({
        error: true,
        text: intl.formatMessage({ defaultMessage: 'The clarification questions were not exported: {reason}', description: 'Review: exporting the clarification questions failed; {reason} says why, as a lower-case sentence' }, { reason: failureReason(e, intl) }),
      });
    }
  }

  return (
    <section className="panel" aria-labelledby={`${selectId}-title`}>
      <h3 id={`${selectId}-title`}>
        <FormattedMessage defaultMessage="Clarification round" description="Review: heading of the part that sends open questions back to the vendor" />
      </h3>
      {open.length ? (
        <p>
          <FormattedMessage
            defaultMessage="{count, plural, one {# answer is marked “Clarification needed”} other {# answers are marked “Clarification needed”}} ({keys}). Export them for the vendor: they see your comments beside their answers, change what they need to, and send back revision {next}."
            description="Review: how many answers need clarification; {keys} lists their question ids"
            values={{ count: open.length, keys: intl.formatList(open.map((q) => q.key)), next: props.row.revision + 1 }}
          />
        </p>
      ) : (
        <p>
          <FormattedMessage
            defaultMessage="No answer of this revision is marked “Clarification needed”. Mark one, with your question in the comment, to ask the vendor."
            description="Review: nothing to send back to the vendor yet"
          />
        </p>
      )}
      <SignerSelect id={selectId} label={intl.formatMessage({ defaultMessage: 'Sign the clarification questions with', description: 'Review: choice of signing identity for the clarification questions' })} identities={identities} value={signer} onChange={setSigner} />
      <button type="button" disabled={!open.length} onClick={() => void exportNow()}>
        <FormattedMessage defaultMessage="Export the clarification questions" description="Review: button downloading the clarification questions for the vendor" />
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'alert error' : 'alert ok'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
