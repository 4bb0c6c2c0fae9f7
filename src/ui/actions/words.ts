import type { ActionCsvColumn } from '../../domain';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';

/** The action plan's column names: the table's headers (a phone's card labels) and the CSV export's headings. */
export const ACTION_COLUMN_MESSAGES: Record<ActionCsvColumn, MessageDescriptor> = defineMessages({
  action: { defaultMessage: 'Action', description: 'Action plan table: column of what will be done' },
  findings: { defaultMessage: 'Findings', description: 'Action plan table: column of the findings an action addresses' },
  owner: { defaultMessage: 'Owner', description: 'Action plan table: column of who is responsible' },
  dueDate: { defaultMessage: 'Due date', description: 'Action plan table: column' },
  status: { defaultMessage: 'Status', description: 'Action plan table: column' },
  overdue: { defaultMessage: 'Overdue', description: 'Action plan spreadsheet (CSV): column saying, yes or no, whether the action is past its due date' },
  completionEvidence: { defaultMessage: 'Completion evidence', description: 'Action plan table: column of what shows the action was done' },
});
