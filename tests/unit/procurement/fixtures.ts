import { applyChange, nextTrailEvent, type AnswerStatus, type Assessment, type ChecklistRef, type TrailEvent } from '../../../src/domain';
import { RequestSchema, startResponseAssessment, type Request, type RequestInput } from '../../../src/domain/procurement';
import { bundledChecklistVersion } from '../helpers/bundled';

/** HRBA@Tech 1.1.0, the version new requests are made with. */
export const checklist11 = () => bundledChecklistVersion('1.1.0');

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

export function makeRequest(ref: ChecklistRef, extra: Partial<RequestInput> = {}): Request {
  return RequestSchema.parse(requestInput(ref, extra));
}

/** A vendor's response to `request`: answers applied through the one change path, with the trail each change appends. */
export function vendorResponse(
  request: Request,
  answers: Record<string, AnswerStatus | null>,
  vendor: { id: string; organisation: string },
): { assessment: Assessment; trail: TrailEvent[] } {
  let assessment = startResponseAssessment(request, { id: vendor.id, at: T0, productName: `${vendor.organisation} Vision`, organisation: vendor.organisation });
  const trail: TrailEvent[] = [nextTrailEvent(null, { at: T0, by: vendor.organisation, change: { type: 'assessment.created' } })];
  for (const [itemId, status] of Object.entries(answers)) {
    const change = { type: 'answer.set' as const, itemId, status, notes: '', evidence: [] };
    assessment = applyChange(assessment, change, { at: T0, by: vendor.organisation });
    trail.push(nextTrailEvent(trail.at(-1), { at: T0, by: vendor.organisation, change }));
  }
  return { assessment, trail };
}
