import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { useServices } from '../../../app/services';
import type { VendorResponseRow } from '../../../db/procurementRows';
import { openClarificationFile } from './openClarification';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { signedByText } from '../dealBreakerWords';

/**
 * On an exported response: open the buyer's clarification questions, which starts the
 * next revision (same answers and files, naming this one) to answer them in. This
 * revision stays exactly as exported.
 */
export function ClarificationIntake(props: { row: VendorResponseRow }) {
  const services = useServices();
  const [, navigate] = useLocation();
  const intl = useIntl();
  const id = useId();
  const [messages, setMessages] = useState<string[] | null>(null);

  async function receive(input: HTMLInputElement) {
    const f = input.files?.[0];
    input.value = '';
    setMessages(null);
    if (!f) return;
    const opened = await openClarificationFile(intl, props.row, { size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) });
    if (!opened.ok) return setMessages(opened.messages);
    const repo = await services.vendorResponses();
    const later = (await repo.list()).find((r) => r.assessment.revision.parent?.id === props.row.id);
    if (later) return navigate(`/respond/${later.id}`);
    const { file, signature } = opened;
    const next = await repo.startRevision(props.row.id, {
      newId: services.newId(),
      at: services.now().toISOString(),
      clarification: { round: file.round, questions: file.questions, exportedAt: file.exportedAt, signature },
    });
    navigate(`/respond/${next.id}`);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Clarification questions from the buyer" description="Vendor: heading of the part that opens the buyer's clarification file" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="If {buyer} sends you questions about this response, open their file here. It starts revision {next} of your response, with your answers and files as they are, to change and export again."
          description="Vendor: what opening the buyer's clarification questions does"
          values={{ buyer: <bdi>{props.row.request.buyer.organisation}</bdi>, next: props.row.assessment.revision.number + 1 }}
        />
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>
          <FormattedMessage defaultMessage="Clarification questions from the buyer (.hrba.json)" description="Vendor: file input for the buyer's clarification file; keep .hrba.json" />
        </label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void receive(e.currentTarget)} />
      </div>
      {messages && (
        <div role="alert" className="alert error">
          <p>
            <strong>
              <FormattedMessage defaultMessage="The file was not opened, and nothing changed." description="Vendor: a clarification file was refused" />
            </strong>
          </p>
          <ul>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** On a revision that answers a clarification round: the buyer's questions, and whether the buyer signed them. */
export function BuyerQuestions(props: { row: VendorResponseRow }) {
  const c = props.row.clarification;
  const intl = useIntl();
  if (!c) return null;
  return (
    <section aria-labelledby="buyer-questions-title" className="panel">
      <h2 id="buyer-questions-title">
        <FormattedMessage defaultMessage="The buyer’s questions (round {round})" description="Vendor: heading of the buyer's clarification questions" values={{ round: c.round }} />
      </h2>
      <p className="alert">
        {c.signature
          ? signedByText(intl, c.signature.signer, 'questions')
          : intl.formatMessage({ defaultMessage: 'The questions were not signed: nothing proves who wrote them.', description: 'Vendor: the buyer’s clarification questions have no signature' })}
      </p>
      <p>
        <FormattedMessage
          defaultMessage="This is revision {revision} of your response. Change the answers, notes and evidence files the buyer asks about, then export the response again: it names revision {previous} so the buyer can see what changed."
          description="Vendor: how to answer the buyer's clarification questions"
          values={{ revision: props.row.assessment.revision.number, previous: props.row.assessment.revision.number - 1 }}
        />
      </p>
      <ul className="request-questions">
        {c.questions.map((q) => (
          <li key={q.key}>
            <a href={`#q-${q.key}`} onClick={(e) => (e.preventDefault(), document.getElementById(`q-${q.key}`)?.scrollIntoView())}>
              {q.key}
            </a>
            <FormattedMessage defaultMessage=": {comment}" description="Vendor: after a question id, the buyer's clarification question" values={{ comment: <bdi className="pre-wrap">{q.comment}</bdi> }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
