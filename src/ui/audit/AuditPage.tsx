import { useMemo, useState } from 'react';
import { STAGES, countReviewed, type Assessment } from '../../domain';
import type { SectionProps } from '../assessment/sections';
import { AuditStatementForm } from './AuditStatementForm';
import { ItemReviewList } from './ItemReviewList';
import { LockRevision } from './LockRevision';
import { defineMessage } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { failureReason } from '../common/storageMessages';

const HEADING = defineMessage({ defaultMessage: 'Audit review', description: 'Audit: section heading' });

/**
 * The auditor's side of an assessment: a verdict per applicable item beside the
 * respondent's answer, and the statement (scope, method, limitations, opinion).
 * Every write is a `review.set` or `audit.set` through the one write path, and
 * neither touches the respondent's answers, notes or evidence.
 */
export default function AuditPage(props: SectionProps) {
  const { assessment, resolved } = props;
  const itemIds = useMemo(() => STAGES.flatMap((s) => resolved.applicable[s].map((i) => i.id)), [resolved]);
  if (assessment.mode !== 'audit') return <StartAudit {...props} />;
  const reviewed = countReviewed(assessment, itemIds);
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">
        <FormattedMessage {...HEADING} />
      </h2>
      <p className="lead">
        <FormattedMessage
          defaultMessage="The respondent’s answers, notes and evidence are shown as they gave them; nothing here changes them. Give each applicable item a verdict, then state the scope, method, limitations and your overall opinion. Every verdict and statement is recorded in the change trail under the auditor’s name."
          description="Audit: what the audit review does"
        />
      </p>
      <p className="muted" aria-live="polite">
        <FormattedMessage
          defaultMessage="{reviewed} of {total, plural, one {# applicable item} other {# applicable items}} reviewed."
          description="Audit: progress; reviewed and total are numbers of checklist items"
          values={{ reviewed, total: itemIds.length }}
        />
      </p>
      <AuditStatementForm assessment={assessment} commit={props.commit} readOnly={props.readOnly} />
      <ItemReviewList {...props} itemIds={itemIds} />
      {!props.readOnly && <LockRevision assessment={assessment} commit={props.commit} unreviewed={itemIds.length - reviewed} />}
    </section>
  );
}

/** Outside audit mode: what auditing means here, and the switch. */
function StartAudit(props: SectionProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const intl = useIntl();
  const a: Assessment = props.assessment;
  async function start() {
    try {
      await props.commit({ type: 'subject.set', subject: a.subject, mode: 'audit' });
    } catch (error) {
      const reason = failureReason(error, intl);
      setFailure(intl.formatMessage({ defaultMessage: 'Not switched: {reason}', description: 'Audit: switching to audit mode failed; reason says why, as a lower-case sentence' }, { reason }));
    }
  }
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">
        <FormattedMessage {...HEADING} />
      </h2>
      <p className="lead">
        <FormattedMessage
          defaultMessage="An auditor checks someone else’s answers independently. In audit mode you see each answer with its notes and evidence beside your verdict (conforms, partially conforms, does not conform, not verified) and a comment, and you record the scope, method and limitations of your work and an overall opinion. The respondent’s answers are not changed, and the reports gain an auditor’s section."
          description="Audit: what audit mode is, before switching to it"
        />
      </p>
      {failure && (
        <p role="alert" className="alert error">
          {failure}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={start} disabled={props.readOnly}>
          <FormattedMessage defaultMessage="Audit this assessment" description="Audit: button that switches the assessment to audit mode" />
        </button>
      </div>
    </section>
  );
}
