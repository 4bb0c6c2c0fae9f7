import { useIntl } from '../../../i18n/react';

export interface BarRow {
  label: string;
  /** The length of the whole bar; segments fill it from the left. */
  total: number;
  segments: { value: number; tone: 'strong' | 'medium' }[];
  /** The figures in words, written above the bar's end, so the chart reads without colour. */
  text: string;
}

const ROW = 46;
const BAR = 14;

/**
 * Horizontal bars, each with its label and figures on a line above it, drawn
 * by hand: a few rectangles need no charting library. Drawn at its natural
 * size (`width` pixels) and only ever shrunk to fit, so its text stays legible.
 * `share`: each bar is its own row's whole, so "19 of 19" is a full bar; otherwise
 * all rows share one scale (the largest total, or `scaleMax`).
 * Right to left, the chart is mirrored: labels at the right, bars growing leftwards
 * (SVG does not mirror by itself; `start` anchors follow the text's direction).
 */
export function StackedBars(props: { label: string; rows: readonly BarRow[]; scaleMax?: number; width?: number; share?: boolean }) {
  const width = props.width ?? 480;
  const common = props.scaleMax ?? Math.max(1, ...props.rows.map((r) => r.total));
  const height = props.rows.length * ROW;
  const rtl = useIntl().dir === 'rtl';
  const mirror = (x: number, w = 0) => (rtl ? width - x - w : x);
  return (
    <svg className="chart" role="img" aria-label={props.label} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      {props.rows.map((row, i) => {
        let x = 0;
        const max = props.share ? Math.max(1, row.total) : common;
        return (
          <g key={row.label} transform={`translate(0 ${i * ROW})`}>
            <text x={mirror(0)} y={15} className="chart-label">
              {row.label}
            </text>
            <text x={mirror(width)} y={15} textAnchor="end" className="chart-value">
              {row.text}
            </text>
            <rect x={0} y={22} width={width} height={BAR} className="bar-track" rx={2} />
            {row.total > 0 && <rect x={mirror(0, (row.total / max) * width)} y={22} width={(row.total / max) * width} height={BAR} className="bar-total" rx={2} />}
            {row.segments.map((s, j) => {
              const w = (s.value / max) * width;
              const rect = w > 0 ? <rect key={j} x={mirror(x, w)} y={22} width={w} height={BAR} className={`bar-${s.tone}`} rx={2} /> : null;
              x += w;
              return rect;
            })}
          </g>
        );
      })}
    </svg>
  );
}
