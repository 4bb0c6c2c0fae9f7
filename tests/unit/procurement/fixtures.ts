import { applyChange, nextTrailEvent, type AnswerStatus, type Assessment, type ChecklistRef, type TrailEvent } from '../../../src/domain';
import { RequestSchema, startResponseAssessment, type Request, type RequestInput } from '../../../src/domain/procurement';
import { requestInput, T0 } from './requestInput';
import { bundledChecklistVersion } from '../helpers/bundled';

/** HRBA@Tech 1.1.0: a request names its version, and these tests pin this one (1.2.0 has the same items and rules). */
export const checklist11 = () => bundledChecklistVersion('1.1.0');

export { REQUEST_ID, T0, requestInput } from './requestInput';

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
