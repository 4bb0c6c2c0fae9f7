import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { percentOfAnswered, resolveChecklist, type AnswerProgress, type AssessmentHeader, type ListRow, type WizardPlace } from '../../domain';
import { useServices } from '../../app/services';
import { useChecklist } from './useChecklistState';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { MODE_MESSAGES, STAGE_MESSAGES } from '../common/stageWords';

const PLACE_MESSAGES: Record<WizardPlace, MessageDescriptor> = {
  ...defineMessages({
    setup: { defaultMessage: 'Setting up', description: 'Home list, furthest step opened: the product step' },
    triage: { defaultMessage: 'Profile', description: 'Home list, furthest step opened: the profile questions' },
    review: { defaultMessage: 'Review opened', description: 'Home list, furthest step opened: the review' },
  }),
  ...STAGE_MESSAGES,
};

const COLUMNS = defineMessages({
  product: { defaultMessage: 'Product', description: 'Home table column' },
  mode: { defaultMessage: 'Mode', description: 'Home table column: kind of assessment' },
  place: { defaultMessage: 'Furthest step opened', description: 'Home table column' },
  answered: { defaultMessage: 'Answered', description: 'Home table column: share of questions answered' },
  edited: { defaultMessage: 'Last edited', description: 'Home table column: date and time' },
  actions: { defaultMessage: 'Actions', description: 'Home table column: buttons for each row' },
});

export interface RowActions {
  onDuplicate: (s: AssessmentHeader) => void;
  onExport: (s: AssessmentHeader) => void;
  onDelete: (s: AssessmentHeader) => void;
}

/**
 * One page of the home list, drawn from light lines: no full row is read to show it,
 * and the profile and answered ids behind "Answered" are read for these rows only.
 */
export function AssessmentTable(props: { rows: ListRow[] } & RowActions) {
  const services = useServices();
  const ids = props.rows.map((r) => r.id).join(',');
  const progress = useLiveQuery(() => services.assessments.progressOf(ids.split(',')), [services, ids]);
  const intl = useIntl();
  return (
    <table className="assessments cards">
      <caption className="visually-hidden">
        <FormattedMessage defaultMessage="Assessments stored in this browser" description="Home: caption of the assessments table" />
      </caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(COLUMNS.product)}</th>
          <th scope="col">{intl.formatMessage(COLUMNS.mode)}</th>
          <th scope="col">{intl.formatMessage(COLUMNS.place)}</th>
          <th scope="col">{intl.formatMessage(COLUMNS.answered)}</th>
          <th scope="col">{intl.formatMessage(COLUMNS.edited)}</th>
          <th scope="col">{intl.formatMessage(COLUMNS.actions)}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((s) => (
          <Row key={s.id} summary={s} progress={progress?.get(s.id)} {...props} />
        ))}
      </tbody>
    </table>
  );
}

function Row(props: { summary: ListRow; progress: AnswerProgress | undefined } & RowActions) {
  const s = props.summary;
  const percent = usePercent(s, props.progress);
  const intl = useIntl();
  const name = s.productName;
  return (
    <tr>
      <th scope="row">
        <Link href={`/a/${s.id}`}><bdi>{name}</bdi></Link>
        {s.organisation && <div className="muted" dir="auto">{s.organisation}</div>}
        {(s.revision > 1 || s.earlier.length > 0) && <EarlierRevisions latest={s} />}
      </th>
      {/* data-label names each cell where a phone shows the row as a card, without the column headers. */}
      <td data-label={intl.formatMessage(COLUMNS.mode)}>{intl.formatMessage(MODE_MESSAGES[s.mode])}</td>
      <td data-label={intl.formatMessage(COLUMNS.place)}>{intl.formatMessage(PLACE_MESSAGES[s.stageReached])}</td>
      <td data-label={intl.formatMessage(COLUMNS.answered)}>{percent === null ? '…' : intl.formatNumber(percent / 100, { style: 'percent' })}</td>
      <td data-label={intl.formatMessage(COLUMNS.edited)}>
        <time dateTime={s.updatedAt}>{intl.formatDateTime(s.updatedAt)}</time>
      </td>
      <td className="actions">
        <button type="button" onClick={() => props.onDuplicate(s)} aria-label={intl.formatMessage({ defaultMessage: 'Duplicate {name}', description: 'Home row button, spoken name' }, { name })}>
          <FormattedMessage defaultMessage="Duplicate" description="Home row button: copy the assessment" />
        </button>
        <button type="button" onClick={() => props.onExport(s)} aria-label={intl.formatMessage({ defaultMessage: 'Export JSON of {name}', description: 'Home row button, spoken name' }, { name })}>
          <FormattedMessage defaultMessage="Export JSON" description="Home row button: download the .hrba.json file" />
        </button>
        <button type="button" className="danger" onClick={() => props.onDelete(s)} aria-label={intl.formatMessage({ defaultMessage: 'Delete {name}', description: 'Home row button, spoken name' }, { name })}>
          <FormattedMessage defaultMessage="Delete" description="Home row button: delete the assessment" />
        </button>
      </td>
    </tr>
  );
}

/** The latest revision's number, and a link to each earlier one of the same chain. */
function EarlierRevisions(props: { latest: ListRow }) {
  const { latest } = props;
  const intl = useIntl();
  return (
    <div className="revisions">
      <span className="badge">
        <FormattedMessage defaultMessage="Revision {revision}" description="Home: revision number of an assessment" values={{ revision: latest.revision }} />
      </span>
      {latest.earlier.length > 0 && (
        <details>
          <summary>
            <FormattedMessage
              defaultMessage="Earlier revisions of {name} ({count})"
              description="Home: folded list of an assessment's earlier revisions"
              values={{ name: <bdi>{latest.productName}</bdi>, count: latest.earlier.length }}
            />
          </summary>
          <ul>
            {latest.earlier.map((e) => (
              <li key={e.id}>
                <Link href={`/a/${e.id}`}>
                  {e.productName !== latest.productName ? (
                    <FormattedMessage
                      defaultMessage="Revision {revision} ({name})"
                      description="Home: link to an earlier revision that had another product name"
                      values={{ revision: e.revision, name: <bdi>{e.productName}</bdi> }}
                    />
                  ) : (
                    <FormattedMessage defaultMessage="Revision {revision}" description="Home: revision number of an assessment" values={{ revision: e.revision }} />
                  )}
                </Link>{' '}
                <span className="muted">
                  <FormattedMessage
                    defaultMessage="last edited {when}"
                    description="Home: when an earlier revision was last changed"
                    values={{ when: <time dateTime={e.updatedAt}>{intl.formatDateTime(e.updatedAt)}</time> }}
                  />
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** The share answered (0–100), computed for the rows on screen only, by the same rule as everywhere else; null until known. */
function usePercent(s: AssessmentHeader, progress: AnswerProgress | undefined): number | null {
  const checklist = useChecklist(s.checklist.id, s.checklist.version);
  return useMemo(() => {
    if (checklist.status !== 'ready' || !progress) return null;
    const answered = new Set(progress.answeredIds);
    return percentOfAnswered((id) => answered.has(id), resolveChecklist(checklist.value.checklist, progress.triage));
  }, [checklist, progress]);
}
