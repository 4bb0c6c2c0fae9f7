import { canonicalJson } from '../canonical';
import { ChecklistRefSchema, type ChecklistRef } from '../checklist/schema';
import { sha256HashSync, TrailEventSchema, type TrailEvent } from '../trail/event';
import { verifyTrail, type TrailVerdict } from '../trail/verify';

/**
 * What a package says about itself, read from the text AS RECEIVED: parsed with
 * JSON.parse only, never validated into defaults or re-serialised, so every
 * hash here is over exactly what the signature covers. Nothing is trusted: a
 * field that is missing or malformed is reported as null.
 */
export interface PackageFacts {
  productName: string | null;
  checklist: ChecklistRef | null;
  /** SHA-256 of the canonical JSON of `assessment` as received, `sha256:<hex>`: what a signed report prints. */
  assessmentHash: string | null;
  revision: { number: number; locked: boolean } | null;
  /** null when the file carries no trail at all. */
  trail: TrailVerdict | null;
  trailHead: string | null;
}

export function inspectPackage(text: string): PackageFacts | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!isRecord(data)) return null;
  const assessment = isRecord(data.assessment) ? data.assessment : null;
  const subject = assessment && isRecord(assessment.subject) ? assessment.subject : null;
  const revision = assessment && isRecord(assessment.revision) ? assessment.revision : null;
  const checklist = ChecklistRefSchema.safeParse(data.checklist);
  const trail = Array.isArray(data.trail) ? data.trail : null;
  return {
    productName: typeof subject?.productName === 'string' ? subject.productName : null,
    checklist: checklist.success ? checklist.data : null,
    assessmentHash: assessment ? sha256HashSync(canonicalJson(assessment)) : null,
    revision: revision && typeof revision.number === 'number' ? { number: revision.number, locked: typeof revision.lockedAt === 'string' } : null,
    trail: trail ? verifyRawTrail(trail) : null,
    trailHead: trail ? headOf(trail) : null,
  };
}

/** Each event must have the event's shape before its hash is recomputed over the values as received. */
function verifyRawTrail(events: unknown[]): TrailVerdict {
  const bad = events.findIndex((e) => !TrailEventSchema.safeParse(e).success);
  if (bad !== -1) {
    const seq = isRecord(events[bad]) && typeof events[bad].seq === 'number' ? events[bad].seq : bad + 1;
    return { ok: false, count: events.length, problem: 'altered', index: bad, seq };
  }
  return verifyTrail(events as TrailEvent[]);
}

function headOf(events: unknown[]): string | null {
  const last = events.at(-1);
  return isRecord(last) && typeof last.hash === 'string' ? last.hash : null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
