import { HRBA_PRINCIPLE_LABELS, HRBA_PRINCIPLES, PI_PRINCIPLE_LABELS, PI_PRINCIPLES } from '../../domain';
import type { PrincipleCount, VendorSummary } from '../../domain/procurement';
import { TableScroll } from '../common/TableScroll';

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
        <table>
          <caption>Vendors in order</caption>
          <thead>
            <tr>
              <th scope="col">Vendor</th>
              <th scope="col">Red flags</th>
              <th scope="col">Mandatory unanswered</th>
              <th scope="col">Insufficient</th>
              <th scope="col">Clarifications open</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {props.summaries.map((s) => (
              <tr key={s.id} className={s.redFlags ? 'red-flag-row' : undefined}>
                <th scope="row">
                  <bdi>{s.organisation}</bdi>
                </th>
                <td>{s.redFlags ? <strong className="red-flag-text">{s.redFlags} red {s.redFlags === 1 ? 'flag' : 'flags'}</strong> : 'None'}</td>
                <td>{s.mandatoryMissing.length ? s.mandatoryMissing.join(', ') : 'None'}</td>
                <td>{s.insufficient}</td>
                <td>{s.clarificationsOpen}</td>
                <td>
                  {s.answered} of {s.asked} ({percent(s.answered, s.asked)}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label="Coverage by principle">
        <table>
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
                  <td key={s.id}>{coverage(p.of(s))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
