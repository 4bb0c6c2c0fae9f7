import { FormattedMessage } from '../../../i18n/react';

/** "Deadline 15 Apr 2026." or "No deadline.", the date already in the chosen language. */
export function Deadline(props: { date: string | null }) {
  return props.date ? (
    <FormattedMessage defaultMessage="Deadline {date}." description="Vendor: the buyer's deadline for responses" values={{ date: props.date }} />
  ) : (
    <FormattedMessage defaultMessage="No deadline." description="Vendor: the buyer set no deadline for responses" />
  );
}
