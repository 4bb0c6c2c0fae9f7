import { newAssessment, type Assessment, type AssessmentChange, type ChecklistRef } from '../../../src/domain';

export const CHECKLIST_REF: ChecklistRef = {
  id: 'mini',
  version: '1.0.0',
  contentHash: `sha256:${'a'.repeat(64)}`,
};

export const T0 = '2026-01-01T10:00:00.000Z';
export const T1 = '2026-01-02T10:00:00.000Z';

let counter = 0;
/** A distinct, valid UUID per call, so tests never share an assessment id by accident. */
export function uuid(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export function makeAssessment(overrides: { id?: string; productName?: string; at?: string } = {}): Assessment {
  return newAssessment({
    id: overrides.id ?? uuid(),
    at: overrides.at ?? T0,
    mode: 'self',
    subject: { productName: overrides.productName ?? 'FaceGate', version: '2.1', organisation: 'Acme', description: '', assessor: '' },
    checklist: CHECKLIST_REF,
  });
}

export function answer(itemId: string, status: 'yes' | 'partial' | 'no' | 'not-applicable' | 'unknown' | null, notes = ''): AssessmentChange {
  return { type: 'answer.set', itemId, status, notes, evidence: [] };
}
