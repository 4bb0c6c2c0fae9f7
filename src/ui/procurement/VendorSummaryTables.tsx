import { HRBA_PRINCIPLE_LABELS, HRBA_PRINCIPLES, PI_PRINCIPLE_LABELS, PI_PRINCIPLES } from '../../domain';
import type { PrincipleCount, VendorSummary } from '../../domain/procurement';
import { TableScroll } from '../common/TableScroll';

/** Column names of the vendors' table: its headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = { vendor: 'Vendor', redFlags: 'Red flags', mandatory: 'Mandatory unanswered', insufficient: 'Insufficient', clarifications: 'Clarifications open', answered: 'Answered' };

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/**
 * One summary row per vendor, in the one order the domain allows (`orderVendors`: a
 * vendor with an open red flag is never above one without), and what each covers per
 * HRBA@Tech and Privacy International principle. Counts only: no score is made of them.
 */
export function VendorSummaryTables(props: { summaries: readonly VendorSummary[] }) {
  const principles = [
    ...HRBA_PRINCIPLES.map((p) => ({ key: `hrba:${p}`, label: `HRBA@Tech: ${HRBA_PRINCIPLE_LABELS[p]}`, of: (s: VendorSummary) => s.hrba[p] })),
    ...PI_PRINCIPLES.map((p) => ({ key: `pi:${p}`, label: `Privacy International: ${PI_PRINCIPLE_LABELS[p]}`, of: (s: VendorSummary) => s.pi[p] })),
  ];
  const coverage = (c: PrincipleCount) => (c.asked ? `${c.met} of ${c.asked} “Yes” (${c.answered} answered)` : 'Not asked');
  return (
    <>
      <TableScroll label="Vendors in order">
        <table className="cards">
          <caption>Vendors in order</caption>
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
            {props.summaries.map((s) => (
              <tr key={s.id} className={s.redFlags ? 'red-flag-row' : undefined}>
                <th scope="row">
                  <bdi>{s.organisation}</bdi>
                </th>
                <td data-label={COLUMNS.redFlags}>{s.redFlags ? <strong className="red-flag-text">{s.redFlags} red {s.redFlags === 1 ? 'flag' : 'flags'}</strong> : 'None'}</td>
                <td data-label={COLUMNS.mandatory}>{s.mandatoryMissing.length ? s.mandatoryMissing.join(', ') : 'None'}</td>
                <td data-label={COLUMNS.insufficient}>{s.insufficient}</td>
                <td data-label={COLUMNS.clarifications}>{s.clarificationsOpen}</td>
                <td data-label={COLUMNS.answered}>
                  {s.answered} of {s.asked} ({percent(s.answered, s.asked)}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Coverage by principle">
        <table className="cards">
          <caption>Coverage by principle</caption>
          <thead>
            <tr>
              <th scope="col">Principle</th>
              {props.summaries.map((s) => (
                <th scope="col" key={s.id}>
                  <bdi>{s.organisation}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {principles.map((p) => (
              <tr key={p.key}>
                <th scope="row">{p.label}</th>
                {props.summaries.map((s) => (
                  <td key={s.id} data-label={s.organisation}>{coverage(p.of(s))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
