import { useId } from 'react';
import { clausesByRelevance, conditionFromClause, type ClauseLibrary, type DecisionCondition } from '../../../domain/procurement';
import { describeCitation, type SourcesRegistry } from '../../../domain';
import { citationText } from '../../../words/citations';
import { FormattedMessage, useIntl } from '../../../i18n/react';

export interface LinkableQuestion {
  key: string;
  question: string;
  /** The language of `question` when it is not the page's (a checklist question still in English). */
  lang?: string;
  redFlag: boolean;
}

/**
 * The conditions of an approval, drawn from the clause library: the clauses answering the
 * approved vendor's red flags are offered first; each condition added shows the clause's
 * citations (fixed: they are the library's), and its title and text (the buyer's to edit
 * for this procurement), and which of the vendor's red flags and weak answers it answers.
 */
export function ConditionsEditor(props: {
  library: ClauseLibrary;
  registry: SourcesRegistry;
  conditions: DecisionCondition[];
  onChange: (conditions: DecisionCondition[]) => void;
  /** The approved vendor's red flags and weak answers, red flags first. */
  linkable: LinkableQuestion[];
  disabled?: boolean;
}) {
  const id = useId();
  const intl = useIntl();
  const { library, conditions, onChange } = props;
  const used = new Set(conditions.map((c) => c.clauseId));
  const flagged = new Set(props.linkable.filter((q) => q.redFlag).map((q) => q.key));
  const weak = new Set(props.linkable.map((q) => q.key));
  const offered = clausesByRelevance(library, flagged, weak).filter((c) => !used.has(c.id));
  const clauses = new Map(library.clauses.map((c) => [c.id, c]));
  const update = (index: number, patch: Partial<DecisionCondition>) => onChange(conditions.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <fieldset disabled={props.disabled} className="conditions">
      <legend>
        <FormattedMessage defaultMessage="Conditions from the clause library" description="Decision form: the contract conditions of an approval" />
      </legend>
      <p className="hint">
        {library.title} ({library.version}). {library.description}
      </p>
      {conditions.map((c, index) => {
        const clause = clauses.get(c.clauseId);
        const answers = new Set(c.answers);
        return (
          <fieldset key={c.clauseId} className="condition" aria-labelledby={`${id}-${c.clauseId}`}>
            <legend id={`${id}-${c.clauseId}`}>
              <FormattedMessage defaultMessage="Condition {clause}" description="Decision form: one condition; {clause} is a clause id such as CL-02" values={{ clause: c.clauseId }} />
            </legend>
            <div className="field">
              <label htmlFor={`${id}-${c.clauseId}-title`}>
                <FormattedMessage defaultMessage="Title of condition {clause}" description="Decision form: field label" values={{ clause: c.clauseId }} />
              </label>
              <input id={`${id}-${c.clauseId}-title`} value={c.title} maxLength={200} onChange={(e) => update(index, { title: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${c.clauseId}-text`}>
                <FormattedMessage defaultMessage="Text of condition {clause} (edit it for this procurement)" description="Decision form: field label" values={{ clause: c.clauseId }} />
              </label>
              <textarea id={`${id}-${c.clauseId}-text`} rows={6} value={c.text} maxLength={10000} onChange={(e) => update(index, { text: e.target.value })} />
            </div>
            {props.linkable.length > 0 && (
              <fieldset>
                <legend>
                  <FormattedMessage defaultMessage="What condition {clause} answers" description="Decision form: which of the vendor’s red flags and weak answers the condition answers" values={{ clause: c.clauseId }} />
                </legend>
                {props.linkable.map((q) => (
                  <label key={q.key} className="choice">
                    <input
                      type="checkbox"
                      checked={answers.has(q.key)}
                      onChange={(e) => update(index, { answers: props.linkable.map((l) => l.key).filter((k) => (k === q.key ? e.target.checked : answers.has(k))) })}
                    />{' '}
                    <FormattedMessage
                      defaultMessage="{flag, select, yes {{key} (red flag): {question}} other {{key}: {question}}}"
                      description="Decision form: a question the condition may answer; {key} is a question id; flag=yes when the vendor’s answer raises a red flag"
                      values={{ flag: q.redFlag ? 'yes' : 'no', key: q.key, question: <bdi lang={q.lang}>{q.question}</bdi> }}
                    />
                  </label>
                ))}
              </fieldset>
            )}
            {clause && (
              <>
                <p className="citations">
                  <FormattedMessage
                    defaultMessage="<b>Citations:</b> {citations}"
                    description="Decision form: the clause’s sources, kept in their original form"
                    values={{ b: (chunks) => <strong>{chunks}</strong>, citations: clause.citations.map((ref) => citationText(describeCitation(ref, props.registry))).join('; ') }}
                  />
                </p>
                {clause.goodPractice && (
                  <p className="hint">
                    <FormattedMessage
                      defaultMessage="Good practice, not found in the sources: {note}"
                      description="Decision form: the clause’s good-practice note (the tool’s own words, not a requirement of the sources)"
                      values={{ note: clause.goodPractice }}
                    />
                  </p>
                )}
              </>
            )}
            <button type="button" onClick={() => onChange(conditions.filter((_, i) => i !== index))}>
              <FormattedMessage defaultMessage="Remove condition {clause}" description="Decision form: button" values={{ clause: c.clauseId }} />
            </button>
          </fieldset>
        );
      })}
      {offered.length > 0 && (
        <ul className="clause-list" aria-label={intl.formatMessage({ defaultMessage: 'Clauses you can add', description: 'Decision form: list of clauses from the library' })}>
          {offered.map((clause) => {
            const covers = clause.items.filter((item) => weak.has(item));
            return (
              <li key={clause.id}>
                <strong>
                  {clause.id}: {clause.title}
                </strong>
                {covers.length > 0 && (
                  <span>
                    {' '}
                    <FormattedMessage
                      defaultMessage="— answers {keys}"
                      description="Decision form: after a clause, which of the vendor’s questions it answers"
                      values={{
                        keys: intl.formatList(
                          covers.map((k) =>
                            flagged.has(k) ? intl.formatMessage({ defaultMessage: '{key} (red flag)', description: 'Decision form: a question id whose answer raises a red flag' }, { key: k }) : k,
                          ),
                        ),
                      }}
                    />
                  </span>
                )}{' '}
                <button type="button" onClick={() => onChange([...conditions, conditionFromClause(clause, weak)])}>
                  <FormattedMessage defaultMessage="Add {clause} as a condition" description="Decision form: button adding a clause" values={{ clause: clause.id }} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
