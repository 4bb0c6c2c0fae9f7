import type { Request } from '../../../domain/procurement';
import { requestQuestionKeys } from '../../../domain/procurement';
import { FormattedMessage } from '../../../i18n/react';

/** "12 questions, 3 mandatory, 2 deal-breakers." as a vendor reads a request. */
export function RequestCounts(props: { request: Request }) {
  const { request } = props;
  return (
    <FormattedMessage
      defaultMessage="{questions, plural, one {# question} other {# questions}}, {mandatory} mandatory, {breakers, plural, one {# deal-breaker} other {# deal-breakers}}."
      description="Vendor: how many questions a buyer's request asks, how many must be answered and how many are deal-breakers"
      values={{ questions: requestQuestionKeys(request).length, mandatory: request.mandatory.length, breakers: Object.keys(request.dealBreakers).length }}
    />
  );
}
