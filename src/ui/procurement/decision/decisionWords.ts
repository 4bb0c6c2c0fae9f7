import type { DecisionProblem } from '../../../domain/procurement';
import type { DecisionStoreProblem } from '../../../db/decisions';
import { defineMessages, type MessageDescriptor } from '../../../i18n/format';
import type { IntlShape } from '../../../i18n/react';
import { isolate } from '../codeMessages';

type Words = Pick<IntlShape, 'formatMessage' | 'formatList' | 'dir'>;

/** Why a decision cannot be recorded, in words a procurement officer can act on. */
export function decisionProblemText(intl: Words, p: DecisionProblem, vendor: string | null): string {
  switch (p.code) {
    case 'vendor-unknown':
      return intl.formatMessage({
        defaultMessage: 'The vendor chosen is not the latest imported response of any vendor. Choose the vendor again.',
        description: 'Decision refused: the vendor chosen is out of date',
      });
    case 'red-flags-not-accepted':
      return intl.formatMessage(
        {
          defaultMessage:
            '{named, select, yes {{vendor}’s response} other {The vendor’s response}} still raises {count, plural, one {a red flag} other {red flags}} on {keys}. To approve it anyway, confirm each red flag below; the report will say you did.',
          description: 'Decision refused: an approval must confirm each red flag; {keys} lists question ids; named=no when no vendor is chosen',
        },
        { named: vendor ? 'yes' : 'no', vendor: isolate(intl, vendor ?? ''), count: p.keys.length, keys: intl.formatList(p.keys) },
      );
    case 'accepted-not-red-flag':
      return intl.formatMessage(
        {
          defaultMessage:
            '{count, plural, one {{keys} is no longer a red flag} other {{keys} are no longer red flags}} in {named, select, yes {{vendor}’s latest response} other {the vendor’s latest response}}. Choose the vendor again.',
          description: 'Decision refused: red flags confirmed that the vendor’s latest response no longer raises; {keys} lists question ids',
        },
        { named: vendor ? 'yes' : 'no', vendor: isolate(intl, vendor ?? ''), count: p.keys.length, keys: intl.formatList(p.keys) },
      );
    case 'clause-unknown':
      return intl.formatMessage({ defaultMessage: 'Condition {clause} is not in the clause library.', description: 'Decision refused: {clause} is a clause id such as CL-02' }, { clause: p.clauseId });
    case 'library-differs':
      return intl.formatMessage({
        defaultMessage: 'The decision was made with another version of the clause library. Remove its conditions and add them again.',
        description: 'Decision refused: the clause library changed',
      });
    case 'condition-answers-unasked':
      return intl.formatMessage(
        { defaultMessage: 'Condition {clause} names questions this request does not ask: {keys}.', description: 'Decision refused: {clause} is a clause id; {keys} lists question ids' },
        { clause: p.clauseId, keys: intl.formatList(p.keys) },
      );
  }
}

export const STORE_PROBLEM_MESSAGES: Record<DecisionStoreProblem, MessageDescriptor> = defineMessages({
  'unknown-procurement': { defaultMessage: 'This procurement is no longer stored on this device.', description: 'Decision not stored' },
  'not-sent': { defaultMessage: 'A decision is recorded only once the request was sent to vendors.', description: 'Decision not stored' },
  'vendor-not-imported': { defaultMessage: 'The vendor’s response chosen is not stored on this device any more.', description: 'Decision not stored' },
  'vendor-not-latest': { defaultMessage: 'A newer revision of this vendor’s response was imported meanwhile. Look at it, then decide again.', description: 'Decision not stored' },
});

/** Field names for the schema's messages ("rationale: give the reasons…" → "Reasons: give the reasons…"). */
export const DECISION_FIELD_MESSAGES: Record<string, MessageDescriptor> = defineMessages({
  outcome: { defaultMessage: 'Decision', description: 'Decision form: field name before what is wrong with it' },
  vendor: { defaultMessage: 'Vendor', description: 'Decision form: field name before what is wrong with it' },
  rationale: { defaultMessage: 'Reasons', description: 'Decision form: field name before what is wrong with it' },
  conditions: { defaultMessage: 'Conditions', description: 'Decision form: field name before what is wrong with it' },
  acceptedRedFlags: { defaultMessage: 'Red flags accepted', description: 'Decision form: field name before what is wrong with it' },
  decidedBy: { defaultMessage: 'Decided by', description: 'Decision form: field name before what is wrong with it, and its label' },
});
