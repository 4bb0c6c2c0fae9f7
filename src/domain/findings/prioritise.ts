import { STAGES } from '../lifecycle';
import type { Finding } from './derive';
import type { Severity } from './schema';

/** Sum of the three UNGP 14 dimensions (3–12), or null until all three are rated. */
export function severityScore(s: Severity): number | null {
  return s.scale === null || s.scope === null || s.irremediability === null ? null : s.scale + s.scope + s.irremediability;
}

/** Severity as one 1–4 level, for the heat map: the rounded mean of the three dimensions. */
export function severityLevel(s: Severity): 1 | 2 | 3 | 4 | null {
  const score = severityScore(s);
  return score === null ? null : (Math.min(4, Math.max(1, Math.round(score / 3))) as 1 | 2 | 3 | 4);
}

const isClosed = (f: Finding) => f.status === 'resolved';

/**
 * The order in which to act (UNGP 24): raised red flags first, whatever their
 * rating; then the most severe, breaking ties by the least remediable; then the
 * most likely. Unrated findings follow the rated ones, since they still need a
 * judgement; resolved findings go last. Ties keep the walk order (stage, then
 * item), so the order is total and stable.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(isClosed(a)) - Number(isClosed(b)) ||
    Number(b.redFlag) - Number(a.redFlag) ||
    rank(severityScore(b.severity)) - rank(severityScore(a.severity)) ||
    rank(b.severity.irremediability) - rank(a.severity.irremediability) ||
    rank(b.likelihood) - rank(a.likelihood) ||
    walkIndex(a) - walkIndex(b) ||
    a.key.localeCompare(b.key)
  );
}

/** Unrated sorts below every rated value. */
const rank = (n: number | null) => (n === null ? -1 : n);
const walkIndex = (f: Finding) => (f.stage ? STAGES.indexOf(f.stage) : STAGES.length);

export function prioritiseFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
