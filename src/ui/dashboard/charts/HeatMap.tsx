import { SEVERITY_ANCHORS } from '../../../domain';

const LEVELS = [1, 2, 3, 4] as const;
/** Short names for the axis ticks, from the domain's anchors ("Serious: loss of…" → "Serious"). */
export const SEVERITY_NAMES = SEVERITY_ANCHORS.scale.map((a) => a.split(/[:,]/)[0]!);
export const LIKELIHOOD_NAMES = SEVERITY_ANCHORS.likelihood.map((a) => a.split(/[:,]/)[0]!);

const CELL = 76;
const LEFT = 112;
const TOP = 8;
const BOTTOM = 70;

/** The risk zone of a cell, for its shading only; the count in the cell carries the meaning. */
function zone(severity: number, likelihood: number): string {
  const sum = severity + likelihood;
  return sum >= 7 ? 'zone-4' : sum === 6 ? 'zone-3' : sum >= 4 ? 'zone-2' : 'zone-1';
}

type Grid = readonly (readonly number[])[];

const flagText = (n: number) => (n === 1 ? '1 red flag' : `${n} red flags`);

/**
 * Severity (rows, most severe at the top) by likelihood (columns); `counts[severity - 1][likelihood - 1]`.
 * Cells holding red flags say so in words under the count; empty cells are left unpainted.
 */
export function HeatMap(props: { counts: Grid; redFlags: Grid; label: string }) {
  const width = LEFT + CELL * 4 + 4;
  const height = TOP + CELL * 4 + BOTTOM;
  return (
    <svg className="chart heat-map" role="img" aria-label={props.label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <text className="axis-title" transform={`translate(14 ${TOP + CELL * 2}) rotate(-90)`} textAnchor="middle">
        Severity
      </text>
      {[...LEVELS].reverse().map((s, row) => (
        <g key={s}>
          <text x={LEFT - 8} y={TOP + row * CELL + CELL / 2 + 4} textAnchor="end" className="chart-label">
            {s} {SEVERITY_NAMES[s - 1]}
          </text>
          {LEVELS.map((l, col) => {
            const count = props.counts[s - 1]?.[l - 1] ?? 0;
            const flags = props.redFlags[s - 1]?.[l - 1] ?? 0;
            const x = LEFT + col * CELL;
            const y = TOP + row * CELL;
            return (
              <g key={l} data-cell={`${s}-${l}`}>
                <rect x={x} y={y} width={CELL - 3} height={CELL - 3} rx={3} className={count ? `heat-cell ${zone(s, l)}` : `heat-cell ${zone(s, l)} empty`} />
                <text x={x + (CELL - 3) / 2} y={y + CELL / 2 + (flags ? -2 : 5)} textAnchor="middle" className={count ? 'heat-count' : 'heat-count empty'}>
                  {count}
                </text>
                {flags > 0 && (
                  <text x={x + (CELL - 3) / 2} y={y + CELL / 2 + 16} textAnchor="middle" className="heat-flag">
                    ⚑ {flagText(flags)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      ))}
      {LEVELS.map((l, col) => (
        // Number, then the name a word per line: "Already happening" must fit one cell's width.
        <text key={l} x={LEFT + col * CELL + (CELL - 3) / 2} y={TOP + CELL * 4 + 14} textAnchor="middle" className="chart-label">
          {[String(l), ...LIKELIHOOD_NAMES[l - 1]!.split(' ')].map((word, i) => (
            <tspan key={i} x={LEFT + col * CELL + (CELL - 3) / 2} dy={i === 0 ? 0 : 14}>
              {word}
            </tspan>
          ))}
        </text>
      ))}
      <text className="axis-title" x={LEFT + CELL * 2} y={TOP + CELL * 4 + BOTTOM - 6} textAnchor="middle">
        Likelihood
      </text>
    </svg>
  );
}

/** The heat map's figures as a table: the same counts, row and column headers in words. */
export function HeatMapTable(props: { counts: Grid; redFlags: Grid; caption: string }) {
  return (
    <table className="heat-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Severity</th>
          {LEVELS.map((l) => (
            <th scope="col" key={l}>
              Likelihood {l}: {LIKELIHOOD_NAMES[l - 1]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...LEVELS].reverse().map((s) => (
          <tr key={s}>
            <th scope="row">
              Severity {s}: {SEVERITY_NAMES[s - 1]}
            </th>
            {LEVELS.map((l) => (
              <td key={l}>
                {props.counts[s - 1]?.[l - 1] ?? 0}
                {(props.redFlags[s - 1]?.[l - 1] ?? 0) > 0 && `, ${flagText(props.redFlags[s - 1]![l - 1]!)}`}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
