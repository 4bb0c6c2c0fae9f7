/**
 * Where a procurement stands, for the home list: a draft request, sent to vendors,
 * responses in, or decided. One function, so every screen says the same.
 */
export const PROCUREMENT_STATUSES = ['draft', 'sent', 'responses-in', 'decided'] as const;
export type ProcurementStatus = (typeof PROCUREMENT_STATUSES)[number];

export function procurementStatus(row: { sentAt: string | null; decision?: unknown }, responses: number): ProcurementStatus {
  if (!row.sentAt) return 'draft';
  if (row.decision) return 'decided';
  return responses > 0 ? 'responses-in' : 'sent';
}
