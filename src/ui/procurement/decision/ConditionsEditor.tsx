import { useId } from 'react';
import { clausesByRelevance, conditionFromClause, type ClauseLibrary, type DecisionCondition } from '../../../domain/procurement';
import { describeCitation, type SourcesRegistry } from '../../../domain';
import { citationText, GOOD_PRACTICE_WORDS } from '../../../words/citations';

export interface LinkableQuestion {
  key: string;
  question: string;
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
  const { library, conditions, onChange } = props;
  const used = new Set(conditions.map((c) => c.clauseId));
  const flagged = new Set(props.linkable.filter((q) => q.redFlag).map((q) => q.key));
  const weak = new Set(props.linkable.map((q) => q.key));
  const offered = clausesByRelevance(library, flagged, weak).filter((c) => !used.has(c.id));
  const clauses = new Map(library.clauses.map((c) => [c.id, c]));
  const update = (index: number, patch: Partial<DecisionCondition>) => onChange(conditions.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <fieldset disabled={props.disabled} className="conditions">
      <legend>Conditions from the clause library</legend>
      <p className="hint">
        {library.title} ({library.version}). {library.description}
      </p>
      {conditions.map((c, index) => {
        const clause = clauses.get(c.clauseId);
        const answers = new Set(c.answers);
        return (
          <fieldset key={c.clauseId} className="condition" aria-labelledby={`${id}-${c.clauseId}`}>
            <legend id={`${id}-${c.clauseId}`}>Condition {c.clauseId}</legend>
            <div className="field">
              <label htmlFor={`${id}-${c.clauseId}-title`}>Title of condition {c.clauseId}</label>
              <input id={`${id}-${c.clauseId}-title`} value={c.title} maxLength={200} onChange={(e) => update(index, { title: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-${c.clauseId}-text`}>Text of condition {c.clauseId} (edit it for this procurement)</label>
              <textarea id={`${id}-${c.clauseId}-text`} rows={6} value={c.text} maxLength={10000} onChange={(e) => update(index, { text: e.target.value })} />
            </div>
            {props.linkable.length > 0 && (
              <fieldset>
                <legend>What condition {c.clauseId} answers</legend>
                {props.linkable.map((q) => (
                  <label key={q.key} className="choice">
                    <input
                      type="checkbox"
                      checked={answers.has(q.key)}
                      onChange={(e) => update(index, { answers: props.linkable.map((l) => l.key).filter((k) => (k === q.key ? e.target.checked : answers.has(k))) })}
                    />{' '}
                    {q.key}
                    {q.redFlag ? ' (red flag)' : ''}: <bdi>{q.question}</bdi>
                  </label>
                ))}
              </fieldset>
            )}
            {clause && (
              <>
                <p className="citations">
                  <strong>Citations:</strong> {clause.citations.map((ref) => citationText(describeCitation(ref, props.registry))).join('; ')}
                </p>
                {clause.goodPractice && (
                  <p className="hint">
                    {GOOD_PRACTICE_WORDS.label}: {clause.goodPractice}
                  </p>
                )}
              </>
            )}
            <button type="button" onClick={() => onChange(conditions.filter((_, i) => i !== index))}>
              Remove condition {c.clauseId}
            </button>
          </fieldset>
        );
      })}
      {offered.length > 0 && (
        <ul className="clause-list" aria-label="Clauses you can add">
          {offered.map((clause) => {
            const covers = clause.items.filter((item) => weak.has(item));
            return (
              <li key={clause.id}>
                <strong>
                  {clause.id}: {clause.title}
                </strong>
                {covers.length > 0 && <span> — answers {covers.map((k) => (flagged.has(k) ? `${k} (red flag)` : k)).join(', ')}</span>}{' '}
                <button type="button" onClick={() => onChange([...conditions, conditionFromClause(clause, weak)])}>
                  Add {clause.id} as a condition
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
