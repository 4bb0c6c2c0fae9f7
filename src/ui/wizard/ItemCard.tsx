import { useState } from 'react';
import { describeCitation, isBuyerAssessment, questionFor, type Assessment, type AssessmentChange, type ChecklistItem } from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import { ItemForm } from './ItemForm';
import { GUIDANCE_HEADINGS, useEasyRead } from '../common/easyRead';
import { citationText, GOOD_PRACTICE_WORDS } from '../../words/citations';

const HRBA_LABELS: Record<string, string> = {
  accountable: 'Accountable',
  secure: 'Secure',
  'non-discriminatory': 'Non-discriminatory',
  'grounded-in-ihrl': 'Grounded in international human rights law',
  representation: 'Representation',
  transparency: 'Transparency',
  empowerment: 'Empowerment',
};

export function ItemCard(props: {
  item: ChecklistItem;
  assessment: Assessment;
  loaded: LoadedChecklist;
  onChange: (change: AssessmentChange) => void;
  readOnly?: boolean;
}) {
  const { item, loaded } = props;
  const [easyEverywhere] = useEasyRead();
  const [easyHere, setEasy] = useState(false);
  const easy = easyEverywhere || easyHere;
  const headings = GUIDANCE_HEADINGS[easyEverywhere ? 'easy' : 'plain'];
  const question = questionFor(item, isBuyerAssessment(loaded.checklist, props.assessment.triage));
  const module = item.module ? loaded.checklist.modules.find((m) => m.id === item.module) : undefined;
  return (
    <article className="item-card" aria-labelledby={`q-${item.id}`}>
      <p className="item-meta">
        <span className="item-id">{item.id}</span>
        {item.perspective !== 'both' && <span className="badge">{item.perspective === 'buyer' ? 'Buyer' : 'Builder'} question</span>}
        {module && <span className="badge">Module: {module.title}</span>}
        {item.redFlag && <span className="badge red-flag">Red flag</span>}
      </p>
      <h3 id={`q-${item.id}`}>{easy ? item.easyRead : question}</h3>
      {/* Why it matters, as hint text under the question (the GOV.UK pattern): the answer group names it as its description. */}
      <p id={`hint-${item.id}`} className="hint">
        <span className="visually-hidden">{headings.why}:</span> {item.guidance.why}
      </p>
      {easyEverywhere ? (
        <details>
          <summary>The full question</summary>
          <p>{question}</p>
        </details>
      ) : (
        <button type="button" className="link-button" aria-pressed={easyHere} onClick={() => setEasy(!easyHere)}>
          {easyHere ? 'Show the full question' : 'Show the easy-read version'}
        </button>
      )}
      {item.redFlag && (
        <p className="alert warning">
          <strong>Red flag:</strong> {item.redFlag.reason} This is escalated whatever the overall score.
        </p>
      )}
      <ItemForm item={item} answer={props.assessment.answers[item.id]} onChange={props.onChange} readOnly={props.readOnly} hintId={`hint-${item.id}`} />
      <details>
        <summary>{headings.details}</summary>
        <h4>{headings.good}</h4>
        <ul>
          {item.guidance.good.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
        <h4>{headings.evidence}</h4>
        <ul>
          {item.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{headings.sources}</summary>
        <p>HRBA@Tech principles: {item.principles.hrba.map((p) => HRBA_LABELS[p] ?? p).join(', ')}</p>
        {item.rights.length > 0 && <p>Rights engaged: {item.rights.map((r) => loaded.registry.rights[r]?.label ?? r).join('; ')}</p>}
        <ul className="citations">
          {item.citations.map((c, i) => (
            <li key={i}>{citationText(describeCitation(c, loaded.registry))}</li>
          ))}
        </ul>
        {/* Beside the citations, so nobody reads a cited paragraph as prescribing this measure. */}
        {item.goodPractice && (
          <p className="hint">
            <strong>{GOOD_PRACTICE_WORDS.label}:</strong> {item.goodPractice}
          </p>
        )}
      </details>
    </article>
  );
}
