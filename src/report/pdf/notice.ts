import { ALERT, BODY, PAGE, SMALL, type Layout } from './layout';
import type { TextTrouble } from './runs';

export const NOTICE_HEADING = 'Characters this PDF cannot show correctly';

const codes = (chars: string) =>
  [...new Set(chars)]
    .filter((ch) => ch.trim() !== '')
    .map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');

/**
 * Where the PDF could not print text as it was entered, so a reader never
 * takes a box or a mis-shaped word for what was written: characters no
 * embedded font has (printed as □, their real text kept for copying), and
 * scripts such as Devanagari whose letters need joining and reordering, which
 * jsPDF cannot do (printed letter by letter). Both point to the HTML report,
 * which the browser sets with its own fonts and shaping. Returns the page it
 * starts on, or null when nothing needs saying.
 */
export function drawTextNotice(layout: Layout): number | null {
  const troubles: TextTrouble[] = [...layout.troubles];
  if (troubles.length === 0) return null;
  const byPlace = new Map<string, { missing: string; unshaped: boolean }>();
  for (const t of troubles) {
    const place = byPlace.get(t.where) ?? { missing: '', unshaped: false };
    if (t.kind === 'missing') place.missing += t.chars;
    else place.unshaped = true;
    byPlace.set(t.where, place);
  }
  layout.heading(NOTICE_HEADING, 1, { newPage: true });
  const page = layout.page;
  layout.paragraph(
    'Some text in this report could not be printed in this PDF exactly as it was entered. The HTML report (Export HTML report, or hrba report --html) shows it correctly. Copying the text from this PDF gives what was entered.',
  );
  layout.bullets(
    [...byPlace].map(([where, p]) => {
      const parts = [];
      if (p.missing) parts.push(`shown as □ (no font for ${codes(p.missing)})`);
      if (p.unshaped) parts.push('letters shown unjoined (Devanagari or another script that needs shaping)');
      return `${where || 'Cover'}: ${parts.join('; ')}`;
    }),
  );
  return page;
}

/** One line at the foot of the cover, so the notice is seen before anything else is read. */
export function drawCoverNotice(layout: Layout, page: number): void {
  layout.doc.setPage(1);
  const lines = layout.wrap(`Some characters could not be printed exactly as entered: see “${NOTICE_HEADING}” (page ${page}) and the HTML report.`, layout.width, SMALL, true);
  layout.use(SMALL, true, ALERT);
  layout.draw(lines, layout.left, PAGE.bottom - lines.length * layout.lineHeight(SMALL) + layout.lineHeight(BODY) * 0.5);
}
