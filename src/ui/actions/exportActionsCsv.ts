import { actionsCsv, type ActionItem, type Finding } from '../../domain';
import { downloadBlob, fileNameFor } from '../common/download';

/** `<product>-actions-<date>.csv`, made by the domain's CSV writer (UTF-8 with BOM, RFC 4180). */
export function exportActionsCsv(productName: string, actions: readonly ActionItem[], findings: readonly Finding[], today: string, now: Date): void {
  const csv = actionsCsv(actions, findings, today);
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileNameFor(`${productName.slice(0, 50)} actions`, now, '.csv'));
}
