import { Link } from 'wouter';
import type { Assessment } from '../../domain';
import { sectionHref } from '../assessment/sections';
import { newActionForParam } from '../actions/newActionParam';
import { useDates } from '../common/dates';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ACTION_STATUS_MESSAGES } from './words';

/**
 * The actions that answer this finding, and a way to add one from here: deciding what to do
 * about a harm belongs next to rating it, not three screens away (UNGP 19).
 */
export function FindingActions(props: { assessment: Assessment; findingKey: string }) {
  const linked = props.assessment.actions.filter((a) => a.findingKeys.includes(props.findingKey));
  const intl = useIntl();
  const dates = useDates();
  return (
    <section aria-labelledby="finding-actions-title" className="finding-actions">
      <h3 id="finding-actions-title">
        <FormattedMessage defaultMessage="Actions for this finding" description="Finding editor: heading of the linked actions" />
      </h3>
      {linked.length === 0 ? (
        <p className="muted">
          <FormattedMessage defaultMessage="No action addresses it yet." description="Finding editor: no action is linked to the finding" />
        </p>
      ) : (
        <ul>
          {linked.map((a) => (
            <li key={a.id}>
              <bdi>{a.description}</bdi>{' '}
              <span className="muted">
                · {intl.formatMessage(ACTION_STATUS_MESSAGES[a.status])}
                {a.dueDate &&
                  ` · ${intl.formatMessage({ defaultMessage: 'due {date}', description: 'Finding editor: a linked action’s due date' }, { date: dates.date(a.dueDate) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href={sectionHref(props.assessment.id, 'actions', newActionForParam(props.findingKey))} className="button">
          <FormattedMessage defaultMessage="Create an action for this finding" description="Finding editor: link that opens a new action linked to this finding" />
        </Link>
      </p>
    </section>
  );
}
