import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { useServices } from '../../../app/services';
import type { VendorResponseRow } from '../../../db/procurementRows';
import { openClarificationFile } from './openClarification';

/**
 * On an exported response: open the buyer's clarification questions, which starts the
 * next revision (same answers and files, naming this one) to answer them in. This
 * revision stays exactly as exported.
 */
export function ClarificationIntake(props: { row: VendorResponseRow }) {
  const services = useServices();
  const [, navigate] = useLocation();
  const id = useId();
  const [messages, setMessages] = useState<string[] | null>(null);

  async function receive(input: HTMLInputElement) {
    const f = input.files?.[0];
    input.value = '';
    setMessages(null);
    if (!f) return;
    const opened = await openClarificationFile(props.row, { size: f.size, bytes: async () => new Uint8Array(await f.arrayBuffer()) });
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
      <h2 id={`${id}-title`}>Clarification questions from the buyer</h2>
      <p>
        If <bdi>{props.row.request.buyer.organisation}</bdi> sends you questions about this response, open their file here. It starts revision{' '}
        {props.row.assessment.revision.number + 1} of your response, with your answers and files as they are, to change and export again.
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>Clarification questions from the buyer (.hrba.json)</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void receive(e.currentTarget)} />
      </div>
      {messages && (
        <div role="alert" className="alert error">
          <p>
            <strong>The file was not opened, and nothing changed.</strong>
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
  if (!c) return null;
  return (
    <section aria-labelledby="buyer-questions-title" className="panel">
      <h2 id="buyer-questions-title">The buyer’s questions (round {c.round})</h2>
      <p className="alert">
        {c.signature ? `Signed by ${c.signature.signer ?? 'an unnamed signer'}; the signature matched the questions when you opened them.` : 'The questions were not signed: nothing proves who wrote them.'}
      </p>
      <p>
        This is revision {props.row.assessment.revision.number} of your response. Change the answers, notes and evidence files the buyer asks about, then export
        the response again: it names revision {props.row.assessment.revision.number - 1} so the buyer can see what changed.
      </p>
      <ul className="request-questions">
        {c.questions.map((q) => (
          <li key={q.key}>
            <a href={`#q-${q.key}`} onClick={(e) => (e.preventDefault(), document.getElementById(`q-${q.key}`)?.scrollIntoView())}>
              {q.key}
            </a>
            : <bdi className="pre-wrap">{q.comment}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
