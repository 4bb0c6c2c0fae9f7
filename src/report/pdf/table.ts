import { isolateEach } from './bidi';
import { INK, PAGE, SMALL, type Layout, type Rgb } from './layout';

export interface Column {
  header: string;
  /** Relative width; the columns share the text width in these proportions. */
  width: number;
  align?: 'left' | 'right';
}

export type Cell = string | { text: string; bold?: boolean; color?: Rgb };

const PAD_X = 1.6;
const PAD_Y = 1.1;
const HEADER_FILL: Rgb = [228, 232, 238];
const ROW_FILL: Rgb = [246, 247, 249];
const BORDER: Rgb = [175, 180, 188];

interface PreparedRow {
  cells: { lines: string[]; bold: boolean; color: Rgb }[];
  height: number;
}

/**
 * A table whose rows are measured before they are drawn. A row that does not
 * fit at the bottom of a page moves whole to the next one; a row taller than a
 * page is split between lines. The header row is repeated at the top of every
 * page the table continues on.
 */
export function drawTable(layout: Layout, columns: readonly Column[], rows: readonly (readonly Cell[])[], size = SMALL): void {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * layout.width);
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((n, w) => n + w, 0));
  const lh = layout.lineHeight(size);
  const wrapCell = (cell: Cell, i: number, bold: boolean) => {
    const c = typeof cell === 'string' ? { text: cell } : cell;
    const isBold = c.bold ?? bold;
    // Each cell is a paragraph of its own, in its own direction.
    return { lines: layout.wrap(isolateEach(c.text) || '—', widths[i]! - 2 * PAD_X, size, isBold), bold: isBold, color: c.color ?? INK };
  };
  const prepare = (cells: readonly Cell[], bold: boolean): PreparedRow => {
    const prepared = columns.map((_, i) => wrapCell(cells[i] ?? '', i, bold));
    return { cells: prepared, height: Math.max(...prepared.map((c) => c.lines.length)) * lh + 2 * PAD_Y };
  };
  const header = prepare(
    columns.map((c) => c.header),
    true,
  );

  const place = layout.where;
  const drawSegment = (row: PreparedRow, from: number, count: number, fill: Rgb | null) => {
    const height = count * lh + 2 * PAD_Y;
    if (fill) {
      layout.doc.setFillColor(fill[0], fill[1], fill[2]);
      layout.doc.rect(layout.left, layout.y, layout.width, height, 'F');
    }
    row.cells.forEach((cell, i) => {
      const lines = cell.lines.slice(from, from + count);
      if (lines.length === 0) return;
      layout.where = `${place}, column “${columns[i]!.header}”`;
      layout.use(size, cell.bold, cell.color);
      const right = columns[i]!.align === 'right';
      const x = right ? xs[i]! + widths[i]! - PAD_X : xs[i]! + PAD_X;
      layout.draw(lines, x, layout.baseline(layout.y + PAD_Y, size), right ? 'right' : undefined);
    });
    layout.doc.setDrawColor(BORDER[0], BORDER[1], BORDER[2]);
    layout.doc.setLineWidth(0.15);
    layout.doc.line(layout.left, layout.y + height, layout.left + layout.width, layout.y + height);
    layout.y += height;
  };
  const drawHeader = () => drawSegment(header, 0, Math.max(...header.cells.map((c) => c.lines.length)), HEADER_FILL);
  const roomFor = () => Math.floor((PAGE.bottom - layout.y - 2 * PAD_Y) / lh + 1e-6);

  const first = rows[0] ? prepare(rows[0], false) : null;
  layout.ensure(header.height + Math.min(first?.height ?? 0, 3 * lh + 2 * PAD_Y));
  drawHeader();

  rows.forEach((cells, index) => {
    const row = index === 0 && first ? first : prepare(cells, false);
    const fill = index % 2 === 1 ? ROW_FILL : null;
    const pageBody = PAGE.bottom - PAGE.top - header.height;
    if (layout.y + row.height > PAGE.bottom && row.height <= pageBody) {
      layout.newPage();
      drawHeader();
    }
    const lineCount = Math.max(...row.cells.map((c) => c.lines.length));
    let from = 0;
    while (from < lineCount) {
      // Never start a split row with a lone line at the foot of a page.
      if (roomFor() < (from === 0 ? Math.min(3, lineCount) : 1)) {
        layout.newPage();
        drawHeader();
      }
      const count = Math.min(roomFor(), lineCount - from);
      drawSegment(row, from, count, fill);
      from += count;
    }
  });
  layout.y += 3;
  layout.where = place;
}
