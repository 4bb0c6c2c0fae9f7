import type { FullReport } from '../../domain/report/fullReport';
import { heatAxes, heatBand } from '../common';
import type { ReportWords } from '../reportWords';
import { isWebAddress } from '../../domain/text/repair';
import { html, type Html } from './escape';

export type CellValue = string | number | Html;

/**
 * A data table with a caption and column headers; the first column is a row
 * header when `rowHeader` is set, so screen readers announce each row by it.
 */
export function table(caption: string, headers: readonly string[], rows: readonly (readonly CellValue[])[], options: { rowHeader?: boolean; numeric?: number[] } = {}): Html {
  const numeric = new Set(options.numeric ?? []);
  const cls = (i: number) => (numeric.has(i) ? html` class="num"` : '');
  // On a phone each row becomes a card, each cell under its column's name (data-label, shown by the style sheet);
  // on a screen too narrow even for that (or a very wide table), it scrolls in its own focusable box, never the page.
  return html`<div class="table-scroll cards" role="region" aria-label="${caption}" tabindex="0"><table>
<caption>${caption}</caption>
<thead><tr>${headers.map((h, i) => html`<th scope="col"${cls(i)}>${h}</th>`)}</tr></thead>
<tbody>
${rows.map(
  (row) =>
    // A cell is a paragraph of its own for the bidi algorithm, so text in it cannot reorder its neighbours.
    html`<tr>${row.map((cell, i) =>
      i === 0 && options.rowHeader ? html`<th scope="row"${cls(i)}>${cell}</th>` : html`<td${cls(i)} data-label="${headers[i] ?? ''}">${cell}</td>`,
    )}</tr>\n`,
)}</tbody>
</table></div>\n`;
}

/** A YYYY-MM-DD date that never breaks at its hyphens. */
export const date = (value: string, missing = 'no date') => (value ? html`<span class="date">${value}</span>` : html`${missing}`);

/**
 * A person's words inside a sentence or a cell, isolated (<bdi>): right-to-left text
 * or neutral characters at its edges cannot reorder what surrounds it.
 */
export const isolate = (text: string) => html`<bdi>${text}</bdi>`;

/** Free text as typed: line breaks kept (CSS pre-line), never interpreted as markup; direction from its own first letter. */
export const prose = (text: string) => html`<p class="prose" dir="auto">${text}</p>`;

/**
 * One piece of evidence: the person's description (isolated), then its web address as
 * a real link whose visible text is the address itself, so a reader sees exactly where
 * it leads. Only http(s) becomes a link (the schema admits nothing else; this is the
 * second lock); it opens in a new tab and tells the site neither who sent the reader nor
 * lets it reach back into this page.
 */
export function evidenceItem(e: { label: string; url: string }): Html {
  const link = !e.url ? '' : isWebAddress(e.url) ? html` (<a href="${e.url}" rel="noopener noreferrer" target="_blank">${e.url}</a>)` : html` (${e.url})`;
  return html`<li class="prose" dir="auto"><bdi>${e.label}</bdi>${link}</li>`;
}

/** A definition list of label/value pairs, leaving out empty values. */
export function fields(pairs: readonly (readonly [string, string | Html])[]): Html {
  const shown = pairs.filter(([, v]) => (typeof v === 'string' ? v.trim() !== '' : true));
  return html`<dl class="fields">${shown.map(([k, v]) => html`<div><dt>${k}:</dt><dd>${typeof v === 'string' ? html`<span class="prose" dir="auto">${v}</span>` : v}</dd></div>`)}</dl>\n`;
}

const FILL: Record<ReturnType<typeof heatBand>, string> = {
  low: '#ddefd9',
  medium: '#fcecc4',
  high: '#facea0',
  critical: '#f1a8a0',
};
const EMPTY_FILL = '#f4f4f4';

/**
 * The heat map twice: an SVG picture (role="img", named by its title and
 * described in words) and the same counts as a data table.
 */
