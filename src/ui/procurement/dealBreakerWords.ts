import { dealBreakerTriggers, DEFAULT_DEAL_BREAKER_TRIGGERS, type DealBreaker, type DealBreakerTrigger } from '../../domain/procurement';
import type { IntlShape } from '../../i18n/react';
import { isolate, TRIGGER_MESSAGES } from './codeMessages';

/**
 * The words of the deal-breaker policy, as vendors and buyers read them, in the chosen
 * language. The policy itself (which answers raise a flag) is decided in
 * src/domain/procurement/dealBreakers.ts; this file only says it.
 */
type Words = Pick<IntlShape, 'formatMessage' | 'formatList' | 'dir'>;

/** "“No”, “Don’t know” and no answer", as the language joins a list. */
const triggerList = (intl: Words, triggers: readonly DealBreakerTrigger[]) => intl.formatList(triggers.map((t) => intl.formatMessage(TRIGGER_MESSAGES[t])));

/** The policy shown once at the top of a request, for every deal-breaker without an override. */
export function dealBreakerPolicyText(intl: Words): string {
  return intl.formatMessage(
    {
      defaultMessage:
        'A deal-breaker is a question the buyer cannot accept a weak answer to. On a deal-breaker, {triggers} all raise a red flag, unless the buyer says otherwise for that question. Only “Yes” does not. A red flag is shown to the buyer as it is: no score, total or ranking can hide or outweigh it.',
      description: 'Procurement: the deal-breaker policy, at the top of a request; {triggers} is a list of answers such as “No”, “Don’t know” and no answer',
    },
    { triggers: triggerList(intl, DEFAULT_DEAL_BREAKER_TRIGGERS) },
  );
}

/** What raises the flag on one deal-breaker, as a vendor reads it beside the question. */
export function dealBreakerRuleText(intl: Words, rule: DealBreaker): string {
  const triggers = triggerList(intl, dealBreakerTriggers(rule));
  const note = rule.note.trim();
  const own = rule.triggers ? 'yes' : 'no';
  return note
    ? intl.formatMessage(
        {
          defaultMessage: '{own, select, yes {Red flag on {triggers} (the buyer’s rule for this question). {note}} other {Red flag on {triggers}. {note}}}',
          description: 'Procurement: which answers raise a red flag on one deal-breaker question, with the buyer’s note; own=yes when the buyer set the rule for this question',
        },
        { own, triggers, note },
      )
    : intl.formatMessage(
        {
          defaultMessage: '{own, select, yes {Red flag on {triggers} (the buyer’s rule for this question).} other {Red flag on {triggers}.}}',
          description: 'Procurement: which answers raise a red flag on one deal-breaker question; own=yes when the buyer set the rule for this question',
        },
        { own, triggers },
      );
}

/** What the buyer's signature on a request said, in one sentence. */
export function requestSignatureText(intl: Words, signature: { valid: boolean; signer: string | null } | null): string {
  if (!signature) return intl.formatMessage({ defaultMessage: 'The request is not signed: nothing proves who wrote it.', description: 'Vendor: the buyer’s request file has no signature' });
  if (!signature.valid) {
    return intl.formatMessage({
      defaultMessage: 'The request’s signature does not match its content: it was changed after signing. Ask the buyer for a new copy.',
      description: 'Vendor: the buyer’s request file was changed after it was signed',
    });
  }
  return signedByText(intl, signature.signer, 'request');
}

/** "Signed by …; the signature matches …", for a request (now) or clarification questions (when opened). */
export function signedByText(intl: Words, signer: string | null, what: 'request' | 'questions'): string {
  return intl.formatMessage(
    {
      defaultMessage:
        '{named, select, yes {Signed by {signer}} other {Signed by an unnamed signer}}; {what, select, request {the signature matches the request.} other {the signature matched the questions when you opened them.}}',
      description: 'Vendor: who signed the buyer’s file (named=no when the certificate gives no name); what=request for a request, questions for clarification questions',
    },
    { named: signer ? 'yes' : 'no', signer: isolate(intl, signer ?? ''), what },
  );
}
