import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { applyChange, AssessmentChangeSchema, AssessmentSchema, RevisionLockedError, type Assessment } from '../../../src/domain';
import { answer, makeAssessment, T0, T1 } from '../helpers/assessment';

const meta = { at: T1, by: 'Amina' };
const review = { verdict: 'conforms' as const, comment: 'seen', reviewedAt: T1, reviewedBy: 'Auditor' };

describe('applyChange', () => {
  it('answer.set records the answer with who and when, and stamps updatedAt', () => {
    const next = applyChange(makeAssessment(), answer('CON-01', 'partial', 'draft policy only'), meta);
    expect(next.answers['CON-01']).toEqual({
      status: 'partial',
      notes: 'draft policy only',
      evidence: [],
      answeredAt: T1,
      answeredBy: 'Amina',
      review: null,
    });
    expect(next.updatedAt).toBe(T1);
    expect(next.createdAt).toBe(T0);
  });

  it('never mutates the assessment it is given', () => {
    const before = makeAssessment();
    const copy = structuredClone(before);
    applyChange(before, answer('CON-01', 'yes'), meta);
    applyChange(before, { type: 'triage.set', triage: { role: 'buyer' } }, meta);
    expect(before).toEqual(copy);
  });

  it('answer.set keeps a reviewer verdict already given on the item', () => {
    const reviewed = applyChange(applyChange(makeAssessment(), answer('CON-01', 'no'), meta), { type: 'review.set', itemId: 'CON-01', review }, meta);
    const reanswered = applyChange(reviewed, answer('CON-01', 'yes'), { at: T1, by: 'Amina' });
    expect(reanswered.answers['CON-01']?.status).toBe('yes');
    expect(reanswered.answers['CON-01']?.review).toEqual(review);
  });

  it('review.set on an unanswered item stores the verdict without inventing an answer', () => {
    const next = applyChange(makeAssessment(), { type: 'review.set', itemId: 'DES-02', review }, meta);
    expect(next.answers['DES-02']).toMatchObject({ status: null, notes: '', evidence: [], answeredBy: '', review });
  });

  it('review.set keeps the respondent answer', () => {
    const answered = applyChange(makeAssessment(), answer('CON-01', 'no', 'not yet'), meta);
    const next = applyChange(answered, { type: 'review.set', itemId: 'CON-01', review }, { at: T1, by: 'Auditor' });
    expect(next.answers['CON-01']).toMatchObject({ status: 'no', notes: 'not yet', answeredBy: 'Amina', review });
  });

  it('triage.set replaces the whole triage rather than merging it', () => {
    const first = applyChange(makeAssessment(), { type: 'triage.set', triage: { role: 'buyer', tech: ['ai'] } }, meta);
    const second = applyChange(first, { type: 'triage.set', triage: { role: 'builder' } }, meta);
    expect(second.triage).toEqual({ role: 'builder' });
  });

  it('subject.set changes the subject and the mode together', () => {
    const subject = { productName: 'GateKeeper', version: '3', organisation: 'City', description: 'Turnstiles' };
    const next = applyChange(makeAssessment(), { type: 'subject.set', subject, mode: 'audit' }, meta);
    expect(next.subject).toEqual({ ...subject, assessor: '' });
    expect(next.mode).toBe('audit');
  });

  it('progress.set records where the person reached', () => {
    expect(applyChange(makeAssessment(), { type: 'progress.set', progress: { stageReached: 'design' } }, meta).progress).toEqual({
      stageReached: 'design',
    });
  });

  it('refuses any change to a signed revision, naming the revision', () => {
    const locked: Assessment = AssessmentSchema.parse({ ...makeAssessment(), revision: { number: 2, parent: null, lockedAt: T0 } });
    const attempt = () => applyChange(locked, answer('CON-01', 'yes'), meta);
    expect(attempt).toThrow(RevisionLockedError);
    expect(attempt).toThrow('Revision 2 is signed and cannot change; start a new revision to edit it.');
  });

  it('validates the result: an invalid status or item key throws instead of storing it', () => {
    const bad = { ...answer('CON-01', 'yes'), status: 'maybe' } as unknown as Parameters<typeof applyChange>[1];
    expect(() => applyChange(makeAssessment(), bad, meta)).toThrow(ZodError);
    expect(() => applyChange(makeAssessment(), { type: 'review.set', itemId: 'not an id', review }, meta)).toThrow(ZodError);
  });
});

describe('AssessmentChangeSchema', () => {
  it('accepts every well-formed change type', () => {
    for (const change of [
      answer('CON-01', null),
      { type: 'triage.set', triage: { a: 'x', b: true, c: ['y'] } },
      { type: 'progress.set', progress: { stageReached: 'review' } },
      { type: 'review.set', itemId: 'CON-01', review },
      { type: 'subject.set', subject: { productName: 'P' }, mode: 'self' },
    ]) {
      expect(AssessmentChangeSchema.safeParse(change).success, JSON.stringify(change)).toBe(true);
    }
  });

  it.each([
    ['an unknown type', { type: 'answer.delete', itemId: 'CON-01' }],
    ['a malformed item id', answer('con-1', 'yes')],
    ['an unknown status', { ...answer('CON-01', 'yes'), status: 'maybe' }],
    ['an extra field', { ...answer('CON-01', 'yes'), score: 3 }],
    ['a numeric triage answer', { type: 'triage.set', triage: { a: 1 } }],
  ])('rejects %s', (_name, change) => {
    expect(AssessmentChangeSchema.safeParse(change).success).toBe(false);
  });
});
