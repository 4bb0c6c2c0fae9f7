import { defineMessages, formatMessage } from '../i18n/format';
import type { LanguageState } from '../i18n/language';

/**
 * The report's section headings, in the language the report is made in (the PDF
 * and the HTML report, and the PDF's contents page and outline). English is the
 * source; the catalogues (src/i18n/messages) translate them.
 */
const SECTION_MESSAGES = defineMessages({
  contents: { defaultMessage: 'Contents', description: 'Report heading: the table of contents' },
  summary: { defaultMessage: 'Executive summary', description: 'Report heading: the short summary for decision makers' },
  audit: { defaultMessage: 'Auditor’s opinion', description: 'Report heading (audit mode only): the independent auditor’s statement' },
  easyRead: { defaultMessage: 'Easy-read summary', description: 'Report heading: the summary in plain, short sentences' },
  methodology: { defaultMessage: 'Methodology', description: 'Report heading: how the assessment was done and the rating scales' },
  profile: { defaultMessage: 'Profile and modules', description: 'Report heading: the product profile and the checklist modules it switched on' },
  coverage: { defaultMessage: 'Completion and coverage', description: 'Report heading: how many questions were answered, by stage and by principle' },
  heatMap: { defaultMessage: 'Heat map: severity and likelihood', description: 'Report heading: the risk matrix of findings' },
  findings: { defaultMessage: 'Findings', description: 'Report heading: the gaps found, with their severity' },
  answers: { defaultMessage: 'Answers by stage', description: 'Report heading: every question with its answer, notes and evidence' },
  actions: { defaultMessage: 'Action plan', description: 'Report heading: actions to close the gaps' },
  tradeoffs: { defaultMessage: 'Trade-offs', description: 'Report heading: tensions between rights or interests and how they were weighed' },
  stakeholders: { defaultMessage: 'Stakeholders consulted', description: 'Report heading: the people and groups engaged' },
  benefits: { defaultMessage: 'Benefits to rights', description: 'Report heading: the ways the product supports human rights' },
  trail: { defaultMessage: 'Annex: change trail', description: 'Report heading: the hash-chained record of every change' },
  annex: { defaultMessage: 'Annex: sources cited', description: 'Report heading: the sources the questions cite, with the passages' },
});

export type SectionTitles = Record<keyof typeof SECTION_MESSAGES, string>;

const ENGLISH: LanguageState = { locale: 'en', messages: {} };

/** The section headings in a language (English when none is given). */
export function sectionTitles(language: LanguageState = ENGLISH): SectionTitles {
  const entries = Object.entries(SECTION_MESSAGES).map(([key, message]) => [key, String(formatMessage(language, message))]);
  return Object.fromEntries(entries) as SectionTitles;
}
