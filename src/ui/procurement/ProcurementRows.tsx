import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { ChecklistItem } from '../../domain';
import { procurementStatus, responseRedFlags } from '../../domain/procurement';
import { loadChecklist } from '../../app/checklistCatalog';
import type { ProcurementRow, ResponseRow } from '../../db/procurementRows';
import { useDates } from '../common/dates';
import { TableScroll } from '../common/TableScroll';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { PROCUREMENT_STATUS_MESSAGES } from './codeMessages';
import { responseFileOf } from './responseImport';
import { RedFlagCount } from './RedFlagCount';

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
const COLUMNS = defineMessages({
  procurement: { defaultMessage: 'Procurement', description: 'Home procurement table column: title and buyer' },
  status: { defaultMessage: 'Status', description: 'Home procurement table column' },
  vendors: { defaultMessage: 'Vendors and red flags', description: 'Home procurement table column: each vendor and how many red flags its answers raise' },
  deadline: { defaultMessage: 'Deadline', description: 'Home procurement table column: deadline for responses' },
});

/** The buyer's procurements, one row each: status, vendors with their red-flag counts, deadline. */
export function ProcurementRows(props: { lines: readonly ProcurementLine[] }) {
  const items = useChecklistItems(props.lines);
  const intl = useIntl();
  const dates = useDates();
  const caption = intl.formatMessage({ defaultMessage: 'Your procurements', description: 'Home: caption of the table of the buyer’s procurements' });
  return (
    <TableScroll label={caption}>
      <table className="procurement-rows cards">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {Object.entries(COLUMNS).map(([key, name]) => (
              <th scope="col" key={key}>
                {intl.formatMessage(name)}
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
                <td data-label={intl.formatMessage(COLUMNS.status)}>{intl.formatMessage(PROCUREMENT_STATUS_MESSAGES[procurementStatus(row, line.responses.length)])}</td>
                <td data-label={intl.formatMessage(COLUMNS.vendors)}>
                  {vendors.length === 0 ? (
                    <FormattedMessage defaultMessage="No vendor yet" description="Home procurement table: no vendor response imported yet" />
                  ) : (
                    <ul className="procurement-list">
                      {vendors.map((v) => (
                        <li key={v.organisation}>
                          <FormattedMessage defaultMessage="{vendor}:" description="Home procurement table: a vendor's name before its red flags" values={{ vendor: <bdi>{v.organisation}</bdi> }} />{' '}
                          {v.redFlags === null ? (
                            <FormattedMessage defaultMessage="counting red flags…" description="Home procurement table: after a vendor's name, while its red flags are counted" />
                          ) : (
                            <RedFlagCount count={v.redFlags} />
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={intl.formatMessage(COLUMNS.deadline)}>
                  {row.request.deadline ? dates.date(row.request.deadline) : <FormattedMessage defaultMessage="None" description="Home procurement table: no deadline" />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