export function heatMap(report: FullReport, w: ReportWords): Html {
  const axes = heatAxes(w);
  const count = (s: number, l: number) => report.heatMap.counts[s - 1]?.[l - 1] ?? 0;
  const flags = (s: number, l: number) => report.heatMap.redFlags[s - 1]?.[l - 1] ?? 0;
  const inCell = (s: number, l: number) => (flags(s, l) ? w.say(w.m.heatCell, { count: count(s, l), flags: w.redFlags(flags(s, l)) }) : String(count(s, l)));
  const cell = 110;
  const left = 120;
  const top = 30;
  const width = left + 4 * cell + 10;
  const height = top + 4 * cell + 56;
  const nonEmpty = axes.rows.flatMap((r) =>
    axes.columns.filter((c) => count(r.level, c.level) > 0).map((c) => w.say(w.m.heatCellDescribed, { row: r.label, column: c.label, cell: inCell(r.level, c.level) })),
  );
  const unrated = w.unrated(report.heatMap.unrated);
  const desc = nonEmpty.length ? w.say(w.m.heatDescribed, { cells: nonEmpty.join('; '), unrated }) : w.say(w.m.heatEmpty, { unrated });
  const svg = html`<svg role="img" aria-labelledby="heat-title heat-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">
<title id="heat-title">${w.say(w.m.heatTitle)}</title>
<desc id="heat-desc">${desc}</desc>
<text x="0" y="18" class="axis">${w.say(w.m.severity)}</text><text x="${left}" y="18" class="axis">${w.say(w.m.likelihood)} →</text>
${axes.rows.map(
  (r, ri) => html`<text x="0" y="${top + ri * cell + cell / 2 + 5}">${r.label}</text>
${axes.columns.map((c, ci) => {
  const x = left + ci * cell;
  const y = top + ri * cell;
  const n = count(r.level, c.level);
  const f = flags(r.level, c.level);
  // An empty cell is not a risk: only cells holding findings take their band's colour.
  const fill = n > 0 ? FILL[heatBand(r.level, c.level)] : EMPTY_FILL;
  const flag = f > 0 ? html`<text x="${x + cell / 2}" y="${y + cell / 2 + 30}" text-anchor="middle" class="flag">⚑ ${w.redFlags(f)}</text>` : '';
  return html`<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#ffffff" stroke-width="2"/><text x="${x + cell / 2}" y="${y + cell / 2 + 7}" text-anchor="middle" class="${n > 0 ? 'count' : 'zero'}">${n}</text>${flag}`;
})}\n`,
)}${axes.columns.map((c, ci) => {
  const x = left + ci * cell + cell / 2;
  const [level, name] = [String(c.level), w.likelihoodName(c.level)];
  return html`<text x="${x}" y="${top + 4 * cell + 22}" text-anchor="middle" class="tick"><tspan x="${x}">${level}</tspan><tspan x="${x}" dy="18">${name}</tspan></text>`;
})}
</svg>`;
  const data = table(
    w.say(w.m.heatTableCaption),
    [w.say(w.m.severity), ...axes.columns.map((c) => w.say(w.m.likelihoodColumn, { level: c.label }))],
    axes.rows.map((r) => [r.label, ...axes.columns.map((c) => inCell(r.level, c.level))]),
    { rowHeader: true, numeric: [1, 2, 3, 4] },
  );
  return html`<figure class="heat">${svg}</figure>
${data}<p><strong>${unrated}</strong></p>\n`;
}

