import { defineMessages, formatMessage, type MessageDescriptor } from '../i18n/format';
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

/** Every message of a group, worded in a language. */
function wordAll<K extends string>(messages: Record<K, MessageDescriptor>, language: LanguageState): Record<K, string> {
  const entries = Object.entries<MessageDescriptor>(messages).map(([key, message]) => [key, String(formatMessage(language, message))]);
  return Object.fromEntries(entries) as Record<K, string>;
}

/** The section headings in a language (English when none is given). */
export function sectionTitles(language: LanguageState = ENGLISH): SectionTitles {
  return wordAll(SECTION_MESSAGES, language);
}

/**
 * The cover's field labels (and the word for a field left empty), in the report's
 * language, for the PDF cover and the HTML report's header.
 */
const COVER_MESSAGES = defineMessages({
  product: { defaultMessage: 'Product', description: 'Report cover, field label: the product assessed (name and version)' },
  organisation: { defaultMessage: 'Organisation', description: 'Report cover, field label: the organisation that made or buys the product' },
  mode: { defaultMessage: 'Assessment type', description: 'Report cover, field label: the kind of assessment (for example self-assessment or audit)' },
  assessor: { defaultMessage: 'Assessor', description: 'Report cover, field label: the person who did the assessment' },
  date: { defaultMessage: 'Date', description: 'Report cover, field label: when the report was made' },
  created: { defaultMessage: 'Created', description: 'Report cover, field label: when the assessment was first created' },
  lastChanged: { defaultMessage: 'Last changed', description: 'Report cover, field label: when the assessment was last changed' },
  revision: { defaultMessage: 'Revision', description: 'Report cover, field label: the revision number of the assessment' },
  madeWith: { defaultMessage: 'Made with', description: 'Report cover, field label: the program and version that made the report' },
  reportId: { defaultMessage: 'Report id', description: 'Report cover, field label: the unique identifier of this report' },
  checklist: { defaultMessage: 'Checklist', description: 'Report cover, field label: the checklist used for the assessment' },
  checklistVersion: { defaultMessage: 'Checklist id and version', description: 'Report cover, field label: the checklist identifier followed by its version' },
  checklistHash: { defaultMessage: 'Checklist content hash', description: 'Report cover, field label: the cryptographic hash (SHA-256) of the checklist content' },
  notGiven: { defaultMessage: 'not given', description: 'Report cover, value of a field the assessor left empty (for example no organisation), lower case' },
});

export type CoverLabels = Record<keyof typeof COVER_MESSAGES, string>;

/** The cover's field labels in a language (English when none is given). */
export function coverLabels(language: LanguageState = ENGLISH): CoverLabels {
  return wordAll(COVER_MESSAGES, language);
}

const MARK_MESSAGES = defineMessages({
  reportId: { defaultMessage: 'Report {id}', description: 'PDF report, footer of every page: the report’s unique identifier, so a single page can be traced to its report; {id} is a code such as 3f2a…' },
  page: { defaultMessage: 'Page {page} of {pages}', description: 'PDF report, footer of every page: this page’s number and the number of pages ({page} and {pages} are numbers)' },
  watermark: {
    defaultMessage: 'DRAFT',
    description: 'PDF report of a draft: the one large pale word drawn diagonally across every page; one short word, in capitals where the language has them',
  },
});

/** The words of the marks on every page of the PDF report, in a language (English when none is given). */
export function pageMarkWords(language: LanguageState = ENGLISH) {
  return {
    language,
    reportId: (id: string) => String(formatMessage(language, MARK_MESSAGES.reportId, { id })),
    page: (page: number, pages: number) => String(formatMessage(language, MARK_MESSAGES.page, { page, pages })),
    watermark: String(formatMessage(language, MARK_MESSAGES.watermark)),
  };
}

export type PageMarkWords = ReturnType<typeof pageMarkWords>;

const DRAFT_MESSAGE = defineMessages({
  line: {
    defaultMessage: 'DRAFT — {answered} of {applicable} applicable questions answered; {locked, select, yes {not every applicable question is answered} other {revision {revision} is not locked}}',
    description: 'Report, top of every page (PDF) and of the HTML report while the report is a draft: why it is a draft. {answered} and {applicable} are numbers of questions; {revision} is the revision number; keep DRAFT in capitals',
  },
});

/** What a draft report says at the top of every page, in a language (English when none is given). */
export function draftWords(numbers: { answered: number; applicable: number; locked: boolean; revision: number }, language: LanguageState = ENGLISH): string {
  return String(formatMessage(language, DRAFT_MESSAGE.line, { ...numbers, locked: numbers.locked ? 'yes' : 'no' }));
}

const NOTICE_MESSAGES = defineMessages({
  heading: { defaultMessage: 'Characters this PDF cannot show correctly', description: 'PDF report heading: a notice listing the places where text could not be printed as it was entered' },
  intro: {
    defaultMessage:
      'Some text in this report could not be printed in this PDF exactly as it was entered. The HTML report (Export HTML report, or hrba report --html) shows it correctly. Copying the text from this PDF gives what was entered.',
    description: 'PDF report, the notice on unprintable characters: what happened and where to read the text correctly (“Export HTML report” is the app’s menu item; keep “hrba report --html” as it is)',
  },
  place: { defaultMessage: '{where}: {problems}', description: 'PDF report, the notice on unprintable characters: one place (a section’s title, or “Cover”) and what went wrong there' },
  cover: { defaultMessage: 'Cover', description: 'PDF report, the notice on unprintable characters: the place is the cover page' },
  column: {
    defaultMessage: '{place}, column “{column}”',
    description: 'PDF report, the notice on unprintable characters: the place is a table; {place} is the section or field, {column} the column’s heading',
  },
  missing: { defaultMessage: 'shown as □ (no font for {codes})', description: 'PDF report, the notice on unprintable characters: characters printed as a box; {codes} lists Unicode code points such as U+0F40' },
  unshaped: {
    defaultMessage: 'letters shown unjoined (Devanagari or another script that needs shaping)',
    description: 'PDF report, the notice on unprintable characters: letters printed one by one instead of joined',
  },
  coverLine: {
    defaultMessage: 'Some characters could not be printed exactly as entered: see “{heading}” (page {page}) and the HTML report.',
    description: 'PDF report, foot of the cover: points to the notice on unprintable characters; {heading} is its title, {page} its page number',
  },
});

/** The words of the PDF's notice on text it could not print as entered, in a language (English when none is given). */
export function noticeWords(language: LanguageState = ENGLISH) {
  const say = (message: MessageDescriptor, values?: Record<string, string | number>) => String(formatMessage(language, message, values));
  return {
    heading: say(NOTICE_MESSAGES.heading),
    intro: say(NOTICE_MESSAGES.intro),
    place: (where: string, problems: readonly string[]) => say(NOTICE_MESSAGES.place, { where: where || say(NOTICE_MESSAGES.cover), problems: problems.join('; ') }),
    column: (place: string, column: string) => say(NOTICE_MESSAGES.column, { place, column }),
    missing: (codes: string) => say(NOTICE_MESSAGES.missing, { codes }),
    unshaped: say(NOTICE_MESSAGES.unshaped),
    coverLine: (page: number) => say(NOTICE_MESSAGES.coverLine, { heading: say(NOTICE_MESSAGES.heading), page }),
  };
}
