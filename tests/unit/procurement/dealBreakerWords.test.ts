import { describe, expect, it } from 'vitest';
import { dealBreakerPolicyText, dealBreakerRuleText } from '../../../src/ui/procurement/dealBreakerWords';
import { intlFor } from '../../../src/i18n/react';

const english = intlFor({ locale: 'en', messages: {} });

describe('the deal-breaker policy in words', () => {
  it('tells vendors every answer that raises a flag under the default policy', () => {
    expect(dealBreakerPolicyText(english)).toContain('“No”, “Don’t know”, “Partly” and no answer all raise a red flag');
    expect(dealBreakerRuleText(english, { note: '' })).toBe('Red flag on “No”, “Don’t know”, “Partly” and no answer.');
  });

  it('says when the buyer overrode the policy for a question, with the buyer’s reason', () => {
    expect(dealBreakerRuleText(english, { triggers: ['no'], note: 'Partial hosting abroad may be acceptable.' })).toBe(
      'Red flag on “No” (the buyer’s rule for this question). Partial hosting abroad may be acceptable.',
    );
    expect(dealBreakerRuleText(english, { triggers: ['no', 'not-applicable'], note: '' })).toBe('Red flag on “No” and “Not applicable” (the buyer’s rule for this question).');
  });
});