export const STYLE = `
:root { color: #1a1a1a; background: #ffffff; font-family: "DejaVu Sans", Verdana, system-ui, sans-serif; line-height: 1.5; }
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1, h2, h3 { color: #17375e; line-height: 1.25; }
h2 { margin-top: 2.5rem; border-bottom: 2px solid #17375e; padding-bottom: .25rem; }
h4 { margin: 1.25rem 0 .25rem; }
.kicker, .muted { color: #505050; }
/* Words break only when one alone is wider than its line (a long address); hyphens where the language allows. */
.prose { white-space: pre-line; overflow-wrap: break-word; hyphens: auto; }
p.prose { margin: .25rem 0 .75rem; }
.flag, .overdue { color: #9e111e; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.5rem; font-size: .95rem; }
caption { text-align: start; font-weight: bold; padding: .25rem 0; }
th, td { text-align: start; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #afb4bc; overflow-wrap: break-word; }
tbody th { font-weight: 600; }
.date { white-space: nowrap; }
td ul { padding-inline-start: 1.1rem; margin: 0; }
/* A list item in its own direction (dir="auto": an English source in an Arabic report) would hang its bullet outside
   the list, on the side the list has no room: the bullet goes inside. */
[dir="rtl"] li[dir="auto"] { list-style-position: inside; }
thead th { background: #e4e8ee; }
.num { text-align: end; }
dl.fields { margin: .25rem 0 1rem; margin-inline-start: 1rem; }
dl.fields div { display: flex; gap: .5rem; }
dl.fields dt { font-weight: bold; min-width: 9rem; }
dl.fields dd { margin: 0; }
dl.fields dd { min-width: 0; overflow-wrap: break-word; }
.table-scroll { overflow-x: auto; max-width: 100%; }
@media (max-width: 40rem) {
  body { padding: .75rem; }
  dl.fields { margin-inline-start: 0; }
  dl.fields div { display: block; }
  th, td { padding: .3rem .35rem; }
}
/* A phone: a table is a list of cards, one per row, its row header as the card's title and each cell under its
   column's name, so nothing scrolls sideways. Screen only: printing keeps the tables. The column headers stay
   in the document (hidden from view), so a screen reader still reads a table. */
@media screen and (max-width: 40rem) {
  .cards table, .cards tbody, .cards tr, .cards td, .cards tbody th, .cards caption { display: block; }
  .cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .cards tr { border: 1px solid #afb4bc; border-radius: 4px; margin: 0 0 .6rem; padding: .3rem .6rem; }
  .cards td, .cards tbody th { border: 0; padding: .15rem 0; text-align: start; }
  .cards tbody th { font-size: 1.05em; }
  .cards td[data-label]::before { content: attr(data-label) ": "; font-weight: bold; color: #505050; }
  .cards td:empty { display: none; }
}
.easy-read p { font-size: 1.2rem; }
/* The picture is drawn left to right (likelihood grows rightwards, as its arrow says) in every language; the table under it follows the page. */
.heat svg { max-width: 100%; height: auto; font-family: inherit; font-size: 15px; direction: ltr; }
.heat .axis { font-weight: bold; fill: #505050; }
.heat .count { font-size: 24px; font-weight: bold; fill: #1a1a1a; }
.heat .zero { font-size: 20px; fill: #505050; }
.heat .flag { font-size: 14px; font-weight: bold; fill: #8a1216; }
.heat .tick { font-size: 13px; }
code { overflow-wrap: anywhere; }
nav ol ol { list-style: none; padding-inline-start: 1rem; }
nav li { margin: .15rem 0; }
nav a { display: inline-block; min-height: 24px; line-height: 24px; } /* WCAG 2.5.8 target size */
.draft { border: 2px solid #9e111e; color: #9e111e; font-weight: bold; padding: .4em .6em; }
/* Printed like the PDF: A4, its margins and type size; sections run on (a page per section doubled the count),
   headings stay with what follows, rows and fields are not split, no lone lines. */
@page { size: A4; margin: 18mm 18mm 20mm; }
@media print {
  :root { font-size: 9.5pt; line-height: 1.35; }
  body { max-width: none; padding: 0; }
  h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.2rem; } h3 { font-size: 11pt; } h4 { font-size: 10pt; margin-top: .8rem; }
  h2, h3, h4, caption { break-after: avoid; }
  tr, dl.fields div, li, figure { break-inside: avoid; }
  p, dd, li { orphans: 2; widows: 2; }
  .table-scroll { overflow: visible; }
  table { font-size: 8.5pt; margin: .4rem 0 .8rem; }
  .heat svg { max-height: 110mm; width: auto; }
  a { color: inherit; text-decoration: none; }
}
`;
