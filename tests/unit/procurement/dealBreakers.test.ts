import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_STATUSES, type AnswerStatus, type ChecklistItem } from '../../../src/domain';
import {
  DEAL_BREAKER_TRIGGERS,
  dealBreakerTriggers,
  raisesDealBreaker,
  responseRedFlags,
  type DealBreaker,
  type DealBreakerTrigger,
} from '../../../src/domain/procurement';
import { checklist11, makeRequest } from './fixtures';

const ANSWERS: readonly (AnswerStatus | null)[] = [...ANSWER_STATUSES, null];
const asTrigger = (a: AnswerStatus | null): DealBreakerTrigger | 'yes' => (a === null ? 'unanswered' : a);

/** Every subset of the triggers a buyer can choose as an override (the empty set is refused by the schema). */
function overrides(): DealBreakerTrigger[][] {
  const all: DealBreakerTrigger[][] = [];
  for (let mask = 1; mask < 1 << DEAL_BREAKER_TRIGGERS.length; mask++) all.push(DEAL_BREAKER_TRIGGERS.filter((_, i) => mask & (1 << i)));
  return all;
}

describe('the deal-breaker policy', () => {
  it('by default raises a red flag on "No", "Don’t know", "Partly" and no answer; never on "Yes" or "Not applicable"', () => {
    const rule: DealBreaker = { note: '' };
    expect(ANSWERS.filter((a) => raisesDealBreaker(rule, a))).toEqual(['partial', 'no', 'unknown', null]);
    expect(raisesDealBreaker(rule, undefined)).toBe(true);
  });

  it.each(overrides().map((t) => [t.join('+'), t] as const))('override %s: exactly the answers it names raise the flag, "Yes" never', (_name, triggers) => {
    const rule: DealBreaker = { triggers, note: 'buyer decided' };
    expect(dealBreakerTriggers(rule)).toEqual(triggers);
    for (const answer of ANSWERS) {
      const expected = answer !== 'yes' && (triggers as readonly string[]).includes(asTrigger(answer));
      expect(raisesDealBreaker(rule, answer), `answer ${String(answer)}`).toBe(expected);
    }
  });
});

describe('the red flags of a response', () => {
  let items: Map<string, ChecklistItem>;
  beforeAll(async () => {
    const { checklist } = await checklist11();
    items = new Map(checklist.items.map((i) => [i.id, i]));
  });

  const answer = (status: AnswerStatus | null) => ({ status });

  it('lists deal-breakers in request order, and a "Don’t know" on a deal-breaker is a red flag', async () => {
    const { ref } = await checklist11();
    const request = makeRequest(ref);
    expect(responseRedFlags(request, { 'CON-04': answer('unknown'), 'DEP-03': answer('yes'), 'CQ-01': answer('no') }, items)).toEqual([
      { key: 'CON-04', source: 'deal-breaker', trigger: 'unknown' },
      { key: 'CQ-01', source: 'deal-breaker', trigger: 'no' },
    ]);
    // CQ-01's override accepts "Partly"; CON-04 unanswered raises it.
    expect(responseRedFlags(request, { 'CQ-01': answer('partial'), 'DEP-03': answer('yes') }, items)).toEqual([{ key: 'CON-04', source: 'deal-breaker', trigger: 'unanswered' }]);
  });

  it('keeps the checklist’s own red flags on asked items that are not deal-breakers, and lets an override silence them', async () => {
    const { ref } = await checklist11();
    // DEP-03 is a red-flag item in 1.1.0 (grievance mechanism): "No" raises it without being a deal-breaker.
    expect(items.get('DEP-03')?.redFlag).toBeDefined();
    const plain = makeRequest(ref, { dealBreakers: {} });
    expect(responseRedFlags(plain, { 'CON-04': answer('yes'), 'DEP-03': answer('no'), 'CQ-01': answer('no') }, items)).toEqual([
      { key: 'DEP-03', source: 'checklist', trigger: 'no' },
    ]);
    const lenient = makeRequest(ref, { dealBreakers: { 'DEP-03': { triggers: ['unanswered'] } } });
    expect(responseRedFlags(lenient, { 'CON-04': answer('yes'), 'DEP-03': answer('no') }, items)).toEqual([]);
  });
});
