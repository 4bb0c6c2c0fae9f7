import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ChecklistItem } from '../../domain';
import { procurementStatus, responseRedFlags } from '../../domain/procurement';
import { loadChecklist } from '../../app/checklistCatalog';
import type { ProcurementRow, ResponseRow } from '../../db/procurementRows';
import { formatDate } from '../common/dates';
import { TableScroll } from '../common/TableScroll';
import { PROCUREMENT_STATUS_LABELS } from '../../words/procurement';
import { responseFileOf } from './responseImport';

export interface ProcurementLine {
  row: ProcurementRow;
  responses: ResponseRow[];
}

/**
 * The checklist items of every checklist the listed procurements' requests name, loaded
 * only when some procurement has responses (red flags are counted from the answers).
 */
function useChecklistItems(lines: readonly ProcurementLine[]): Map<string, ReadonlyMap<string, ChecklistItem>> | null {
  const refs = [...new Set(lines.filter((l) => l.responses.length).map((l) => `${l.row.request.checklist.id}@${l.row.request.checklist.version}`))].sort().join(' ');
  const [items, setItems] = useState<Map<string, ReadonlyMap<string, ChecklistItem>> | null>(null);
  useEffect(() => {
    let live = true;
    const keys = refs ? refs.split(' ') : [];
    void Promise.all(
      keys.map(async (key) => {
        const [id, version] = key.split('@') as [string, string];
        try {
          const loaded = await loadChecklist(id, version);
          return [key, new Map(loaded.checklist.items.map((i) => [i.id, i]))] as const;
        } catch {
          return [key, new Map<string, ChecklistItem>()] as const;
        }
      }),
    ).then((pairs) => live && setItems(new Map(pairs)));
    return () => {
      live = false;
    };
  }, [refs]);
  return items;
}

/** Each vendor's latest revision and the red flags its answers raise (null until the checklist is loaded). */
function vendorsOf(line: ProcurementLine, items: ReadonlyMap<string, ChecklistItem> | undefined): { organisation: string; redFlags: number | null }[] {
  const latest = new Map<string, ResponseRow>();
  for (const r of line.responses) if ((latest.get(r.organisation)?.revision ?? 0) < r.revision) latest.set(r.organisation, r);
  return [...latest.values()].map((r) => ({
    organisation: r.organisation,
    redFlags: items ? responseRedFlags(line.row.request, responseFileOf(r).assessment.answers, items).length : null,
  }));
}

/** Column names: the table's headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = { procurement: 'Procurement', status: 'Status', vendors: 'Vendors and red flags', deadline: 'Deadline' };

/** The buyer's procurements, one row each: status, vendors with their red-flag counts, deadline. */
export function ProcurementRows(props: { lines: readonly ProcurementLine[] }) {
  const items = useChecklistItems(props.lines);
  return (
    <TableScroll label="Your procurements">
      <table className="procurement-rows cards">
        <caption>Your procurements</caption>
        <thead>
          <tr>
            {Object.values(COLUMNS).map((name) => (
              <th scope="col" key={name}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line) => {
            const { row } = line;
            const vendors = vendorsOf(line, items?.get(`${row.request.checklist.id}@${row.request.checklist.version}`));
            return (
              <tr key={row.id}>
                <th scope="row">
                  <Link href={`/procurement/${row.id}`}>
                    <bdi>{row.request.procurement.title}</bdi>
                  </Link>{' '}
                  <span className="muted">
                    — <bdi>{row.request.buyer.organisation}</bdi>
                  </span>
                </th>
                <td data-label={COLUMNS.status}>{PROCUREMENT_STATUS_LABELS[procurementStatus(row, line.responses.length)]}</td>
                <td data-label={COLUMNS.vendors}>
                  {vendors.length === 0 ? (
                    'No vendor yet'
                  ) : (
                    <ul className="procurement-list">
                      {vendors.map((v) => (
                        <li key={v.organisation}>
                          <bdi>{v.organisation}</bdi>:{' '}
                          {v.redFlags === null ? (
                            'counting red flags…'
                          ) : v.redFlags ? (
                            <strong className="red-flag-text">
                              {v.redFlags} red {v.redFlags === 1 ? 'flag' : 'flags'}
                            </strong>
                          ) : (
                            'no red flag'
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={COLUMNS.deadline}>{row.request.deadline ? formatDate(row.request.deadline) : 'None'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
