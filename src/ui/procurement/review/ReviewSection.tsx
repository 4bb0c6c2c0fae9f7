import { useId, useState } from 'react';
import { diffResponseRevisions, requestQuestionKeys, responseRedFlags, type ResponseVerdict } from '../../../domain/procurement';
import { useServices } from '../../../app/services';
import type { LoadedChecklist } from '../../../app/checklistCatalog';
import type { ProcurementRow, ResponseRow } from '../../../db/procurementRows';
import { questionText } from '../questionText';
import { ChecklistLanguageNote } from '../ChecklistLanguageNote';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { responseFileOf } from '../responseImport';
import { useProcurementRepo } from '../useProcurementRepo';
import { ClarificationPanel } from './ClarificationPanel';
import { latestRows } from './latestRevisions';
import { ReviewCard } from './ReviewCard';
import { RevisionDiff } from './RevisionDiff';
import { failureReason } from '../../common/storageMessages';

/**
 * The buyer's review of one vendor's latest revision, answer by answer: a verdict and a
 * comment beside each answer (stored beside the response, never in it), what changed
 * since the round before, and the clarification round that sends open questions back.
 */
export function ReviewSection(props: { procurement: ProcurementRow & { requestHash: string }; rows: readonly ResponseRow[]; loaded: LoadedChecklist }) {
  const services = useServices();
  const intl = useIntl();
  const repo = useProcurementRepo();
  const id = useId();
  const vendors = latestRows(props.rows);
  const [chosen, setChosen] = useState(vendors[0]?.organisation ?? '');
  const [unreviewedOnly, setUnreviewedOnly] = useState(false);
  const row = vendors.find((v) => v.organisation === chosen) ?? vendors[0];
  if (!row || !repo) return null;
  const request = props.procurement.request;
  const file = responseFileOf(row);
  const answers = file.assessment.answers;
  const parentRow = props.rows.find((r) => r.id === file.assessment.revision.parent?.id);
  const previous = parentRow ? responseFileOf(parentRow) : null;
  const diff = previous ? diffResponseRevisions(request, previous, file) : [];
  const changed = new Set(diff.map((d) => d.key));
  const items = new Map(props.loaded.checklist.items.map((i) => [i.id, i]));
  const flags = new Map(responseRedFlags(request, answers, items).map((f) => [f.key, f.source]));
  const verdicts = row.review?.answers ?? {};
  const keys = requestQuestionKeys(request);
  const reviewed = keys.filter((k) => Object.hasOwn(verdicts, k)).length;
  const shown = unreviewedOnly ? keys.filter((k) => !Object.hasOwn(verdicts, k)) : keys;

  const save = async (key: string, verdict: ResponseVerdict, comment: string) => {
    try {
      await repo.reviewAnswer(row.id, key, { verdict, comment, reviewedAt: services.now().toISOString(), reviewedBy: '' });
      return null;
    } catch (e) {
      return intl.formatMessage({ defaultMessage: 'The review of {key} was not saved: {reason}', description: 'Review: storing a verdict failed; {reason} says why, as a lower-case sentence' }, { key, reason: failureReason(e, intl) });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage defaultMessage="Review" description="Procurement page: heading of the buyer’s review of a vendor’s answers" />
      </h2>
      <div className="field review-vendor">
        <label htmlFor={`${id}-vendor`}>
          <FormattedMessage defaultMessage="Vendor to review" description="Review: choice of vendor" />
        </label>
        <select id={`${id}-vendor`} value={row.organisation} onChange={(e) => setChosen(e.target.value)}>
          {vendors.map((v) => (
            <option key={v.id} value={v.organisation}>
              {intl.formatMessage({ defaultMessage: '{vendor} (revision {revision})', description: 'Review: a vendor and its latest revision, in the vendor choice' }, { vendor: v.organisation, revision: v.revision })}
            </option>
          ))}
        </select>
      </div>
      <p role="status">
        <FormattedMessage
          defaultMessage="{vendor}, revision {revision}: {reviewed} of {total, plural, one {# answer} other {# answers}} reviewed."
          description="Review: how many of the vendor’s answers the buyer has reviewed"
          values={{ vendor: <bdi>{row.organisation}</bdi>, revision: row.revision, reviewed, total: keys.length }}
        />
      </p>
      {previous && parentRow && (
        <RevisionDiff round={parentRow.revision} diff={diff} previous={{ answers: previous.assessment.answers, evidence: previous.evidence }} next={{ answers, evidence: file.evidence }} />
      )}
      <label className="choice">
        <input type="checkbox" checked={unreviewedOnly} onChange={(e) => setUnreviewedOnly(e.target.checked)} />{' '}
        <FormattedMessage defaultMessage="Only answers not reviewed yet" description="Review: checkbox filtering the answers" />
      </label>
      {shown.length === 0 && (
        <p>
          <FormattedMessage defaultMessage="Every answer of this revision is reviewed." description="Review: nothing left to review" />
        </p>
      )}
      <ChecklistLanguageNote loaded={props.loaded}>
        {(inLanguage) =>
          shown.map((key) => (
            <ReviewCard
              key={`${row.id}-${key}`}
              questionKey={key}
              text={questionText(key, request, inLanguage.loaded.checklist)}
              answer={Object.hasOwn(answers, key) ? answers[key] : undefined}
              evidence={file.evidence.filter((e) => e.questionKey === key)}
              redFlag={flags.get(key) ?? null}
              changedSinceRound={changed.has(key) && parentRow ? parentRow.revision : null}
              review={Object.hasOwn(verdicts, key) ? verdicts[key] : undefined}
              onSave={(verdict, comment) => save(key, verdict, comment)}
            />
          ))
        }
      </ChecklistLanguageNote>
      <ClarificationPanel procurement={props.procurement} request={request} row={row} />
    </section>
  );
}
