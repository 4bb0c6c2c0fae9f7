import { describe, expect, it } from 'vitest';
import { raisesRedFlag, redFlagTriggers, type RedFlagItem } from '../../../src/domain';

const reason = 'Stop and escalate.';

describe('the red-flag policy', () => {
  it('raises a policy item’s flag on "No" and "Don’t know", never on "Yes" or "Not applicable"', () => {
    const item: RedFlagItem = { redFlag: { reason } };
    expect(redFlagTriggers(item)).toEqual(['no', 'unknown']);
    expect(['yes', 'partial', 'no', 'not-applicable', 'unknown'].filter((s) => raisesRedFlag(item, s as never))).toEqual(['no', 'unknown']);
    expect(raisesRedFlag(item, null)).toBe(false);
  });

  it('raises it on "Partly" too where the item says so', () => {
    expect(raisesRedFlag({ redFlag: { reason }, redFlagOnPartly: true }, 'partial')).toBe(true);
    expect(raisesRedFlag({ redFlag: { reason }, redFlagOnPartly: false }, 'partial')).toBe(false);
  });

  it('keeps the triggers a 1.0.0 item lists, so its assessments report as they always did', () => {
    const legacy: RedFlagItem = { redFlag: { reason, triggers: ['no'] } };
    expect(raisesRedFlag(legacy, 'no')).toBe(true);
    expect(raisesRedFlag(legacy, 'unknown')).toBe(false);
  });

  it('raises nothing for an item that is not a red flag', () => {
    expect(redFlagTriggers({ redFlagOnPartly: true })).toEqual([]);
    expect(raisesRedFlag({}, 'no')).toBe(false);
  });
});
