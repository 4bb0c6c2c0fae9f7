import { defineMessages } from '../../i18n/format';

/** A spreadsheet export's (CSV) true/false cells, in the chosen language. */
export const CSV_WORDS = defineMessages({
  yes: { defaultMessage: 'yes', description: 'In a spreadsheet export (CSV), a cell that is true (the action is overdue, the question is mandatory…); lower case' },
  no: { defaultMessage: 'no', description: 'In a spreadsheet export (CSV), a cell that is false (the action is not overdue); lower case' },
});
