import type { ChecklistRef } from '../../../src/domain';
import type { RequestInput } from '../../../src/domain/procurement';

/** Kept apart from ./fixtures (which loads checklists from disk) so jsdom component tests can use it too. */
export const REQUEST_ID = '11111111-1111-4111-8111-111111111111';
export const T0 = '2026-03-01T09:00:00.000Z';

/** A small valid request: two items, one custom question, one mandatory, two deal-breakers (one overridden). */
export function requestInput(ref: ChecklistRef, extra: Partial<RequestInput> = {}): RequestInput {
  return {
    schemaVersion: 1,
    id: REQUEST_ID,
    createdAt: T0,
    buyer: { organisation: 'City of Lakeside', contact: 'procurement@lakeside.example' },
    procurement: { title: 'Live facial recognition for the transit police', reference: 'LK-2026-014', stage: 'tender' },
    checklist: ref,
    profile: { technology: ['biometrics'] },
    items: ['CON-04', 'DEP-03'],
    customQuestions: [{ id: 'CQ-01', question: 'Will you host every record inside the country?', stage: 'deployment' }],
    mandatory: ['CON-04'],
    dealBreakers: { 'CON-04': {}, 'CQ-01': { triggers: ['no'], note: 'Partial hosting abroad may be acceptable.' } },
    instructions: 'Answer every question; attach your latest impact assessment.',
    deadline: '2026-04-15',
    ...extra,
  };
}

