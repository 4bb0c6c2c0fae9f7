import { Fragment, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { isRated, type Finding } from '../../domain';
import type { ShownFinding } from './titles';
import { QuickRating, type Rating } from './QuickRating';
import { sectionHref } from '../assessment/sections';
import { TableScroll } from '../common/TableScroll';
import { useFindingWords } from './format';
import { FINDING_STATUS_MESSAGES } from './words';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl, type IntlShape } from '../../i18n/react';

/** Column names: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = defineMessages({
  priority: { defaultMessage: 'Priority', description: 'Findings table: column of the order to act in' },
  finding: { defaultMessage: 'Finding', description: 'Findings table: column of findings (human-rights risks found)' },
  severity: { defaultMessage: 'Severity', description: 'Findings table: column' },
  likelihood: { defaultMessage: 'Likelihood', description: 'Findings table: column' },
  status: { defaultMessage: 'Status', description: 'Findings table: column' },
  source: { defaultMessage: 'Source', description: 'Findings table: column saying where a finding comes from' },
});

const WORDS = defineMessages({
  resolved: { defaultMessage: 'Resolved', description: 'Findings table, priority column: the finding is resolved' },
  rateToRank: { defaultMessage: 'Rate to rank', description: 'Findings table, priority column: the finding needs a rating before it gets a rank' },
});

/**
 * A rank means something only once a finding is rated (or is a red flag, which comes first whatever
 * its rating): before that, the number would just be checklist order dressed up as a priority.
 */
function priorityText(intl: IntlShape, f: Finding, rank: number): string {
  if (f.status === 'resolved') return intl.formatMessage(WORDS.resolved);
  return f.redFlag || isRated(f) ? intl.formatNumber(rank) : intl.formatMessage(WORDS.rateToRank);
}

/**
 * Findings in the order to act on them (the domain's UNGP 24 order), each a link to its
 * editor: one page of them, `offset` being the priority of the first minus one.
 */
export function FindingTable(props: {
  assessmentId: string;
  findings: readonly ShownFinding[];
  offset?: number;
  /** Rate a finding in the list (its four ratings), without opening its editor; absent, the list is read-only. */
  onRate?: (finding: ShownFinding, rating: Rating) => Promise<void>;
}) {
  const intl = useIntl();
  const { severityText, likelihoodText, sourceText } = useFindingWords();
  const column = (key: keyof typeof COLUMNS) => intl.formatMessage(COLUMNS[key]);
  const [rating, setRating] = useState<string | null>(null);
  const ids = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // Closing the rating puts focus back on the button that opened it, as a person expects.
  const close = (key: string) => {
    setRating(null);
    requestAnimationFrame(() => buttons.current.get(key)?.focus());
  };
  const columns = props.onRate ? 7 : 6;
  const caption = intl.formatMessage({ defaultMessage: 'Findings in priority order', description: 'Findings table: caption' });
  return (
    <TableScroll label={caption}>
      <table className="findings-table cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {(Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).map((key) => (
              <th scope="col" key={key}>
                {column(key)}
              </th>
            ))}
            {props.onRate && (
              <th scope="col">
                <FormattedMessage defaultMessage="Quick rating" description="Findings table: column of buttons that rate a finding in place" />
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.findings.map((f, i) => (
            <Fragment key={f.key}>
            <tr className={f.redFlag ? 'red-flag-row' : undefined}>
              <td data-label={column('priority')}>{priorityText(intl, f, (props.offset ?? 0) + i + 1)}</td>
              <th scope="row">
                {f.redFlag && (
                  <span className="badge red-flag">
                    <FormattedMessage defaultMessage="Red flag" description="Badge on a finding that is a stop sign" />
                  </span>
                )}{' '}
                <Link href={sectionHref(props.assessmentId, 'findings', f.key)}>
                  <bdi lang={f.titleLang} id={`${ids}-${f.key}-title`}>
                    {f.title}
                  </bdi>
                </Link>
              </th>
              <td data-label={column('severity')}>{severityText(f)}</td>
              <td data-label={column('likelihood')}>{likelihoodText(f)}</td>
              <td data-label={column('status')}>{intl.formatMessage(FINDING_STATUS_MESSAGES[f.status])}</td>
              <td data-label={column('source')}>{sourceText(f)}</td>
              {props.onRate && (
                <td>
                  <button
                    type="button"
                    ref={(el) => void (el ? buttons.current.set(f.key, el) : buttons.current.delete(f.key))}
                    aria-expanded={rating === f.key}
                    // A title in another language than the page's is named by reference, so it keeps its `lang`.
                    id={`${ids}-${f.key}-rate`}
                    aria-labelledby={f.titleLang ? `${ids}-${f.key}-rate ${ids}-${f.key}-title` : undefined}
                    aria-label={
                      f.titleLang
                        ? undefined
                        : isRated(f)
                        ? intl.formatMessage({ defaultMessage: 'Change rating of “{title}”', description: 'Findings table: spoken name of the button; title is the finding’s' }, { title: f.title })
                        : intl.formatMessage({ defaultMessage: 'Rate “{title}”', description: 'Findings table: spoken name of the button; title is the finding’s' }, { title: f.title })
                    }
                    onClick={() => (rating === f.key ? close(f.key) : setRating(f.key))}
                  >
                    {isRated(f) ? (
                      <FormattedMessage defaultMessage="Change rating" description="Findings table: button that opens the quick rating of a rated finding" />
                    ) : (
                      <FormattedMessage defaultMessage="Rate" description="Findings table: button that opens the quick rating" />
                    )}
                  </button>
                </td>
              )}
            </tr>
            {props.onRate && rating === f.key && (
              <tr className="quick-rating-row">
                <td colSpan={columns}>
                  <QuickRating
                    finding={f}
                    titleId={`${ids}-${f.key}-title`}
                    onCancel={() => close(f.key)}
                    onSave={async (r) => {
                      await props.onRate!(f, r);
                      close(f.key);
                    }}
                  />
                </td>
              </tr>
            )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
