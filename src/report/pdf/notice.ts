import type { LanguageState } from '../../i18n/language';
import { noticeWords } from '../words';
import { ALERT, BODY, PAGE, SMALL, type Layout } from './layout';
import type { TextTrouble } from './runs';

/** The notice's heading in English (the notice is worded in the report's language: noticeWords). */
export const NOTICE_HEADING = noticeWords().heading;

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
export function drawTextNotice(layout: Layout, language?: LanguageState): number | null {
  const words = noticeWords(language);
  const troubles: TextTrouble[] = [...layout.troubles];
  if (troubles.length === 0) return null;
  const byPlace = new Map<string, { missing: string; unshaped: boolean }>();
  for (const t of troubles) {
    const place = byPlace.get(t.where) ?? { missing: '', unshaped: false };
    if (t.kind === 'missing') place.missing += t.chars;
    else place.unshaped = true;
    byPlace.set(t.where, place);
  }
  layout.heading(words.heading, 1, { newPage: true });
  const page = layout.page;
  layout.paragraph(words.intro);
  layout.bullets(
    [...byPlace].map(([where, p]) => {
      const parts = [];
      if (p.missing) parts.push(words.missing(codes(p.missing)));
      if (p.unshaped) parts.push(words.unshaped);
      return words.place(where, parts);
    }),
  );
  return page;
}

/** One line at the foot of the cover, so the notice is seen before anything else is read. */
export function drawCoverNotice(layout: Layout, page: number, language?: LanguageState): void {
  layout.doc.setPage(1);
  const lines = layout.wrap(noticeWords(language).coverLine(page), layout.width, SMALL, true);
  layout.use(SMALL, true, ALERT);
  layout.draw(lines, layout.left, PAGE.bottom - lines.length * layout.lineHeight(SMALL) + layout.lineHeight(BODY) * 0.5);
}
