import type { FullReport } from '../../domain/report/fullReport';
import type { LanguageState } from '../../i18n/language';
import { checklistLanguageLines } from '../checklistLanguageWords';
import { html, type Html } from './escape';

/** In the header, after the checklist's fields: the language its questions are quoted in, and the languages it was answered in. */
export function checklistLanguageNote(report: FullReport, language?: LanguageState): Html | '' {
  const lines = checklistLanguageLines(report, language);
  return lines.length === 0 ? '' : html`<div class="checklist-language" role="note">${lines.map((line) => html`<p>${line}</p>`)}</div>\n`;
}

/**
 * A text of the checklist's item `itemId`, marked with the language it is quoted in when the
 * report quotes a translation: the translation's, or English where the item fell back to it.
 */
export function quotedText(report: FullReport, itemId: string, text: string): Html {
  const { language, inEnglish } = report.languages.checklist;
  if (language === 'en') return html`${text}`;
  return html`<span lang="${inEnglish.includes(itemId) ? 'en' : language}">${text}</span>`;
}
