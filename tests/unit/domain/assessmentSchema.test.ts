import { describe, expect, it } from 'vitest';
import { AssessmentSchema, formatZodIssues, SubjectSchema } from '../../../src/domain';
import { makeAssessment } from '../helpers/assessment';

const problems = (data: unknown) => {
  const parsed = AssessmentSchema.safeParse(data);
  return parsed.success ? [] : formatZodIssues(parsed.error.issues);
};

describe('AssessmentSchema', () => {
  it('fills the defaults of an answer stored with only a time', () => {
    const a = AssessmentSchema.parse({ ...makeAssessment(), answers: { 'CON-01': { answeredAt: '2026-01-01T00:00:00Z' } } });
    expect(a.answers['CON-01']).toEqual({ status: null, notes: '', evidence: [], answeredAt: '2026-01-01T00:00:00Z', answeredBy: '', review: null });
  });

  it('explains answers keyed by something other than an item id', () => {
    expect(problems({ ...makeAssessment(), answers: { q1: { answeredAt: '2026-01-01T00:00:00Z' } } })).toEqual([
      { path: 'answers.q1', code: 'looks-like', values: { example: 'CON-01' } },
    ]);
  });

  it('explains a malformed date-time', () => {
    expect(problems({ ...makeAssessment(), updatedAt: '1 March 2026' })).toEqual([
      { path: 'updatedAt', code: 'wrong-format', values: { format: 'datetime' } },
    ]);
  });

  it('refuses fields it does not know, so nothing is dropped silently on save', () => {
    expect(problems({ ...makeAssessment(), score: 10 })).toEqual([{ path: '', code: 'unknown-keys', values: { keys: ['score'] } }]);
  });

  it('refuses a stage the wizard does not have', () => {
    expect(problems({ ...makeAssessment(), progress: { stageReached: 'retirement' } }).map((p) => p.path)).toEqual(['progress.stageReached']);
  });

  it('asks for a product name that is not only spaces', () => {
    const parsed = SubjectSchema.safeParse({ productName: '   ' });
    expect(formatZodIssues(parsed.error?.issues ?? [])).toEqual([{ path: 'productName', code: 'missing', values: { what: 'product-name' } }]);
  });
});
