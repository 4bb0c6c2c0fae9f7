import { useMemo } from 'react';
import { defineMessages } from '../../../i18n/format';
import { FormattedMessage, useIntl } from '../../../i18n/react';
import { LIKELIHOOD_NAME_MESSAGES, SEVERITY_NAME_MESSAGES } from '../../findings/words';

const LEVELS = [1, 2, 3, 4] as const;

const WORDS = defineMessages({
  severity: { defaultMessage: 'Severity', description: 'Heat map: axis and column title (how grave a human-rights harm is)' },
  likelihood: { defaultMessage: 'Likelihood', description: 'Heat map: axis title (how likely a harm is)' },
  flags: {
    defaultMessage: '{count, plural, one {# red flag} other {# red flags}}',
    description: 'Heat map: how many of the findings in a cell are red flags',
  },
  severityLevel: { defaultMessage: 'Severity {level}: {name}', description: 'Heat map table: row header; level is 1–4, name e.g. “Grave”' },
  likelihoodLevel: { defaultMessage: 'Likelihood {level}: {name}', description: 'Heat map table: column header; level is 1–4, name e.g. “Likely”' },
  cellWithFlags: {
    defaultMessage: '{count}, {flags}',
    description: 'Heat map table: a cell with red flags; count is its number of findings, flags says how many are red flags (e.g. “1 red flag”)',
  },
});

/** The level names and the red-flag count in the chosen language. */
function useHeatWords() {
  const intl = useIntl();
  return useMemo(
    () => ({
      rtl: intl.dir === 'rtl',
      severityName: (level: number) => intl.formatMessage(SEVERITY_NAME_MESSAGES[level - 1]!),
      likelihoodName: (level: number) => intl.formatMessage(LIKELIHOOD_NAME_MESSAGES[level - 1]!),
      flagText: (count: number) => intl.formatMessage(WORDS.flags, { count }),
      formatMessage: intl.formatMessage,
    }),
    [intl],
  );
}

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

/**
 * Severity (rows, most severe at the top) by likelihood (columns); `counts[severity - 1][likelihood - 1]`.
 * Cells holding red flags say so in words under the count; empty cells are left unpainted.
 * Right to left, the map is mirrored: severity names at the right, likelihood rising leftwards.
 */
export function HeatMap(props: { counts: Grid; redFlags: Grid; label: string }) {
  const words = useHeatWords();
  const width = LEFT + CELL * 4 + 4;
  const height = TOP + CELL * 4 + BOTTOM;
  const mirror = (x: number, w = 0) => (words.rtl ? width - x - w : x);
  return (
    <svg className="chart heat-map" role="img" aria-label={props.label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <text className="axis-title" transform={`translate(${mirror(14)} ${TOP + CELL * 2}) rotate(-90)`} textAnchor="middle">
        {words.formatMessage(WORDS.severity)}
      </text>
      {[...LEVELS].reverse().map((s, row) => (
        <g key={s}>
          <text x={mirror(LEFT - 8)} y={TOP + row * CELL + CELL / 2 + 4} textAnchor="end" className="chart-label">
            {s} {words.severityName(s)}
          </text>
          {LEVELS.map((l, col) => {
            const count = props.counts[s - 1]?.[l - 1] ?? 0;
            const flags = props.redFlags[s - 1]?.[l - 1] ?? 0;
            const x = LEFT + col * CELL;
            const y = TOP + row * CELL;
            return (
              <g key={l} data-cell={`${s}-${l}`}>
                <rect x={mirror(x, CELL - 3)} y={y} width={CELL - 3} height={CELL - 3} rx={3} className={count ? `heat-cell ${zone(s, l)}` : `heat-cell ${zone(s, l)} empty`} />
                <text x={mirror(x + (CELL - 3) / 2)} y={y + CELL / 2 + (flags ? -2 : 5)} textAnchor="middle" className={count ? 'heat-count' : 'heat-count empty'}>
                  {count}
                </text>
                {flags > 0 && (
                  <text x={mirror(x + (CELL - 3) / 2)} y={y + CELL / 2 + 16} textAnchor="middle" className="heat-flag">
                    ⚑ {words.flagText(flags)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      ))}
      {LEVELS.map((l, col) => (
        // Number, then the name a word per line: "Already happening" must fit one cell's width.
        <text key={l} x={mirror(LEFT + col * CELL + (CELL - 3) / 2)} y={TOP + CELL * 4 + 14} textAnchor="middle" className="chart-label">
          {[String(l), ...words.likelihoodName(l).split(' ')].map((word, i) => (
            <tspan key={i} x={mirror(LEFT + col * CELL + (CELL - 3) / 2)} dy={i === 0 ? 0 : 14}>
              {word}
            </tspan>
          ))}
        </text>
      ))}
      <text className="axis-title" x={mirror(LEFT + CELL * 2)} y={TOP + CELL * 4 + BOTTOM - 6} textAnchor="middle">
        {words.formatMessage(WORDS.likelihood)}
      </text>
    </svg>
  );
}

/** The heat map's figures as a table: the same counts, row and column headers in words. */
export function HeatMapTable(props: { counts: Grid; redFlags: Grid; caption: string }) {
  const words = useHeatWords();
  return (
    <table className="heat-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <FormattedMessage {...WORDS.severity} />
          </th>
          {LEVELS.map((l) => (
            <th scope="col" key={l}>
              {words.formatMessage(WORDS.likelihoodLevel, { level: l, name: words.likelihoodName(l) })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...LEVELS].reverse().map((s) => (
          <tr key={s}>
            <th scope="row">{words.formatMessage(WORDS.severityLevel, { level: s, name: words.severityName(s) })}</th>
            {LEVELS.map((l) => (
              <td key={l}>
                {(props.redFlags[s - 1]?.[l - 1] ?? 0) > 0
                  ? words.formatMessage(WORDS.cellWithFlags, { count: String(props.counts[s - 1]?.[l - 1] ?? 0), flags: words.flagText(props.redFlags[s - 1]![l - 1]!) })
                  : (props.counts[s - 1]?.[l - 1] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
