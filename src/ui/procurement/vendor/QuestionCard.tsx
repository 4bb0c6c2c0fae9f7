import { useState } from 'react';
import { ANSWER_LABELS, ANSWER_STATUSES, type AnswerStatus, type ItemAnswer } from '../../../domain';
import type { DealBreaker } from '../../../domain/procurement';
import type { EvidenceRow } from '../../../db/procurementRows';
import { dealBreakerRuleText } from '../dealBreakerWords';

export interface QuestionCardProps {
  questionKey: string;
  text: string;
  guidance?: string;
  mandatory: boolean;
  rule: DealBreaker | undefined;
  answer: ItemAnswer | undefined;
  evidence: readonly EvidenceRow[];
  readOnly: boolean;
  /** The buyer's clarification question on this answer, on a revision that answers a clarification round. */
  buyerQuestion?: string;
  onAnswer: (status: AnswerStatus | null, notes: string) => Promise<void>;
  onAttach: (file: File) => Promise<void>;
  onRemove: (sha256: string) => Promise<void>;
}

const size = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

/** One question of a request as the vendor answers it: the answer, notes, and evidence files. */
export function QuestionCard(props: QuestionCardProps) {
  const k = props.questionKey;
  // Shown at once when chosen, before the save that the stored answer then confirms.
  const [status, setStatus] = useState<AnswerStatus | null>(props.answer?.status ?? null);
  const [notes, setNotes] = useState(props.answer?.notes ?? '');
  return (
    <article className="panel review-card" aria-labelledby={`q-${k}`}>
      <h3 id={`q-${k}`} className="review-question">
        <span className="item-id">{k}</span> <bdi>{props.text}</bdi>
      </h3>
      {props.mandatory && <p className="badge">Mandatory</p>}
      {props.rule && <p className="red-flag-text">Deal-breaker. {dealBreakerRuleText(props.rule)}</p>}
      {props.buyerQuestion && (
        <p className="alert warning pre-wrap">
          The buyer asks: <bdi>{props.buyerQuestion}</bdi>
        </p>
      )}
      <fieldset disabled={props.readOnly}>
        <legend>Answer to {k}</legend>
        {ANSWER_STATUSES.map((s) => (
          <label key={s} className="choice">
            <input type="radio" name={`answer-${k}`} checked={status === s} onChange={() => (setStatus(s), void props.onAnswer(s, notes))} /> {ANSWER_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`notes-${k}`}>Notes on {k}</label>
        <textarea
          id={`notes-${k}`}
          rows={3}
          value={notes}
          readOnly={props.readOnly}
          onChange={(e) => setNotes(e.target.value)}
          onBlur={() => notes !== (props.answer?.notes ?? '') && void props.onAnswer(status, notes)}
        />
      </div>
      <ul className="evidence-files">
        {props.evidence.map((e) => (
          <li key={e.sha256}>
            <bdi>{e.name}</bdi> ({size(e.bytes)}, <code className="hash">{e.sha256.slice(0, 19)}…</code>){' '}
            {!props.readOnly && (
              <button type="button" className="link-button" onClick={() => void props.onRemove(e.sha256)}>
                Remove {e.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!props.readOnly && (
        <div className="field">
          <label htmlFor={`files-${k}`}>Attach evidence files to {k}</label>
          <input
            id={`files-${k}`}
            type="file"
            multiple
            onChange={async (e) => {
              const input = e.currentTarget;
              for (const file of Array.from(input.files ?? [])) await props.onAttach(file);
              input.value = '';
            }}
          />
          <p className="hint">PDF, images or documents, up to 25 MB each. They stay on this device until you export the response.</p>
        </div>
      )}
    </article>
  );
}
