import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Assessment, ChecklistItem, Finding } from '../../domain';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { itemHref } from '../assessment/sections';
import { ANSWER_MESSAGES, STAGE_MESSAGES } from '../common/codeWords';
import { EvidenceLink } from '../common/EvidenceLink';

const b = (text: ReactNode[]) => <strong>{text}</strong>;

/**
 * Where an item finding comes from: the item, the answer and its notes, with a way back to it.
 * `item` is the checklist item as the person reads it; `lang` is the language of its texts when it
 * is not the page's (an item whose translation is missing stays English).
 */
export function FindingSource(props: { assessment: Assessment; finding: Finding; item: ChecklistItem; lang?: string }) {
  const { finding, item } = props;
  const intl = useIntl();
  const notes = props.assessment.answers[item.id]?.notes.trim();
  const evidence = props.assessment.answers[item.id]?.evidence ?? [];
  return (
    <div className="panel finding-source">
      <p className="item-meta">
        <span className="item-id">{item.id}</span>
        <span className="badge">{intl.formatMessage(STAGE_MESSAGES[item.stage])}</span>
        <span className="badge">
          <FormattedMessage
            defaultMessage="Answered {answer}"
            description="Finding page: badge with the answer that made the finding (Yes, Partly, No…)"
            values={{ answer: intl.formatMessage(ANSWER_MESSAGES[finding.answer!]) }}
          />
        </span>
        {finding.redFlag && (
          <span className="badge red-flag">
            <FormattedMessage defaultMessage="Red flag" description="Badge on a finding that is a stop sign" />
          </span>
        )}
      </p>
      {finding.redFlag && item.redFlag && (
        <p>
          <FormattedMessage
            defaultMessage="<b>Red flag:</b> {reason} It comes first whatever its rating."
            description="Finding page: why the finding is a red flag; reason is the checklist’s sentence"
            values={{ b, reason: <span lang={props.lang}>{item.redFlag.reason}</span> }}
          />
        </p>
      )}
      {notes && (
        <p>
          <FormattedMessage
            defaultMessage="<b>Your notes:</b> {notes}"
            description="Finding page: the notes given with the answer"
            values={{ b, notes: <bdi className="prose">{notes}</bdi> }}
          />
        </p>
      )}
      {evidence.length > 0 && (
        <>
          <p>
            <strong>
              <FormattedMessage defaultMessage="Your evidence:" description="Finding page: the evidence given with the answer (a list follows)" />
            </strong>
          </p>
          <ul className="plain-list">
            {evidence.map((e, i) => (
              <li key={i}>
                <bdi>{e.label}</bdi> {e.url && <EvidenceLink url={e.url} />}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href={itemHref(props.assessment.id, item.id)}>
          <FormattedMessage defaultMessage="Open {item} in the checklist" description="Finding page: link to the checklist item; item is its id such as CON-04" values={{ item: item.id }} />
        </Link>
      </p>
    </div>
  );
}
