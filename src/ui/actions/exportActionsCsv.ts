import { ACTION_CSV_COLUMNS, ACTION_STATUSES, actionsCsv, type ActionItem, type ActionsCsvWords, type Finding } from '../../domain';
import type { MessageDescriptor } from '../../i18n/format';
import type { IntlShape } from '../../i18n/react';
import { downloadBlob, fileNameFor } from '../common/download';
import { CSV_WORDS } from '../common/csvWords';
import { ACTION_STATUS_MESSAGES } from '../findings/words';
import { ACTION_COLUMN_MESSAGES } from './words';

/** The action plan CSV's words in the chosen language: the table's column names and status words. */
export function actionsCsvWords(intl: Pick<IntlShape, 'formatMessage'>): ActionsCsvWords {
  const say = <K extends string>(keys: readonly K[], messages: Record<K, MessageDescriptor>) =>
    Object.fromEntries(keys.map((k) => [k, intl.formatMessage(messages[k])])) as Record<K, string>;
  return {
    columns: say(ACTION_CSV_COLUMNS, ACTION_COLUMN_MESSAGES),
    status: say(ACTION_STATUSES, ACTION_STATUS_MESSAGES),
    yes: intl.formatMessage(CSV_WORDS.yes),
    no: intl.formatMessage(CSV_WORDS.no),
  };
}

/**
 * `<product>-actions-<date>.csv`, made by the domain's CSV writer (UTF-8 with BOM, RFC 4180, formula
 * guard) in the chosen language: headings and statuses as the screen says them, finding titles as the
 * screen names them, due dates kept ISO (YYYY-MM-DD) so every spreadsheet reads them alike.
 */
export function exportActionsCsv(intl: Pick<IntlShape, 'formatMessage'>, productName: string, actions: readonly ActionItem[], findings: readonly Pick<Finding, 'key' | 'title'>[], today: string, now: Date): void {
  const csv = actionsCsv(actions, findings, today, actionsCsvWords(intl));
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileNameFor(`${productName.slice(0, 50)} actions`, now, '.csv'));
}
