import { Link } from 'wouter';
import { useState } from 'react';
import { pageHolding, pageOf } from '../../domain';
import type { ShownFinding } from './titles';
import { Pager } from '../common/Pager';
import { sectionHref } from '../assessment/sections';
import { shorten } from '../common/labels';
import { FormattedMessage, useIntl } from '../../i18n/react';

/** The other findings beside the one being edited, in priority order, to move between them. */
export function FindingOutline(props: { assessmentId: string; findings: readonly ShownFinding[]; current: string | null }) {
  // Starts on the page that holds the finding being edited; paged like the list itself.
  const [page, setPage] = useState(() => pageHolding(props.findings.findIndex((f) => f.key === props.current)));
  const shown = pageOf(props.findings, page);
  const intl = useIntl();
  return (
    <aside className="stage-outline" aria-labelledby="finding-outline-title">
      <h2 id="finding-outline-title">
        <FormattedMessage defaultMessage="All findings, in priority order" description="Finding editor: heading of the outline of all findings" />
      </h2>
      {props.findings.length === 0 ? (
        <p className="muted">
          <FormattedMessage defaultMessage="None yet." description="Finding editor outline: there is no finding" />
        </p>
      ) : (
        <ol start={shown.offset + 1}>
          {shown.rows.map((f) => (
            <li key={f.key}>
              <Link href={sectionHref(props.assessmentId, 'findings', f.key)} aria-current={f.key === props.current ? 'page' : undefined}>
                <bdi lang={f.titleLang}>{shorten(f.title, 80)}</bdi>
              </Link>
              {f.redFlag && (
                <span className="badge red-flag">
                  <FormattedMessage defaultMessage="Red flag" description="Badge on a finding that is a stop sign" />
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      <Pager
        page={shown}
        label={intl.formatMessage({ defaultMessage: 'Pages of the findings outline', description: 'Finding editor: spoken name of the outline’s paging' })}
        onPage={setPage}
      />
    </aside>
  );
}
