import { useId, useState, type ReactNode } from 'react';
import { FormattedMessage } from '../../../i18n/react';

/**
 * A chart with its text alternative. The SVG is one image with a name; the
 * same figures are always in a real table, which screen readers reach whether
 * or not it is shown, and which anyone can show with the checkbox.
 */
export function ChartCard(props: { title: string; children: ReactNode; table: ReactNode; note?: ReactNode }) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <section className="chart-card" aria-labelledby={id}>
      <h3 id={id}>{props.title}</h3>
      {props.children}
      {props.note}
      <div className={showTable ? 'chart-table' : 'visually-hidden'}>{props.table}</div>
      <div className="choice table-toggle">
        <input type="checkbox" id={`${id}-table`} checked={showTable} onChange={(e) => setShowTable(e.target.checked)} />
        <label htmlFor={`${id}-table`}>
          <FormattedMessage defaultMessage="Show the figures as a table" description="Dashboard: checkbox under a chart that shows its table" />
        </label>
      </div>
    </section>
  );
}
