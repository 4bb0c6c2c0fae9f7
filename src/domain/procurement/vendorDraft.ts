import { applyChange, type AssessmentChangeInput } from '../assessment/changes';
import { originOf, startRevision } from '../assessment/create';
import type { Assessment } from '../assessment/schema';
import { canCoalesce } from '../trail/compact';
import { nextTrailEvent, replaceHead, type LifecycleChange, type TrailEvent } from '../trail/event';
import { requestQuestionKeys, type Request } from './request';
import { startResponseAssessment } from './responseStart';

/**
 * A vendor's response while it is written: the vendor-response assessment and its
 * hash-chained trail, changed only through `changeVendorDraft`, which applies the change
 * the way every assessment change is applied (`applyChange`) and appends it to the trail
 * in the same step. Consecutive edits of one answer by one person fold into the newest
 * event, as the assessment store does; nothing leaves the device before the response is
 * locked for export, so no folded hash was ever seen elsewhere.
 */
export interface VendorDraft {
  assessment: Assessment;
  trail: TrailEvent[];
}

export class NotAskedError extends Error {
  constructor(readonly key: string) {
    super(`The request does not ask ${key}`);
    this.name = 'NotAskedError';
  }
}

export function startVendorDraft(request: Request, args: { id: string; at: string; productName: string; organisation: string; respondent: string }): VendorDraft {
  const assessment = startResponseAssessment(request, args);
  const by = args.respondent || args.organisation;
  return { assessment, trail: [nextTrailEvent(null, { at: args.at, by, change: { type: 'assessment.created' } })] };
}

export function changeVendorDraft(request: Pick<Request, 'items' | 'customQuestions'>, draft: VendorDraft, change: AssessmentChangeInput, meta: { at: string; by: string }): VendorDraft {
  // An answer to a question the request does not ask would make the buyer refuse the whole response.
  if (change.type === 'answer.set' && !requestQuestionKeys(request).includes(change.itemId)) throw new NotAskedError(change.itemId);
  const assessment = applyChange(draft.assessment, change, meta);
  const head = draft.trail.at(-1);
  const fields = { at: meta.at, by: meta.by, change };
  const trail = head && canCoalesce(head, false, change, meta.by) ? [...draft.trail.slice(0, -1), replaceHead(head, fields)] : [...draft.trail, nextTrailEvent(head, fields)];
  return { assessment, trail };
}

/**
 * The vendor's next revision of an exported (locked) response, for a clarification
 * round: the same answers under a new id, naming the locked one by id, number and hash
 * (what the buyer checks on import). Its trail starts afresh with `revision.started`,
 * as an assessment's next revision does; the locked revision keeps its own.
 */
export function startVendorRevision(locked: VendorDraft, meta: { id: string; at: string; by: string }): VendorDraft {
  const assessment = startRevision(locked.assessment, meta.id, meta.at);
  const change: LifecycleChange = { type: 'revision.started', parent: originOf(locked.assessment) };
  return { assessment, trail: [nextTrailEvent(null, { at: meta.at, by: meta.by, change })] };
}
