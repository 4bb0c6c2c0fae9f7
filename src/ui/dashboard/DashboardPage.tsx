import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { ACTION_STATUSES, buildDashboard, type Finding } from '../../domain';
import { useServices } from '../../app/services';
import { sectionHref, type SectionProps } from '../assessment/sections';
import { localDate } from '../common/dates';
import { useFindingWords } from '../findings/format';
import { ACTION_STATUS_MESSAGES, FINDING_STATUS_MESSAGES } from '../findings/words';
import { HRBA_PRINCIPLE_MESSAGES, PI_PRINCIPLE_MESSAGES, STAGE_MESSAGES } from '../common/codeWords';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ChartCard } from './charts/ChartCard';
import { HeatMap, HeatMapTable } from './charts/HeatMap';
import { StackedBars } from './charts/StackedBars';
import { CoverageChart } from './CoverageChart';
import { useFindingTitles } from '../findings/titles';
import { UnreviewedTranslationNote } from '../procurement/ChecklistLanguageNote';

/** The state of the due diligence at a glance, every figure computed by the domain's `buildDashboard`. */
export default function DashboardPage({ assessment, shown, resolved }: SectionProps) {
  const services = useServices();
  const intl = useIntl();
  const { ratingText } = useFindingWords();
  const stage = (id: keyof typeof STAGE_MESSAGES) => intl.formatMessage(STAGE_MESSAGES[id]);
  const actionStatus = (id: keyof typeof ACTION_STATUS_MESSAGES) => intl.formatMessage(ACTION_STATUS_MESSAGES[id]);
  // Read once: a re-render must not move "today" (nor advance a test's clock).
  const [today] = useState(() => localDate(services.now()));
  const d = useMemo(() => buildDashboard(assessment, resolved, today), [assessment, resolved, today]);
  // The risks are named in the language the checklist is read in (the figures stay the domain's).
  const titleOf = useFindingTitles(assessment, shown);
  const openRedFlags = useMemo(() => d.openRedFlags.map(titleOf), [d, titleOf]);
  const topRisks = useMemo(() => d.topRisks.map(titleOf), [d, titleOf]);
  const applicable = d.completion.reduce((n, c) => n + c.applicable, 0);
  const answered = d.completion.reduce((n, c) => n + c.answered, 0);
  const actions = assessment.actions.length;
  const rated = d.heatMap.flat().reduce((n, c) => n + c, 0);
  const redFlagsOnMap = d.heatMapRedFlags.flat().reduce((n, c) => n + c, 0);
  const findingHref = (f: Finding) => sectionHref(assessment.id, 'findings', f.key);
  const completionTitle = intl.formatMessage({ defaultMessage: 'Completion by stage', description: 'Dashboard: chart title' });
  const actionsTitle = intl.formatMessage({ defaultMessage: 'Actions by status', description: 'Dashboard: chart title' });
  const heatTableTitle = intl.formatMessage({ defaultMessage: 'Findings by severity and likelihood', description: 'Dashboard: caption of the heat map’s table' });

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h2 id="dashboard-title">
        <FormattedMessage defaultMessage="Dashboard" description="Dashboard: section heading" />
      </h2>
      {openRedFlags.length + topRisks.length > 0 && <UnreviewedTranslationNote shown={shown} />}
      <section className={d.openRedFlags.length ? 'red-flag-panel raised' : 'red-flag-panel'} aria-labelledby="red-flags-title">
        <h3 id="red-flags-title">
          <FormattedMessage
            defaultMessage="{count, plural, =0 {No open red flag} one {# open red flag} other {# open red flags}}"
            description="Dashboard: heading counting the open red flags (findings that are stop signs)"
            values={{ count: d.openRedFlags.length }}
          />
        </h3>
        {d.openRedFlags.length === 0 ? (
          <p className="muted">
            <FormattedMessage
              defaultMessage="No red flag is raised. Red flags are stop signs whatever a finding’s rating, so they come first here."
              description="Dashboard: no open red flag"
            />
          </p>
        ) : (
          <ul className="risk-list" aria-labelledby="red-flags-title">
            {openRedFlags.map((f) => (
              <li key={f.key}>
                <span className="item-id">{f.itemId}</span>{' '}
                <Link href={findingHref(f)}>
                  <bdi lang={f.titleLang}>{f.title}</bdi>
                </Link>
                <span className="muted"> · {ratingText(f)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ul className="stat-strip" aria-label={intl.formatMessage({ defaultMessage: 'Summary', description: 'Dashboard: spoken name of the key figures' })}>
        <li>
          <FormattedMessage
            defaultMessage="<stat>{answered} of {applicable}</stat> applicable items answered"
            description="Dashboard key figure: checklist items answered of those applicable"
            values={{ answered, applicable, stat: (text) => <span className="stat">{text}</span> }}
          />
        </li>
        <li>
          <FormattedMessage
            defaultMessage="{count, plural, one {<stat>#</stat> finding} other {<stat>#</stat> findings}}, {unrated} not yet rated"
            description="Dashboard key figure: findings (human-rights risks found), and how many are not rated"
            values={{ count: d.findings.length, unrated: d.unratedFindings, stat: (text) => <span className="stat">{text}</span> }}
          />
        </li>
        <li>
          <FormattedMessage
            defaultMessage="{count, plural, one {<stat>#</stat> action} other {<stat>#</stat> actions}}, {overdue} overdue"
            description="Dashboard key figure: actions in the action plan, and how many are past their due date"
            values={{ count: actions, overdue: d.overdueActions, stat: (text) => <span className="stat">{text}</span> }}
          />
        </li>
      </ul>

      <div className="dashboard-grid">
        <ChartCard
          title={completionTitle}
          table={
            <table>
              <caption>{completionTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage defaultMessage="Stage" description="Dashboard table: column of lifecycle stages" />
                  </th>
                  <th scope="col">
                    <FormattedMessage defaultMessage="Answered" description="Dashboard table: column of answered items" />
                  </th>
                  <th scope="col">
                    <FormattedMessage defaultMessage="Applicable" description="Dashboard table: column of applicable items" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.completion.map((c) => (
                  <tr key={c.stage}>
                    <th scope="row">{stage(c.stage)}</th>
                    <td>{c.answered}</td>
                    <td>{c.applicable}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <StackedBars
            share
            label={intl.formatMessage(
              { defaultMessage: 'Bar chart of completion by stage: {bars}.', description: 'Dashboard: spoken name of the chart; bars lists each stage’s figures' },
              {
                bars: intl.formatList(
                  d.completion.map((c) =>
                    intl.formatMessage(
                      { defaultMessage: '{stage} {answered} of {applicable} answered', description: 'Dashboard: one stage’s bar, spoken' },
                      { stage: stage(c.stage), answered: c.answered, applicable: c.applicable },
                    ),
                  ),
                  { type: 'unit' },
                ),
              },
            )}
            rows={d.completion.map((c) => ({
              label: stage(c.stage),
              total: c.applicable,
              segments: [{ value: c.answered, tone: 'strong' }],
              text: intl.formatMessage(
                { defaultMessage: '{answered} of {applicable}', description: 'Dashboard: figures written above a bar' },
                { answered: c.answered, applicable: c.applicable },
              ),
            }))}
          />
        </ChartCard>

        <ChartCard
          title={actionsTitle}
          note={
            <p className={d.overdueActions ? 'chart-note overdue-note' : 'chart-note'}>
              <FormattedMessage
                defaultMessage="{overdue, plural, =0 {No action is overdue.} other {# overdue (past the due date and not done).}}"
                description="Dashboard: how many actions are overdue"
                values={{ overdue: d.overdueActions }}
              />{' '}
              <Link href={sectionHref(assessment.id, 'actions')}>
                <FormattedMessage defaultMessage="Open the action plan" description="Dashboard: link to the action plan" />
              </Link>
            </p>
          }
          table={
            <table>
              <caption>{actionsTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage defaultMessage="Status" description="Dashboard table: column of action statuses" />
                  </th>
                  <th scope="col">
                    <FormattedMessage defaultMessage="Actions" description="Dashboard table: column counting actions" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {ACTION_STATUSES.map((s) => (
                  <tr key={s}>
                    <th scope="row">{actionStatus(s)}</th>
                    <td>{d.actionsByStatus[s]}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">
                    <FormattedMessage defaultMessage="Overdue" description="Dashboard table: row counting overdue actions" />
                  </th>
                  <td>{d.overdueActions}</td>
                </tr>
              </tbody>
            </table>
          }
        >
          <StackedBars
            label={intl.formatMessage(
              { defaultMessage: 'Bar chart of actions by status: {bars}; {overdue} overdue.', description: 'Dashboard: spoken name of the chart; bars lists each status with its count' },
              { bars: intl.formatList(ACTION_STATUSES.map((s) => `${actionStatus(s)} ${intl.formatNumber(d.actionsByStatus[s])}`), { type: 'unit' }), overdue: d.overdueActions },
            )}
            scaleMax={Math.max(1, actions)}
            rows={ACTION_STATUSES.map((s) => ({
              label: actionStatus(s),
              total: d.actionsByStatus[s],
              segments: [{ value: d.actionsByStatus[s], tone: 'strong' }],
              text: intl.formatNumber(d.actionsByStatus[s]),
            }))}
          />
        </ChartCard>

        <ChartCard
          title={intl.formatMessage({ defaultMessage: 'Severity and likelihood', description: 'Dashboard: title of the heat map of findings' })}
          note={
            <p className="chart-note">
              <FormattedMessage
                defaultMessage="Unresolved findings rated on both severity and likelihood: {rated}.{unrated, plural, =0 {} other { Not yet rated, so not on the map: {unrated}.}}"
                description="Dashboard: how many findings are on the heat map, and how many are left off because they are not rated"
                values={{ rated, unrated: d.unratedFindings }}
              />
            </p>
          }
          table={<HeatMapTable counts={d.heatMap} redFlags={d.heatMapRedFlags} caption={heatTableTitle} />}
        >
          <HeatMap
            counts={d.heatMap}
            redFlags={d.heatMapRedFlags}
            label={intl.formatMessage(
              {
                defaultMessage:
                  'Heat map of unresolved findings: severity (the highest of scale, scope and irremediability) from 1 to 4 upwards, likelihood from 1 to 4 across, the number of findings in each cell{flags, plural, =0 {} other {; # of them red flags, marked in their cells}}. The same counts are in the table “{table}”.',
                description: 'Dashboard: spoken description of the heat map; scale, scope and irremediability are the UN Guiding Principles’ dimensions of severity',
              },
              { flags: redFlagsOnMap, table: heatTableTitle },
            )}
          />
        </ChartCard>

        <div className="risk-cards">
          <section className="chart-card" aria-labelledby="top-risks-title">
            <h3 id="top-risks-title">
              <FormattedMessage defaultMessage="Top salient risks" description="Dashboard: heading of the most severe human-rights risks (UNGP “salient”)" />
            </h3>
            {d.topRisks.length === 0 ? (
              <p className="muted">
                <FormattedMessage
                  defaultMessage="{unrated, plural, =0 {No unresolved findings.} one {No finding is rated yet: rate severity and likelihood to rank the # open finding.} other {No finding is rated yet: rate severity and likelihood to rank the # open findings.}}"
                  description="Dashboard: no risk can be ranked yet"
                  values={{ unrated: d.unratedFindings }}
                />
              </p>
            ) : (
              <ol className="risk-list">
                {topRisks.map((f) => (
                  <li key={f.key}>
                    <Link href={findingHref(f)}>
                      <bdi lang={f.titleLang}>{f.title}</bdi>
                    </Link>
                    <p className="muted">
                      {f.redFlag && (
                        <span className="badge red-flag">
                          <FormattedMessage defaultMessage="Red flag" description="Badge on a finding that is a stop sign" />
                        </span>
                      )}{' '}
                      {ratingText(f)} · {intl.formatMessage(FINDING_STATUS_MESSAGES[f.status])}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>

        <CoverageChart
          title={intl.formatMessage({ defaultMessage: 'Coverage by HRBA@Tech principle', description: 'Dashboard: chart title; HRBA@Tech is the product name' })}
          rows={d.hrba}
          names={HRBA_PRINCIPLE_MESSAGES}
        />
        <CoverageChart
          title={intl.formatMessage({ defaultMessage: 'Coverage by Privacy International principle', description: 'Dashboard: chart title; Privacy International is an organisation' })}
          rows={d.pi}
          names={PI_PRINCIPLE_MESSAGES}
        />
      </div>
    </section>
  );
}
