import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, buildDashboard, FINDING_STATUS_LABELS, severityScore, STAGE_LABELS, type Finding } from '../../domain';
import { useServices } from '../../app/services';
import { sectionHref, type SectionProps } from '../assessment/sections';
import { localDate } from '../common/dates';
import { likelihoodText, severityText } from '../findings/format';
import { ChartCard } from './charts/ChartCard';
import { HeatMap, HeatMapTable } from './charts/HeatMap';
import { StackedBars } from './charts/StackedBars';
import { CoverageChart } from './CoverageChart';

const ratingText = (f: Finding) =>
  severityScore(f.severity) === null && f.likelihood === null ? 'Not yet rated' : `Severity ${severityText(f)} · likelihood ${likelihoodText(f)}`;

/** The state of the due diligence at a glance, every figure computed by the domain's `buildDashboard`. */
export default function DashboardPage({ assessment, resolved }: SectionProps) {
  const services = useServices();
  // Read once: a re-render must not move "today" (nor advance a test's clock).
  const [today] = useState(() => localDate(services.now()));
  const d = useMemo(() => buildDashboard(assessment, resolved, today), [assessment, resolved, today]);
  const applicable = d.completion.reduce((n, c) => n + c.applicable, 0);
  const answered = d.completion.reduce((n, c) => n + c.answered, 0);
  const actions = assessment.actions.length;
  const rated = d.heatMap.flat().reduce((n, c) => n + c, 0);
  const redFlagsOnMap = d.heatMapRedFlags.flat().reduce((n, c) => n + c, 0);
  const findingHref = (f: Finding) => sectionHref(assessment.id, 'findings', f.key);

  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h2 id="dashboard-title">Dashboard</h2>
      <section className={d.openRedFlags.length ? 'red-flag-panel raised' : 'red-flag-panel'} aria-labelledby="red-flags-title">
        <h3 id="red-flags-title">
          {d.openRedFlags.length === 0 ? 'No open red flag' : `${d.openRedFlags.length} open red flag${d.openRedFlags.length === 1 ? '' : 's'}`}
        </h3>
        {d.openRedFlags.length === 0 ? (
          <p className="muted">No red flag is raised. Red flags are stop signs whatever a finding's rating, so they come first here.</p>
        ) : (
          <ul className="risk-list" aria-labelledby="red-flags-title">
            {d.openRedFlags.map((f) => (
              <li key={f.key}>
                <span className="item-id">{f.itemId}</span> <Link href={findingHref(f)}><bdi>{f.title}</bdi></Link>
                <span className="muted"> · {ratingText(f)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ul className="stat-strip" aria-label="Summary">
        <li>
          <span className="stat">{answered} of {applicable}</span> applicable items answered
        </li>
        <li>
          <span className="stat">{d.findings.length}</span> finding{d.findings.length === 1 ? '' : 's'}, {d.unratedFindings} not yet rated
        </li>
        <li>
          <span className="stat">{actions}</span> action{actions === 1 ? '' : 's'}, {d.overdueActions} overdue
        </li>
      </ul>

      <div className="dashboard-grid">
        <ChartCard
          title="Completion by stage"
          table={
            <table>
              <caption>Completion by stage</caption>
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Applicable</th>
                </tr>
              </thead>
              <tbody>
                {d.completion.map((c) => (
                  <tr key={c.stage}>
                    <th scope="row">{STAGE_LABELS[c.stage]}</th>
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
            label={`Bar chart of completion by stage: ${d.completion.map((c) => `${STAGE_LABELS[c.stage]} ${c.answered} of ${c.applicable} answered`).join('; ')}.`}
            rows={d.completion.map((c) => ({
              label: STAGE_LABELS[c.stage],
              total: c.applicable,
              segments: [{ value: c.answered, tone: 'strong' }],
              text: `${c.answered} of ${c.applicable}`,
            }))}
          />
        </ChartCard>

        <ChartCard
          title="Actions by status"
          note={
            <p className={d.overdueActions ? 'chart-note overdue-note' : 'chart-note'}>
              {d.overdueActions === 0 ? 'No action is overdue.' : `${d.overdueActions} overdue (past the due date and not done).`}{' '}
              <Link href={sectionHref(assessment.id, 'actions')}>Open the action plan</Link>
            </p>
          }
          table={
            <table>
              <caption>Actions by status</caption>
              <thead>
                <tr>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {ACTION_STATUSES.map((s) => (
                  <tr key={s}>
                    <th scope="row">{ACTION_STATUS_LABELS[s]}</th>
                    <td>{d.actionsByStatus[s]}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Overdue</th>
                  <td>{d.overdueActions}</td>
                </tr>
              </tbody>
            </table>
          }
        >
          <StackedBars
            label={`Bar chart of actions by status: ${ACTION_STATUSES.map((s) => `${ACTION_STATUS_LABELS[s]} ${d.actionsByStatus[s]}`).join('; ')}; ${d.overdueActions} overdue.`}
            scaleMax={Math.max(1, actions)}
            rows={ACTION_STATUSES.map((s) => ({
              label: ACTION_STATUS_LABELS[s],
              total: d.actionsByStatus[s],
              segments: [{ value: d.actionsByStatus[s], tone: 'strong' }],
              text: String(d.actionsByStatus[s]),
            }))}
          />
        </ChartCard>

        <ChartCard
          title="Severity and likelihood"
          note={
            <p className="chart-note">
              Unresolved findings rated on both severity and likelihood: {rated}.
              {d.unratedFindings > 0 && ` Not yet rated, so not on the map: ${d.unratedFindings}.`}
            </p>
          }
          table={<HeatMapTable counts={d.heatMap} redFlags={d.heatMapRedFlags} caption="Findings by severity and likelihood" />}
        >
          <HeatMap
            counts={d.heatMap}
            redFlags={d.heatMapRedFlags}
            label={`Heat map of unresolved findings: severity (the highest of scale, scope and irremediability) from 1 to 4 upwards, likelihood from 1 to 4 across, the number of findings in each cell${redFlagsOnMap ? `; ${redFlagsOnMap} of them red flags, marked in their cells` : ''}. The same counts are in the table “Findings by severity and likelihood”.`}
          />
        </ChartCard>

        <div className="risk-cards">
          <section className="chart-card" aria-labelledby="top-risks-title">
            <h3 id="top-risks-title">Top salient risks</h3>
            {d.topRisks.length === 0 ? (
              <p className="muted">
                {d.unratedFindings > 0 ? `No finding is rated yet: rate severity and likelihood to rank the ${d.unratedFindings} open finding${d.unratedFindings === 1 ? "" : "s"}.` : 'No unresolved findings.'}
              </p>
            ) : (
              <ol className="risk-list">
                {d.topRisks.map((f) => (
                  <li key={f.key}>
                    <Link href={findingHref(f)}><bdi>{f.title}</bdi></Link>
                    <p className="muted">
                      {f.redFlag && <span className="badge red-flag">Red flag</span>} {ratingText(f)} · {FINDING_STATUS_LABELS[f.status]}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>

        <CoverageChart title="Coverage by HRBA@Tech principle" rows={d.hrba} />
        <CoverageChart title="Coverage by Privacy International principle" rows={d.pi} />
      </div>
    </section>
  );
}
