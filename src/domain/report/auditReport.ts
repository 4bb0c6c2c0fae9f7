import type { Assessment, AuditOpinion } from '../assessment/schema';
import type { ReviewVerdict } from '../assessment/review';
import { AUDIT_OPINION_TEXT, VERDICT_LABELS } from '../assessment/review';
import { summariseTrail } from '../trail/verify';
import { TRAIL_PROBLEM_TEXT } from '../trail/verify';
import type { TrailEvent } from '../trail/event';

/** The trail annex: enough to find the trail in the package and check it is the same. */
export interface ReportTrail {
  count: number;
  first: string;
  last: string;
  head: string;
  /** "intact" or which event broke, in words. */
  status: string;
}

export interface ReportAudit {
  opinion: string;
  opinionMeaning: string;
  basis: string;
  scope: string;
  method: string;
  limitations: string;
  auditor: string;
  /** How many applicable items got each verdict, in the order of the scale; "Not reviewed" last. */
  counts: { verdict: string; count: number }[];
}

const describe = (e: { seq: number; at: string; by: string; type: string } | null) =>
  e ? `#${e.seq} ${e.type}, ${e.at.slice(0, 16).replace('T', ' ')} UTC${e.by ? `, by ${e.by}` : ''}` : 'none';

export function buildTrailSection(trail: readonly TrailEvent[] | undefined): ReportTrail | null {
  if (!trail) return null;
  const s = summariseTrail(trail);
  return {
    count: s.count,
    first: describe(s.first),
    last: describe(s.last),
    head: s.head ?? 'none (no events)',
    status: s.verdict.ok ? `intact: every one of the ${s.count} events links to the one before` : `broken: event ${s.verdict.seq} ${TRAIL_PROBLEM_TEXT[s.verdict.problem]}`,
  };
}

const AUDIT_SCALE: ReviewVerdict[] = ['conforms', 'partially-conforms', 'does-not-conform', 'not-verified'];

/** The auditor's section, for assessments in audit mode or with a recorded statement. */
export function buildAuditSection(a: Assessment, applicableIds: readonly string[]): ReportAudit | null {
  if (a.mode !== 'audit' && !a.audit) return null;
  const audit = a.audit;
  const opinion: AuditOpinion | null = audit?.opinion ?? null;
  const counts = new Map<string, number>();
  let unreviewed = 0;
  for (const id of applicableIds) {
    const verdict = a.answers[id]?.review?.verdict;
    if (verdict) counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
    else unreviewed += 1;
  }
  const seen = [...AUDIT_SCALE, ...[...counts.keys()].filter((v) => !AUDIT_SCALE.includes(v as ReviewVerdict))] as ReviewVerdict[];
  return {
    opinion: opinion ? AUDIT_OPINION_TEXT[opinion].label : 'No opinion given yet',
    opinionMeaning: opinion ? AUDIT_OPINION_TEXT[opinion].meaning : 'The auditor has not stated an overall opinion.',
    basis: audit?.basis ?? '',
    scope: audit?.scope ?? '',
    method: audit?.method ?? '',
    limitations: audit?.limitations ?? '',
    auditor: audit?.auditor ?? '',
    counts: [...seen.map((v) => ({ verdict: VERDICT_LABELS[v], count: counts.get(v) ?? 0 })), { verdict: 'Not reviewed', count: unreviewed }],
  };
}

/** "2", or "2 (follows revision 1, sha256:…); signed and locked 2026-…" */
export function revisionText(a: Assessment): string {
  const parts = [String(a.revision.number)];
  const p = a.revision.parent;
  if (p) parts.push(`(follows revision ${p.number}${p.hash ? `, ${p.hash}` : ''})`);
  if (a.revision.lockedAt) parts.push(`locked ${a.revision.lockedAt.slice(0, 16).replace('T', ' ')} UTC`);
  return parts.join(' ');
}
