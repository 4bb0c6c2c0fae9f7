import type { PrincipleCoverage } from '../../domain';
import type { MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { ChartCard } from './charts/ChartCard';
import { StackedBars } from './charts/StackedBars';

/** For each principle: of the applicable items tagged with it, how many are answered, and how many answered Yes (in place). */
export function CoverageChart(props: { title: string; rows: readonly PrincipleCoverage[]; names: Readonly<Record<string, MessageDescriptor>> }) {
  const intl = useIntl();
  // A principle the interface has no words for would show its code.
  const name = (r: PrincipleCoverage) => (props.names[r.principle] ? intl.formatMessage(props.names[r.principle]!) : r.principle);
  return (
    <ChartCard
      title={props.title}
      note={
        <p className="chart-legend" aria-hidden="true">
          <span>
            <span className="swatch strong" />{' '}
            <FormattedMessage defaultMessage="Answered Yes (in place)" description="Dashboard coverage chart legend: the practice is in place" />
          </span>
          <span>
            <span className="swatch medium" /> <FormattedMessage defaultMessage="Answered otherwise" description="Dashboard coverage chart legend" />
          </span>
          <span>
            <span className="swatch total" /> <FormattedMessage defaultMessage="Not answered yet" description="Dashboard coverage chart legend" />
          </span>
        </p>
      }
      table={
        <table>
          <caption>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage defaultMessage="Principle" description="Dashboard coverage table: column of principles" />
              </th>
              <th scope="col">
                <FormattedMessage defaultMessage="Applicable items" description="Dashboard coverage table: column" />
              </th>
              <th scope="col">
                <FormattedMessage defaultMessage="Answered" description="Dashboard table: column of answered items" />
              </th>
              <th scope="col">
                <FormattedMessage defaultMessage="Answered Yes" description="Dashboard coverage table: column of items answered Yes" />
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={r.principle}>
                <th scope="row">{name(r)}</th>
                <td>{r.applicable}</td>
                <td>{r.answered}</td>
                <td>{r.met}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <StackedBars
        share
        label={intl.formatMessage(
          { defaultMessage: 'Bar chart, {title}: {bars}.', description: 'Dashboard: spoken name of a coverage chart; bars lists each principle’s figures' },
          {
            title: props.title,
            bars: intl.formatList(
              props.rows.map((r) =>
                intl.formatMessage(
                  { defaultMessage: '{name} {met} in place, {answered} answered, of {applicable}', description: 'Dashboard: one principle’s bar, spoken' },
                  { name: name(r), met: r.met, answered: r.answered, applicable: r.applicable },
                ),
              ),
              { type: 'unit' },
            ),
          },
        )}
        rows={props.rows.map((r) => ({
          label: name(r),
          total: r.applicable,
          segments: [
            { value: r.met, tone: 'strong' },
            { value: r.answered - r.met, tone: 'medium' },
          ],
          text:
            r.applicable === 0
              ? intl.formatMessage({ defaultMessage: 'no applicable items', description: 'Dashboard: figures above an empty bar' })
              : intl.formatMessage(
                  { defaultMessage: '{answered} of {applicable} answered, {met} Yes', description: 'Dashboard: figures above a principle’s bar' },
                  { answered: r.answered, applicable: r.applicable, met: r.met },
                ),
        }))}
      />
    </ChartCard>
  );
}
