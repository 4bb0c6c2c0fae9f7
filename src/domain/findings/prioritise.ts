import { STAGES } from '../lifecycle';
import type { Finding } from './derive';
import type { Severity } from './schema';

/** Sum of the three UNGP 14 dimensions (3–12), or null until all three are rated. */
export function severityScore(s: Severity): number | null {
  return s.scale === null || s.scope === null || s.irremediability === null ? null : s.scale + s.scope + s.irremediability;
}

/**
 * Severity as one 1–4 level, for the heat map and the order to act: the HIGHEST of the three
 * dimensions. UNGP 14 names scale, scope and irremediable character, and any one of them can make
 * an impact severe: harm to life (scale 4) affecting few people, easily remedied, is still grave.
 * A mean would dilute it (4, 1, 1 → 2), so a red-flag-worthy harm could land in a low row.
 * Null until all three are rated, so a half-rated finding is counted as unrated, not placed.
 */
export function severityLevel(s: Severity): 1 | 2 | 3 | 4 | null {
  return severityScore(s) === null ? null : (Math.max(s.scale!, s.scope!, s.irremediability!) as 1 | 2 | 3 | 4);
}

/** Rated on all four (three severity dimensions and likelihood): it can be placed and ranked. */
export const isRated = (f: Finding) => severityLevel(f.severity) !== null && f.likelihood !== null;

const isClosed = (f: Finding) => f.status === 'resolved';

/**
 * The order in which to act (UNGP 24): raised red flags first, whatever their
 * rating; then the most severe (the highest dimension, then the sum of the three),
 * breaking ties by the least remediable; then the most likely. Unrated findings follow the rated ones, since they still need a
 * judgement; resolved findings go last. Ties keep the walk order (stage, then
 * item), so the order is total and stable.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(isClosed(a)) - Number(isClosed(b)) ||
    Number(b.redFlag) - Number(a.redFlag) ||
    rank(severityLevel(b.severity)) - rank(severityLevel(a.severity)) ||
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
