// The words for lifecycle stages and assessment modes live in src/words, shared with the reports.
export { STAGE_MESSAGES, MODE_MESSAGES } from '../../words/stages';
