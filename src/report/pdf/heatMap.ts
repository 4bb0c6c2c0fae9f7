import type { FullReport } from '../../domain/report/fullReport';
import { heatAxes, heatBand } from '../common';
import type { ReportWords } from '../reportWords';
import { BODY, INK, MUTED, SMALL, type Layout, type Rgb } from './layout';

const FILL: Record<ReturnType<typeof heatBand>, Rgb> = {
  low: [221, 239, 217],
  medium: [252, 236, 196],
  high: [250, 206, 160],
  critical: [241, 168, 160],
};

const EMPTY: Rgb = [244, 244, 244];
const FLAG: Rgb = [138, 18, 22];

const LABEL_WIDTH = 40;
const CELL_WIDTH = 30;
const CELL_HEIGHT = 13;

/**
 * The severity × likelihood grid drawn as vectors: rows are severity 4 (top)
 * to 1, columns likelihood 1 to 4. Every cell prints its count, so the map
 * reads without colour.
 */
export function drawHeatMap(layout: Layout, report: FullReport, w: ReportWords): void {
  const { doc } = layout;
  const axes = heatAxes(w);
  const lhSmall = layout.lineHeight(SMALL);
  const columnLabels = axes.columns.map((c) => layout.wrap(c.label, CELL_WIDTH - 2, SMALL));
  const labelLines = Math.max(...columnLabels.map((l) => l.length));
  const height = 7 + 4 * CELL_HEIGHT + 2 + labelLines * lhSmall + 2 + 3 * layout.lineHeight(BODY);
  layout.ensure(height);

  const x0 = layout.left + LABEL_WIDTH;
  layout.use(SMALL, true, MUTED);
  layout.draw(w.say(w.m.severity), layout.left, layout.baseline(layout.y, SMALL));
  // The arrow points the way the columns grow: leftwards on a right-to-left page.
  layout.draw(`${w.say(w.m.likelihood)} ${layout.direction === 'rtl' ? '←' : '→'}`, x0, layout.baseline(layout.y, SMALL));
  layout.y += 7;
  const top = layout.y;

  doc.setDrawColor(255, 255, 255);
  doc.setLineWidth(0.6);
  axes.rows.forEach((row, r) => {
    const y = top + r * CELL_HEIGHT;
    layout.use(BODY, false, INK);
    layout.draw(row.label, layout.left, y + CELL_HEIGHT / 2 + 1.2);
    axes.columns.forEach((column, c) => {
      const x = x0 + c * CELL_WIDTH;
      const count = report.heatMap.counts[row.level - 1]?.[column.level - 1] ?? 0;
      const flags = report.heatMap.redFlags[row.level - 1]?.[column.level - 1] ?? 0;
      // An empty cell is not a risk: only cells holding findings take their band's colour.
      const fill = count > 0 ? FILL[heatBand(row.level, column.level)] : EMPTY;
      doc.setFillColor(fill[0], fill[1], fill[2]);
      doc.rect(layout.xOf(x, CELL_WIDTH), y, CELL_WIDTH, CELL_HEIGHT, 'FD');
      layout.use(count > 0 ? 13 : 11, count > 0, count > 0 ? INK : MUTED);
      layout.draw(String(count), x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2 + (flags ? 0 : 1.6), 'center');
      if (flags > 0) {
        layout.use(7, true, FLAG);
        layout.draw(w.redFlags(flags), x + CELL_WIDTH / 2, y + CELL_HEIGHT - 1.8, 'center');
      }
    });
  });
  layout.y = top + 4 * CELL_HEIGHT + 2;
  columnLabels.forEach((lines, c) => {
    layout.use(SMALL, false, INK);
    layout.draw(lines, x0 + c * CELL_WIDTH + CELL_WIDTH / 2, layout.baseline(layout.y, SMALL), 'center');
  });
  layout.y += labelLines * lhSmall + 3;
  layout.paragraph(w.say(w.m.heatNote), { size: SMALL, color: MUTED });
  layout.paragraph(w.unrated(report.heatMap.unrated), { bold: true });
}
