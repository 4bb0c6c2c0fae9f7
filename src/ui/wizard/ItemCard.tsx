import { ListIn } from '../common/ListIn';
import { useState } from 'react';
import { describeCitation, isBuyerAssessment, questionFor, type Assessment, type AssessmentChange, type ChecklistItem } from '../../domain';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import { ItemForm } from './ItemForm';
import { useEasyRead } from '../common/easyRead';
import { GUIDANCE_HEADINGS } from './checklistWords';
import { citationText } from '../../words/citations';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { HRBA_PRINCIPLE_MESSAGES } from '../common/codeWords';

export function ItemCard(props: {
  item: ChecklistItem;
  assessment: Assessment;
  loaded: LoadedChecklist;
  onChange: (change: AssessmentChange) => void;
  readOnly?: boolean;
  /** The language the checklist is shown in ("en" for the source). */
  language?: string;
  /** This item's texts are that language's translation (not the English fallback). */
  translated?: boolean;
  /** The translation has not been reviewed yet: said on the item. */
  unreviewed?: boolean;
}) {
  const { item, loaded } = props;
  const [easyEverywhere] = useEasyRead();
  const [easyHere, setEasy] = useState(false);
  const easy = easyEverywhere || easyHere;
  const intl = useIntl();
  const heading = GUIDANCE_HEADINGS[easyEverywhere ? 'easy' : 'plain'];
  const headings = {
    why: intl.formatMessage(heading.why),
    details: intl.formatMessage(heading.details),
    good: intl.formatMessage(heading.good),
    evidence: intl.formatMessage(heading.evidence),
    sources: intl.formatMessage(heading.sources),
  };
  const question = questionFor(item, isBuyerAssessment(loaded.checklist, props.assessment.triage));
  // The language this item's words are in: an item not translated yet stays in English.
  const lang = props.translated ? (props.language ?? 'en') : 'en';
  const module = item.module ? loaded.checklist.modules.find((m) => m.id === item.module) : undefined;
  return (
    <article className="item-card" aria-labelledby={`q-${item.id}`}>
      <p className="item-meta">
        <span className="item-id">{item.id}</span>
        {item.perspective !== 'both' && (
          <span className="badge">
            {item.perspective === 'buyer' ? (
              <FormattedMessage defaultMessage="Buyer question" description="Checklist item badge: asked of the buyer only" />
            ) : (
              <FormattedMessage defaultMessage="Builder question" description="Checklist item badge: asked of the company that builds the product only" />
            )}
          </span>
        )}
        {module && (
          <span className="badge">
            <FormattedMessage defaultMessage="Module: {title}" description="Checklist item badge: the optional module it belongs to" values={{ title: module.title }} />
          </span>
        )}
        {props.translated && props.unreviewed && (
          <span className="badge">
            <FormattedMessage defaultMessage="Translation not yet reviewed" description="Checklist item badge: its question is a translation nobody has reviewed yet" />
          </span>
        )}
        {!props.translated && props.language !== undefined && intl.locale !== 'en' && (
          <span className="badge">
            <FormattedMessage defaultMessage="Not translated yet: shown in English" description="Checklist item badge: this item has no current translation, so it is in English" />
          </span>
        )}
        {item.redFlag && (
          <span className="badge red-flag">
            <FormattedMessage defaultMessage="Red flag" description="Checklist item badge: a negative answer can stop the project" />
          </span>
        )}
      </p>
      <h3 id={`q-${item.id}`} lang={lang}>
        {easy ? item.easyRead : question}
      </h3>
      {/* Why it matters, as hint text under the question (the GOV.UK pattern): the answer group names it as its description. */}
      <p id={`hint-${item.id}`} className="hint">
        <span className="visually-hidden">{headings.why}:</span> <span lang={lang}>{item.guidance.why}</span>
      </p>
      {easyEverywhere ? (
        <details>
          <summary>
            <FormattedMessage defaultMessage="The full question" description="Checklist item, easy read on: disclosure with the full wording" />
          </summary>
          <p lang={lang}>{question}</p>
        </details>
      ) : (
        <button type="button" className="link-button" aria-pressed={easyHere} onClick={() => setEasy(!easyHere)}>
          {easyHere ? (
            <FormattedMessage defaultMessage="Show the full question" description="Checklist item: button back to the full wording" />
          ) : (
            <FormattedMessage defaultMessage="Show the easy-read version" description="Checklist item: button to show the question in easy-read words" />
          )}
        </button>
      )}
      {item.redFlag && (
        <p className="alert warning">
          <FormattedMessage
            defaultMessage="<b>Red flag:</b> {reason} This is escalated whatever the overall score."
            description="Checklist item: why a negative answer is a red flag (the reason comes from the checklist)"
            values={{ reason: <span lang={lang}>{item.redFlag.reason}</span>, b: (text) => <strong>{text}</strong> }}
          />
        </p>
      )}
      <ItemForm item={item} answer={props.assessment.answers[item.id]} onChange={props.onChange} readOnly={props.readOnly} hintId={`hint-${item.id}`} language={lang} />
      <details>
        <summary>{headings.details}</summary>
        <h4>{headings.good}</h4>
        <ul lang={lang}>
          {item.guidance.good.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
        <h4>{headings.evidence}</h4>
        <ul lang={lang}>
          {item.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{headings.sources}</summary>
        <p>
          <FormattedMessage
            defaultMessage="HRBA@Tech principles: {principles}"
            description="Checklist item sources: the HRBA@Tech principles it serves, as a list"
            values={{ principles: intl.formatList(item.principles.hrba.map((p) => intl.formatMessage(HRBA_PRINCIPLE_MESSAGES[p]))) }}
          />
        </p>
        {item.rights.length > 0 && (
          <p>
            <FormattedMessage
              defaultMessage="Rights engaged: {rights}"
              description="Checklist item sources: the human rights it engages (names as the UN sources give them), as a list"
              values={{ rights: <ListIn items={item.rights.map((r) => loaded.registry.rights[r]?.label ?? r)} lang="en" /> }}
            />
          </p>
        )}
        <ul className="citations" lang="en">
          {item.citations.map((c, i) => (
            <li key={i}>{citationText(describeCitation(c, loaded.registry))}</li>
          ))}
        </ul>
        {/* Beside the citations, so nobody reads a cited paragraph as prescribing this measure. */}
        {item.goodPractice && (
          <p className="hint">
            <FormattedMessage
              defaultMessage="<b>Good practice, not found in the sources:</b> {text}"
              description="Checklist item sources: a measure the tool recommends in its own words, which the cited sources do not prescribe"
              values={{ text: item.goodPractice, b: (text) => <strong>{text}</strong> }}
            />
          </p>
        )}
      </details>
    </article>
  );
}
