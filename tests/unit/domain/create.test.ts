import { describe, expect, it } from 'vitest';
import { applyChange, AssessmentSchema, duplicateAssessment, newAssessment } from '../../../src/domain';
import { answer, CHECKLIST_REF, makeAssessment, T0, T1, uuid } from '../helpers/assessment';

describe('newAssessment', () => {
  it('starts an unlocked first revision at setup with nothing answered', () => {
    const a = makeAssessment({ at: T0 });
    expect(a.revision).toEqual({ number: 1, parent: null, lockedAt: null });
    expect(a.progress).toEqual({ stageReached: 'setup' });
    expect(a.answers).toEqual({});
    expect(a.triage).toEqual({});
    expect([a.createdAt, a.updatedAt]).toEqual([T0, T0]);
  });

  it('fills subject defaults and trims what the person typed', () => {
    const a = newAssessment({ id: uuid(), at: T0, mode: 'self', subject: AssessmentSchema.shape.subject.parse({ productName: '  Gate  ' }), checklist: CHECKLIST_REF });
    expect(a.subject).toEqual({ productName: 'Gate', version: '', organisation: '', description: '', assessor: '' });
  });

  it('refuses an id that is not a UUID', () => {
    expect(() => makeAssessment({ id: 'assessment-1' })).toThrow(/uuid/i);
  });
});

describe('duplicateAssessment', () => {
  const source = applyChange(
    applyChange(makeAssessment({ productName: 'FaceGate' }), answer('CON-01', 'no', 'gap'), { at: T0, by: 'A' }),
    { type: 'triage.set', triage: { tech: ['ai'] } },
    { at: T0, by: 'A' },
  );

  it('copies the work under a new id and name, as a fresh first revision', () => {
    const locked = AssessmentSchema.parse({ ...source, revision: { number: 3, parent: { id: uuid(), number: 2 }, lockedAt: T0 } });
    const id = uuid();
    const copy = duplicateAssessment(locked, id, T1);
    expect(copy.id).toBe(id);
    expect(copy.subject.productName).toBe('FaceGate (copy)');
    expect(copy.revision).toEqual({ number: 1, parent: null, lockedAt: null });
    expect([copy.createdAt, copy.updatedAt]).toEqual([T1, T1]);
    expect(copy.answers).toEqual(source.answers);
    expect(copy.triage).toEqual(source.triage);
  });

  it('shares nothing mutable with the source', () => {
    const copy = duplicateAssessment(source, uuid(), T1);
    copy.answers['CON-01']!.notes = 'changed';
    (copy.triage.tech as string[]).push('biometrics');
    expect(source.answers['CON-01']?.notes).toBe('gap');
    expect(source.triage.tech).toEqual(['ai']);
  });

  it('keeps a long product name within the 200-character limit', () => {
    const long = makeAssessment({ productName: 'x'.repeat(200) });
    const copy = duplicateAssessment(long, uuid(), T1);
    expect(copy.subject.productName).toHaveLength(200);
  });
});
