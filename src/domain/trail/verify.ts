import { hashTrailEvent, type TrailEvent } from './event';

/**
 * Why an event does not fit the chain. Codes, not words: the UI, the CLI and
 * the report each say them in their own words (src/ui/verify/words.ts, src/words/problems.ts,
 * src/report/reportWords.ts).
 */
export type TrailProblem =
  | 'altered' // its content no longer matches its hash, or it replaces the event the next one names
  | 'inserted' // it was added between two events that link to each other
  | 'removed' // an event before it is missing
  | 'reordered' // it links to an event that comes after it
  | 'out-of-sequence' // it links correctly but its number is wrong
  | 'not-a-start' // the first event names a predecessor
  | 'head-mismatch'; // the chain is whole but ends somewhere other than the hash it should end at

export type TrailVerdict =
  | { ok: true; count: number; head: string | null }
  | { ok: false; count: number; problem: TrailProblem; index: number; seq: number };

/**
 * Recomputes every hash and link and names the first event that does not fit.
 * A chain rewritten from some point on with fresh hashes is internally whole;
 * only an anchor held elsewhere (`expectedHead`: a signature, an import event, a
 * printed report) exposes it, which is why the head hash travels with every output.
 */
export function verifyTrail(events: readonly TrailEvent[], expectedHead?: string | null): TrailVerdict {
  const count = events.length;
  const fail = (problem: TrailProblem, index: number): TrailVerdict => ({ ok: false, count, problem, index, seq: events[index]?.seq ?? index + 1 });
  for (let i = 0; i < count; i++) {
    const e = events[i]!;
    const expectedPrev = i === 0 ? null : events[i - 1]!.hash;
    const expectedSeq = i + 1;
    if (hashTrailEvent(e) !== e.hash) return fail('altered', i);
    if (e.prev === expectedPrev && e.seq === expectedSeq) continue;
    if (e.prev === expectedPrev) {
      // Linked correctly but misnumbered: inserted if the next event skips over it.
      return i + 1 < count && events[i + 1]!.prev === expectedPrev ? fail('inserted', i) : fail('out-of-sequence', i);
    }
    if (i >= 1 && e.prev === (i >= 2 ? events[i - 2]!.hash : null)) return fail('inserted', i - 1);
    if (events.slice(i + 1).some((x) => x.hash === e.prev)) return fail('reordered', i);
    if (e.seq > expectedSeq) return fail('removed', i);
    // Numbered as the next event but linked to something else: the event before it was replaced.
    return i === 0 ? fail('not-a-start', 0) : fail('altered', i - 1);
  }
  const head = events.at(-1)?.hash ?? null;
  if (expectedHead !== undefined && head !== expectedHead) return fail('head-mismatch', Math.max(0, count - 1));
  return { ok: true, count, head };
}

/** The figures the report's annex prints. */
export interface TrailSummary {
  count: number;
  first: { seq: number; at: string; by: string; type: string } | null;
  last: { seq: number; at: string; by: string; type: string } | null;
  head: string | null;
  verdict: TrailVerdict;
}

export function summariseTrail(events: readonly TrailEvent[]): TrailSummary {
  const pick = (e: TrailEvent | undefined) => (e ? { seq: e.seq, at: e.at, by: e.by, type: e.change.type } : null);
  return { count: events.length, first: pick(events[0]), last: pick(events.at(-1)), head: events.at(-1)?.hash ?? null, verdict: verifyTrail(events) };
}
