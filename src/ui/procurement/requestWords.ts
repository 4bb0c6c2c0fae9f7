import { defineMessages } from '../../i18n/format';
import type { IntlShape } from '../../i18n/react';

/** Words the request builder's parts share. */
export const MARKS = defineMessages({
  ask: { defaultMessage: 'Ask', description: 'Request builder: checkbox, ask vendors this question' },
  mandatory: { defaultMessage: 'Mandatory', description: 'Request builder: checkbox, vendors must answer this question' },
  dealBreaker: { defaultMessage: 'Deal-breaker', description: 'Request builder: checkbox, a weak answer to this question raises a red flag' },
});

export const customQuestionName = (intl: IntlShape, n: number) =>
  intl.formatMessage({ defaultMessage: 'Custom question {n}', description: 'Request builder: the buyer’s own question number n (a group’s name, and in the error summary)' }, { n });
