import type { RestoreChoice, RestorePlanRow, RestoreSide } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';

const CHOICE_MESSAGES: Record<RestoreChoice | 'keep', MessageDescriptor> = defineMessages({
  add: { defaultMessage: 'Add', description: 'Restore: what to do with an assessment from the backup' },
  copy: { defaultMessage: 'Add as a copy', description: 'Restore: what to do with an assessment from the backup (keep both)' },
  skip: { defaultMessage: 'Skip', description: 'Restore: what to do with an assessment from the backup (leave it out)' },
  keep: { defaultMessage: 'Skip (keep the stored one)', description: 'Restore: leave the backup’s copy out and keep the one stored here' },
  replace: { defaultMessage: 'Replace the stored one', description: 'Restore: what to do with an assessment from the backup' },
});

function Side(props: { side: RestoreSide }) {
  const s = props.side;
  const intl = useIntl();
  return (
    <>
      <div>
        <FormattedMessage
          defaultMessage="Last edited {when}"
          description="Restore: when an assessment was last changed; when is a date and time"
          values={{ when: <time dateTime={s.updatedAt}>{intl.formatDateTime(s.updatedAt)}</time> }}
        />
      </div>
      <div className="muted">
        <FormattedMessage
          defaultMessage="Created {date}; {answered, plural, one {# answered} other {# answered}}"
          description="Restore: when an assessment was created and how many questions are answered"
          values={{ date: <time dateTime={s.createdAt}>{intl.formatDateTime(s.createdAt, { dateStyle: 'medium' })}</time>, answered: s.answered }}
        />
      </div>
    </>
  );
}

/** Side by side, what the backup holds and what is stored here, with a choice per assessment. */
export function RestorePreview(props: { rows: RestorePlanRow[]; onChoose: (id: string, choice: RestoreChoice) => void }) {
  const intl = useIntl();
  return (
    <table className="restore-preview">
      <caption>
        <FormattedMessage defaultMessage="What the backup holds and what is stored here" description="Restore: caption of the comparison table" />
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <FormattedMessage defaultMessage="Assessment" description="Restore table: column of assessment names" />
          </th>
          <th scope="col">
            <FormattedMessage defaultMessage="In the backup" description="Restore table: column describing the backup’s copy" />
          </th>
          <th scope="col">
            <FormattedMessage defaultMessage="Stored here" description="Restore table: column describing the copy in this browser" />
          </th>
          <th scope="col">
            <FormattedMessage defaultMessage="What to do" description="Restore table: column of choices" />
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" dir="auto">{row.incoming.productName}</th>
            <td>
              <Side side={row.incoming} />
            </td>
            <td>
              {row.stored === null ? (
                <FormattedMessage defaultMessage="Not stored here" description="Restore table: this browser has no copy of the assessment" />
              ) : row.stored === 'unreadable' ? (
                <FormattedMessage defaultMessage="A record this version cannot open" description="Restore table: this browser’s copy cannot be read" />
              ) : (
                <>
                  {row.stored.productName !== row.incoming.productName && (
                    <div>
                      <FormattedMessage
                        defaultMessage='Named "{name}"'
                        description="Restore table: the stored copy has another product name"
                        values={{ name: <bdi>{row.stored.productName}</bdi> }}
                      />
                    </div>
                  )}
                  <Side side={row.stored} />
                  {row.identical && (
                    <div>
                      <FormattedMessage defaultMessage="Identical to the backup" description="Restore table: the stored copy equals the backup’s" />
                    </div>
                  )}
                </>
              )}
            </td>
            <td>
              <select
                aria-label={intl.formatMessage(
                  { defaultMessage: 'What to do with {name}', description: 'Restore table: spoken name of the choice for one assessment' },
                  { name: row.incoming.productName },
                )}
                value={row.choice}
                onChange={(e) => props.onChoose(row.id, e.target.value as RestoreChoice)}
              >
                {row.options.map((o) => (
                  <option key={o} value={o}>
                    {intl.formatMessage(CHOICE_MESSAGES[o === 'skip' && row.stored !== null ? 'keep' : o])}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
