import { describe, expect, it } from 'vitest';
import { applyChange, AuditStatementFormSchema, countReviewed, filterReviewItems, type Assessment } from '../../../src/domain';
import { answer, makeAssessment, T1 } from '../helpers/assessment';

const meta = { at: T1, by: 'Respondent' };
const review = (verdict: 'conforms' | 'does-not-conform') => ({ verdict, comment: 'seen', reviewedAt: '2026-01-03T10:00:00.000Z', reviewedBy: 'Auditor' });

function audited(): Assessment {
  let a = makeAssessment();
  a = applyChange(a, answer('CON-01', 'yes', 'Policy v2'), meta);
  a = applyChange(a, answer('CON-02', 'no'), meta);
  a = applyChange(a, { type: 'review.set', itemId: 'CON-01', review: review('conforms') }, { at: '2026-01-03T10:00:00.000Z', by: 'Auditor' });
  return applyChange(a, { type: 'review.set', itemId: 'CON-03', review: review('does-not-conform') }, { at: '2026-01-03T10:00:00.000Z', by: 'Auditor' });
}

describe('the auditor’s review', () => {
  it('never changes the respondent’s answer, notes, evidence or who answered when', () => {
    const before = applyChange(makeAssessment(), answer('CON-01', 'yes', 'Policy v2'), meta);
    const after = applyChange(before, { type: 'review.set', itemId: 'CON-01', review: review('conforms') }, { at: '2026-01-09T10:00:00.000Z', by: 'Auditor' });
    expect(after.answers['CON-01']).toEqual({ ...before.answers['CON-01'], review: review('conforms') });
    // An answer given after the review keeps the verdict beside it.
    expect(applyChange(after, answer('CON-01', 'partial'), meta).answers['CON-01']!.review).toEqual(review('conforms'));
  });

  it('filters items to those not yet reviewed, or to one verdict, keeping the order given', () => {
    const a = audited();
    const ids = ['CON-01', 'CON-02', 'CON-03', 'CON-04'];
    expect(filterReviewItems(a, ids, 'all')).toEqual(ids);
    expect(filterReviewItems(a, ids, 'unreviewed')).toEqual(['CON-02', 'CON-04']);
    expect(filterReviewItems(a, ids, 'does-not-conform')).toEqual(['CON-03']);
    expect(filterReviewItems(a, ids, 'not-verified')).toEqual([]);
    expect(countReviewed(a, ids)).toBe(2);
  });

  it('asks for the basis of any opinion but an unqualified one', () => {
    const statement = { scope: 'All stages', method: 'Interviews', limitations: '', auditor: 'A. Auditor', basis: '' };
    expect(AuditStatementFormSchema.safeParse({ ...statement, opinion: 'unqualified' }).success).toBe(true);
    expect(AuditStatementFormSchema.safeParse({ ...statement, opinion: null }).success).toBe(true);
    for (const opinion of ['qualified', 'adverse', 'disclaimer']) {
      const result = AuditStatementFormSchema.safeParse({ ...statement, opinion });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['basis'] });
      expect(AuditStatementFormSchema.safeParse({ ...statement, opinion, basis: 'Because' }).success).toBe(true);
    }
  });
});
