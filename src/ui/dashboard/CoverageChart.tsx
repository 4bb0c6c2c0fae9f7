import type { PrincipleCoverage } from '../../domain';
import { ChartCard } from './charts/ChartCard';
import { StackedBars } from './charts/StackedBars';

/** For each principle: of the applicable items tagged with it, how many are answered, and how many answered Yes (in place). */
export function CoverageChart(props: { title: string; rows: readonly PrincipleCoverage[] }) {
  return (
    <ChartCard
      title={props.title}
      note={
        <p className="chart-legend" aria-hidden="true">
          <span>
            <span className="swatch strong" /> Answered Yes (in place)
          </span>
          <span>
            <span className="swatch medium" /> Answered otherwise
          </span>
          <span>
            <span className="swatch total" /> Not answered yet
          </span>
        </p>
      }
      table={
        <table>
          <caption>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              <th scope="col">Applicable items</th>
              <th scope="col">Answered</th>
              <th scope="col">Answered Yes</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.principle}>
                <th scope="row">{r.label}</th>
                <td>{r.applicable}</td>
                <td>{r.answered}</td>
                <td>{r.met}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <StackedBars
        share
        label={`Bar chart, ${props.title.toLowerCase()}: ${props.rows.map((r) => `${r.label} ${r.met} in place, ${r.answered} answered, of ${r.applicable}`).join('; ')}.`}
        rows={props.rows.map((r) => ({
          label: r.label,
          total: r.applicable,
          segments: [
            { value: r.met, tone: 'strong' },
            { value: r.answered - r.met, tone: 'medium' },
          ],
          text: r.applicable === 0 ? 'no applicable items' : `${r.answered} of ${r.applicable} answered, ${r.met} Yes`,
        }))}
      />
    </ChartCard>
  );
}
