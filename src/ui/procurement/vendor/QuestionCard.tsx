import { useState } from 'react';
import { ANSWER_STATUSES, type AnswerStatus, type ItemAnswer } from '../../../domain';
import { FormattedMessage, useIntl, type IntlShape } from '../../../i18n/react';
import { ANSWER_MESSAGES } from '../../common/codeWords';
import type { DealBreaker } from '../../../domain/procurement';
import type { EvidenceRow } from '../../../db/procurementRows';
import { dealBreakerRuleText } from '../dealBreakerWords';
import { isolate } from '../codeMessages';

export interface QuestionCardProps {
  questionKey: string;
  text: string;
  /** "en" when the question is shown in English inside another language (its translation is missing or stale). */
  lang?: string;
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

/** "1.2 MB" or "340 kB", in the language's own numbers and unit words. */
export const fileSize = (intl: Pick<IntlShape, 'formatNumber'>, bytes: number) =>
  bytes >= 1048576
    ? intl.formatNumber(bytes / 1048576, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1, minimumFractionDigits: 1 })
    : intl.formatNumber(Math.max(1, Math.round(bytes / 1024)), { style: 'unit', unit: 'kilobyte' });

/** One question of a request as the vendor answers it: the answer, notes, and evidence files. */
export function QuestionCard(props: QuestionCardProps) {
  const k = props.questionKey;
  const intl = useIntl();
  // Shown at once when chosen, before the save that the stored answer then confirms.
  const [status, setStatus] = useState<AnswerStatus | null>(props.answer?.status ?? null);
  const [notes, setNotes] = useState(props.answer?.notes ?? '');
  return (
    <article className="panel review-card" aria-labelledby={`q-${k}`}>
      <h3 id={`q-${k}`} className="review-question">
        <span className="item-id">{k}</span> <bdi lang={props.lang}>{props.text}</bdi>
      </h3>
      {props.mandatory && (
        <p className="badge">
          <FormattedMessage defaultMessage="Mandatory" description="Vendor: badge on a question the buyer requires an answer to" />
        </p>
      )}
      {props.rule && (
        <p className="red-flag-text">
          <FormattedMessage defaultMessage="Deal-breaker. {rule}" description="Vendor: beside a deal-breaker question, which answers raise a red flag" values={{ rule: dealBreakerRuleText(intl, props.rule) }} />
        </p>
      )}
      {props.buyerQuestion && (
        <p className="alert warning pre-wrap">
          <FormattedMessage defaultMessage="The buyer asks: {question}" description="Vendor: the buyer's clarification question on this answer" values={{ question: <bdi>{props.buyerQuestion}</bdi> }} />
        </p>
      )}
      <fieldset disabled={props.readOnly}>
        <legend>
          <FormattedMessage defaultMessage="Answer to {key}" description="Vendor: group of answer choices for question {key} (an id such as DEP-03)" values={{ key: k }} />
        </legend>
        {ANSWER_STATUSES.map((s) => (
          <label key={s} className="choice">
            <input type="radio" name={`answer-${k}`} checked={status === s} onChange={() => (setStatus(s), void props.onAnswer(s, notes))} /> {intl.formatMessage(ANSWER_MESSAGES[s])}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`notes-${k}`}>
          <FormattedMessage defaultMessage="Notes on {key}" description="Vendor: notes field for question {key}" values={{ key: k }} />
        </label>
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
            <FormattedMessage
              defaultMessage="{name} ({size}, {hash})"
              description="Vendor: an attached evidence file, its size and the start of its SHA-256 hash"
              values={{ name: <bdi>{e.name}</bdi>, size: fileSize(intl, e.bytes), hash: <code className="hash">{e.sha256.slice(0, 19)}…</code> }}
            />{' '}
            {!props.readOnly && (
              <button type="button" className="link-button" onClick={() => void props.onRemove(e.sha256)}>
                <FormattedMessage defaultMessage="Remove {name}" description="Vendor: button removing an attached evidence file" values={{ name: isolate(intl, e.name) }} />
              </button>
            )}
          </li>
        ))}
      </ul>
      {!props.readOnly && (
        <div className="field">
          <label htmlFor={`files-${k}`}>
            <FormattedMessage defaultMessage="Attach evidence files to {key}" description="Vendor: file input for evidence on question {key}" values={{ key: k }} />
          </label>
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
          <p className="hint">
            <FormattedMessage
              defaultMessage="PDF, images or documents, up to {max} each. They stay on this device until you export the response."
              description="Vendor: hint under the evidence file input; {max} is a size such as 25 MB"
              values={{ max: intl.formatNumber(25, { style: 'unit', unit: 'megabyte' }) }}
            />
          </p>
        </div>
      )}
    </article>
  );
}
