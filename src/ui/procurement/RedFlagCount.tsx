import { FormattedMessage } from '../../i18n/react';

/** "3 red flags" in bold red, or "No red flag" ("None" in a table column already named "Red flags"). */
export function RedFlagCount(props: { count: number; none?: 'sentence' | 'column' }) {
  if (props.count) {
    return (
      <strong className="red-flag-text">
        <FormattedMessage defaultMessage="{count, plural, one {# red flag} other {# red flags}}" description="Procurement: how many red flags a vendor's answers raise" values={{ count: props.count }} />
      </strong>
    );
  }
  return props.none === 'column' ? (
    <FormattedMessage defaultMessage="None" description="Procurement table, Red flags column: no red flag" />
  ) : (
    <FormattedMessage defaultMessage="no red flag" description="Procurement: after a vendor's name, its answers raise no red flag" />
  );
}
