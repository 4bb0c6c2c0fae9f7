import { isolate, isolateEach } from './bidi';
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
      // The column's heading is a name inside the notice's sentence: isolated in a right-to-left report.
      layout.where = layout.column(place, isolate(columns[i]!.header, layout.direction));
      layout.use(size, cell.bold, cell.color);
      const right = columns[i]!.align === 'right';
      const x = right ? xs[i]! + widths[i]! - PAD_X : xs[i]! + PAD_X;
      layout.draw(lines, x, layout.baseline(layout.y + PAD_Y, size), right ? 'right' : undefined, xs[i]! + widths[i]! - PAD_X);
    });
    layout.doc.setDrawColor(BORDER[0], BORDER[1], BORDER[2]);
    layout.doc.setLineWidth(0.15);
    layout.doc.line(layout.left, layout.y + height, layout.left + layout.width, layout.y + height);
    layout.y += height;
  };
  const drawHeader = () => drawSegment(header, 0, Math.max(...header.cells.map((c) => c.lines.length)), HEADER_FILL);
  const roomFor = () => Math.floor((PAGE.bottom - layout.y - 2 * PAD_Y) / lh + 1e-6);

  const prepared = rows.map((cells) => prepare(cells, false));
  const pageBody = PAGE.bottom - PAGE.top - header.height;
  const short = (row: PreparedRow | undefined) => row !== undefined && row.height <= pageBody / 3;
  // The header never sits alone at the foot of a page, and neither does the first row: it starts with two
  // rows when they are short (all three of a three-row table, which cannot break without a lone row), or
  // with at least three lines of the first.
  const [first, second] = prepared;
  const opening =
    prepared.length <= 3 && prepared.every(short)
      ? prepared.reduce((n, r) => n + r.height, 0)
      : short(first) && short(second)
        ? first!.height + second!.height
        : Math.min(first?.height ?? 0, 3 * lh + 2 * PAD_Y);
  layout.ensure(header.height + opening);
  drawHeader();

  let onPage = 0;
  prepared.forEach((row, index) => {
    const fill = index % 2 === 1 ? ROW_FILL : null;
    const last = prepared[index + 1] && index + 2 === prepared.length ? prepared[index + 1]! : null;
    // The last row never goes alone to a new page: the row before it goes with it (if that leaves two here).
    const widow = last !== null && onPage >= 2 && short(row) && short(last) && layout.y + row.height <= PAGE.bottom && layout.y + row.height + last.height > PAGE.bottom;
    if (widow || (layout.y + row.height > PAGE.bottom && row.height <= pageBody)) {
      layout.newPage();
      drawHeader();
      onPage = 0;
    }
    onPage++;
    const lineCount = Math.max(...row.cells.map((c) => c.lines.length));
    let from = 0;
    while (from < lineCount) {
      // Never start a split row with a lone line at the foot of a page, nor end it with one at the top of the next.
      if (roomFor() < (from === 0 ? Math.min(3, lineCount) : 1)) {
        layout.newPage();
        drawHeader();
      }
      let count = Math.min(roomFor(), lineCount - from);
      if (lineCount - from - count === 1 && count >= 3) count--;
      drawSegment(row, from, count, fill);
      from += count;
    }
  });
  layout.y += 3;
  layout.where = place;
}
