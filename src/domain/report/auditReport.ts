import type { Assessment, AuditOpinion } from '../assessment/schema';
import type { ReviewVerdict } from '../assessment/review';
import { summariseTrail, type TrailProblem } from '../trail/verify';
import type { TrailEvent } from '../trail/event';

/** One event of the trail as the annex names it: its number, its change type (a code), when and by whom. */
export interface ReportTrailEvent {
  seq: number;
  type: string;
  at: string;
  by: string;
}

/** The trail annex: enough to find the trail in the package and check it is the same. */
export interface ReportTrail {
  count: number;
  first: ReportTrailEvent | null;
  last: ReportTrailEvent | null;
  /** The hash of the last event; null when the trail has no event. */
  head: string | null;
  /** Whether every event links to the one before, or which event broke and how. */
  verdict: { ok: true } | { ok: false; seq: number; problem: TrailProblem };
}

export interface ReportAudit {
  /** The auditor's overall opinion; null until one is given. */
  opinion: AuditOpinion | null;
  basis: string;
  scope: string;
  method: string;
  limitations: string;
  auditor: string;
  /** How many applicable items got each verdict, in the order of the scale; null ("not reviewed") last. */
  counts: { verdict: ReviewVerdict | null; count: number }[];
}

export function buildTrailSection(trail: readonly TrailEvent[] | undefined): ReportTrail | null {
  if (!trail) return null;
  const s = summariseTrail(trail);
  return {
    count: s.count,
    first: s.first,
    last: s.last,
    head: s.head,
    verdict: s.verdict.ok ? { ok: true } : { ok: false, seq: s.verdict.seq, problem: s.verdict.problem },
  };
}

const AUDIT_SCALE: ReviewVerdict[] = ['conforms', 'partially-conforms', 'does-not-conform', 'not-verified'];

/** The auditor's section, for assessments in audit mode or with a recorded statement. */
export function buildAuditSection(a: Assessment, applicableIds: readonly string[]): ReportAudit | null {
  if (a.mode !== 'audit' && !a.audit) return null;
  const audit = a.audit;
  const counts = new Map<ReviewVerdict, number>();
  let unreviewed = 0;
  for (const id of applicableIds) {
    const verdict = a.answers[id]?.review?.verdict;
    if (verdict) counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
    else unreviewed += 1;
  }
  const seen = [...AUDIT_SCALE, ...[...counts.keys()].filter((v) => !AUDIT_SCALE.includes(v))];
  return {
    opinion: audit?.opinion ?? null,
    basis: audit?.basis ?? '',
    scope: audit?.scope ?? '',
    method: audit?.method ?? '',
    limitations: audit?.limitations ?? '',
    auditor: audit?.auditor ?? '',
    counts: [...seen.map((v) => ({ verdict: v, count: counts.get(v) ?? 0 })), { verdict: null, count: unreviewed }],
  };
}
