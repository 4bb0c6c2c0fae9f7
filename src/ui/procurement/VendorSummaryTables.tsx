import { HRBA_PRINCIPLES, PI_PRINCIPLES } from '../../domain';
import type { PrincipleCount, VendorSummary } from '../../domain/procurement';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl, type IntlShape } from '../../i18n/react';
import { FRAMEWORK_NAMES, HRBA_PRINCIPLE_MESSAGES, PI_PRINCIPLE_MESSAGES } from '../common/codeWords';
import { TableScroll } from '../common/TableScroll';
import { RedFlagCount } from './RedFlagCount';

/** Column names of the vendors' table: its headers, and each value's label where a phone shows a row as a card. */
const COLUMNS = defineMessages({
  vendor: { defaultMessage: 'Vendor', description: 'Vendors in order, table column: the vendor organisation' },
  redFlags: { defaultMessage: 'Red flags', description: 'Vendors in order, table column: how many red flags its answers raise' },
  mandatory: { defaultMessage: 'Mandatory unanswered', description: 'Vendors in order, table column: mandatory questions left unanswered' },
  insufficient: { defaultMessage: 'Insufficient', description: 'Vendors in order, table column: answers the buyer judged insufficient' },
  clarifications: { defaultMessage: 'Clarifications open', description: 'Vendors in order, table column: answers still marked “Clarification needed”' },
  answered: { defaultMessage: 'Answered', description: 'Vendors in order, table column: questions answered' },
});

const percent = (part: number, whole: number) => (whole ? part / whole : 0);

const coverage = (intl: IntlShape, c: PrincipleCount) =>
  c.asked
    ? intl.formatMessage(
        { defaultMessage: '{met} of {asked} “Yes” ({answered} answered)', description: 'Coverage by principle: answers “Yes” of the questions asked under a principle, and how many were answered' },
        { met: c.met, asked: c.asked, answered: c.answered },
      )
    : intl.formatMessage({ defaultMessage: 'Not asked', description: 'Coverage by principle: no question of this principle was asked' });

/**
 * One summary row per vendor, in the one order the domain allows (`orderVendors`: a
 * vendor with an open red flag is never above one without), and what each covers per
 * HRBA@Tech and Privacy International principle. Counts only: no score is made of them.
 */
export function VendorSummaryTables(props: { summaries: readonly VendorSummary[] }) {
  const intl = useIntl();
  const principle = (source: string, label: string) =>
    intl.formatMessage({ defaultMessage: '{source}: {principle}', description: 'Coverage by principle: a framework (HRBA@Tech, Privacy International) and one of its principles' }, { source, principle: label });
  const principles = [
    ...HRBA_PRINCIPLES.map((p) => ({ key: `hrba:${p}`, label: principle(FRAMEWORK_NAMES.hrba, intl.formatMessage(HRBA_PRINCIPLE_MESSAGES[p])), of: (s: VendorSummary) => s.hrba[p] })),
    ...PI_PRINCIPLES.map((p) => ({ key: `pi:${p}`, label: principle(FRAMEWORK_NAMES.pi, intl.formatMessage(PI_PRINCIPLE_MESSAGES[p])), of: (s: VendorSummary) => s.pi[p] })),
  ];
  const none = <FormattedMessage defaultMessage="None" description="Vendors in order: none (no red flag, no mandatory question unanswered)" />;
  const ordered = intl.formatMessage({ defaultMessage: 'Vendors in order', description: 'Comparison: caption of the table of vendors, red flags first in mind' });
  const byPrinciple = intl.formatMessage({ defaultMessage: 'Coverage by principle', description: 'Comparison: caption of the table of answers per principle and vendor' });
  return (
    <>
      <TableScroll label={ordered}>
        <table className="cards">
          <caption>{ordered}</caption>
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
            {props.summaries.map((s) => (
              <tr key={s.id} className={s.redFlags ? 'red-flag-row' : undefined}>
                <th scope="row">
                  <bdi>{s.organisation}</bdi>
                </th>
                <td data-label={intl.formatMessage(COLUMNS.redFlags)}>
                  <RedFlagCount count={s.redFlags} none="column" />
                </td>
                <td data-label={intl.formatMessage(COLUMNS.mandatory)}>{s.mandatoryMissing.length ? intl.formatList(s.mandatoryMissing) : none}</td>
                <td data-label={intl.formatMessage(COLUMNS.insufficient)}>{intl.formatNumber(s.insufficient)}</td>
                <td data-label={intl.formatMessage(COLUMNS.clarifications)}>{intl.formatNumber(s.clarificationsOpen)}</td>
                <td data-label={intl.formatMessage(COLUMNS.answered)}>
                  <FormattedMessage
                    defaultMessage="{answered} of {asked} ({share})"
                    description="Vendors in order, Answered column: questions answered of those asked, and the share as a percentage"
                    values={{ answered: s.answered, asked: s.asked, share: intl.formatNumber(percent(s.answered, s.asked), { style: 'percent' }) }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={byPrinciple}>
        <table className="cards">
          <caption>{byPrinciple}</caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage defaultMessage="Principle" description="Coverage by principle, table column" />
              </th>
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
                  <td key={s.id} data-label={s.organisation}>
                    {coverage(intl, p.of(s))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
