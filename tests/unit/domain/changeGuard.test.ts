import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyChange,
  AssessmentSchema,
  ChangeRefusedError,
  RevisionLockedError,
  type Assessment,
  type AssessmentChangeInput,
} from '../../../src/domain';
import { T1 } from '../helpers/assessment';

/** The example is fully answered, with findings, actions and context to change. */
const example: Assessment = AssessmentSchema.parse(
  JSON.parse(readFileSync(new URL('../../../examples/kestrel-insight.hrba.json', import.meta.url), 'utf8')).assessment,
);
const meta = { at: T1, by: 'Auditor' };
const audited: Assessment = { ...example, mode: 'audit' };
const locked: Assessment = { ...example, revision: { ...example.revision, lockedAt: example.updatedAt } };

const [findingKey, finding] = Object.entries(example.findings)[0]!;
const review = { verdict: 'conforms' as const, comment: 'seen the policy', reviewedAt: T1, reviewedBy: 'Auditor' };

/** One change of every kind the respondent owns: audit mode must refuse each. */
const RESPONDENT_CHANGES: AssessmentChangeInput[] = [
  { type: 'answer.set', itemId: 'CON-01', status: 'no', notes: 'changed by the auditor', evidence: [] },
  { type: 'subject.set', subject: { ...example.subject, productName: 'Renamed' }, mode: 'audit' },
  { type: 'triage.set', triage: {} },
  { type: 'finding.set', key: findingKey, finding },
  { type: 'finding.remove', key: findingKey },
  { type: 'action.set', action: example.actions[0]! },
  { type: 'action.remove', id: example.actions[0]!.id },
  { type: 'tradeoff.set', tradeoff: example.tradeoffs[0]! },
  { type: 'tradeoff.remove', id: example.tradeoffs[0]!.id },
  { type: 'stakeholder.set', stakeholder: example.stakeholders[0]! },
  { type: 'stakeholder.remove', id: example.stakeholders[0]!.id },
  { type: 'benefit.set', benefit: example.benefits[0]! },
  { type: 'benefit.remove', id: example.benefits[0]!.id },
  { type: 'checklist.upgrade', from: example.checklist, to: { ...example.checklist, version: '9.9.9' } },
];
const AUDITOR_CHANGES: AssessmentChangeInput[] = [
  { type: 'review.set', itemId: 'CON-01', review },
  { type: 'audit.set', audit: { scope: 'All stages', opinion: 'unqualified', auditor: 'Auditor' } },
  { type: 'progress.set', progress: { stageReached: 'design' } },
  { type: 'revision.lock' },
];

function refusal(run: () => unknown): ChangeRefusedError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChangeRefusedError) return error;
    throw error;
  }
  throw new Error('the change was accepted');
}

describe('audit mode: the domain refuses the respondent’s work', () => {
  it.each(RESPONDENT_CHANGES.map((c) => [c.type, c] as const))('refuses %s with the code audit-respondent-work', (type, change) => {
    const before = structuredClone(audited);
    const error = refusal(() => applyChange(audited, change, meta));
    expect(error.code).toBe('audit-respondent-work');
    expect(error.changeType).toBe(type);
    expect(audited).toEqual(before);
  });

  it('the same changes pass outside audit mode (the refusal is the mode, not the change)', () => {
    for (const change of RESPONDENT_CHANGES.filter((c) => c.type !== 'checklist.upgrade')) {
      expect(() => applyChange(example, change, meta), change.type).not.toThrow();
    }
  });

  it.each(AUDITOR_CHANGES.map((c) => [c.type, c] as const))('accepts the auditor’s own %s', (_type, change) => {
    expect(() => applyChange(audited, change, meta)).not.toThrow();
  });

  it('lets the mode switch (subject unchanged) and records the auditor’s verdict without touching the answer', () => {
    const left = applyChange(audited, { type: 'subject.set', subject: audited.subject, mode: 'self' }, meta);
    expect(left.mode).toBe('self');
    const reviewed = applyChange(audited, { type: 'review.set', itemId: 'CON-01', review }, meta);
    expect({ ...reviewed.answers['CON-01'], review: null }).toEqual(audited.answers['CON-01']);
  });
});

describe('a locked revision: the domain refuses every change kind', () => {
  it.each([...RESPONDENT_CHANGES, ...AUDITOR_CHANGES].map((c) => [c.type, c] as const))('refuses %s with the code revision-locked', (type, change) => {
    const error = refusal(() => applyChange(locked, change, meta));
    expect(error).toBeInstanceOf(RevisionLockedError);
    expect(error.code).toBe('revision-locked');
    expect(error.changeType).toBe(type);
  });

  it('refuses in audit mode too, with the lock as the reason', () => {
    expect(refusal(() => applyChange({ ...locked, mode: 'audit' }, { type: 'review.set', itemId: 'CON-01', review }, meta)).code).toBe('revision-locked');
  });
});
