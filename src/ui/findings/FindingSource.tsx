import { Link } from 'wouter';
import { ANSWER_LABELS, STAGE_LABELS, type Assessment, type ChecklistItem, type Finding } from '../../domain';
import { itemHref } from '../assessment/sections';
import { EvidenceLink } from '../common/EvidenceLink';

/** Where an item finding comes from: the item, the answer and its notes, with a way back to it. */
export function FindingSource(props: { assessment: Assessment; finding: Finding; item: ChecklistItem }) {
  const { finding, item } = props;
  const notes = props.assessment.answers[item.id]?.notes.trim();
  const evidence = props.assessment.answers[item.id]?.evidence ?? [];
  return (
    <div className="panel finding-source">
      <p className="item-meta">
        <span className="item-id">{item.id}</span>
        <span className="badge">{STAGE_LABELS[item.stage]}</span>
        <span className="badge">Answered {ANSWER_LABELS[finding.answer!]}</span>
        {finding.redFlag && <span className="badge red-flag">Red flag</span>}
      </p>
      {finding.redFlag && item.redFlag && (
        <p>
          <strong>Red flag:</strong> {item.redFlag.reason} It comes first whatever its rating.
        </p>
      )}
      {notes && (
        <p>
          <strong>Your notes:</strong> <bdi className="prose">{notes}</bdi>
        </p>
      )}
      {evidence.length > 0 && (
        <>
          <p>
            <strong>Your evidence:</strong>
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
        <Link href={itemHref(props.assessment.id, item.id)}>Open {item.id} in the checklist</Link>
      </p>
    </div>
  );
}
