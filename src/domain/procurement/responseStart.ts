import { newAssessment } from '../assessment/create';
import type { Assessment } from '../assessment/schema';
import type { Request } from './request';

/**
 * The vendor-response assessment a vendor starts when opening a request: made with
 * the request's checklist and with the buyer's profile of the product, so every vendor
 * answers exactly the questions the buyer chose under the same applicability.
 */
export function startResponseAssessment(request: Request, args: { id: string; at: string; productName: string; organisation: string; respondent?: string }): Assessment {
  const assessment = newAssessment({
    id: args.id,
    at: args.at,
    mode: 'vendor-response',
    subject: { productName: args.productName, organisation: args.organisation, assessor: args.respondent ?? '' },
    checklist: request.checklist,
  });
  return { ...assessment, triage: structuredClone(request.profile) };
}
