import { z } from 'zod';
import { detail, matching } from '../problems';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../canonical';
import { REPAIR_KINDS } from '../text/repair';

/** `sha256:` and 64 lower-case hex digits: the form every hash in files and reports takes. */
export const HashSchema = matching(/^sha256:[0-9a-f]{64}$/, detail('hex-digits', { digits: 64, prefix: 'sha256' }));

/**
 * SHA-256 computed synchronously (noble-hashes). The trail is hashed inside the
 * Dexie transaction that stores the change; WebCrypto's digest is asynchronous
 * and would let IndexedDB commit the transaction before the event is written.
 */
export function sha256HashSync(text: string): string {
  return `sha256:${bytesToHex(sha256(new TextEncoder().encode(text)))}`;
}

/**
 * One event of an assessment's trail. `change` is kept exactly as it was hashed:
 * it is checked for a `type` only and never re-parsed with defaults, so a trail
 * read from a file verifies over the values the file holds (see `restoreHrbaFile`).
 */
export const TrailEventSchema = z.strictObject({
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  by: z.string().max(200),
  change: z.looseObject({ type: z.string().min(1).max(60) }),
  /** The hash of the event before; null for the first. */
  prev: HashSchema.nullable(),
  /** SHA-256 over the canonical JSON (RFC 8785) of the other five fields. */
  hash: HashSchema,
});
export type TrailEvent = z.infer<typeof TrailEventSchema>;

/** The longest trail a file may carry (the JSON structure scan allows the same). */
export const TRAIL_MAX_EVENTS = 200_000;
export type TrailEventBody = Omit<TrailEvent, 'hash'>;

/** Where a revision or a duplicate came from: enough to find and check the source. */
export const OriginSchema = z.strictObject({
  id: z.uuid(),
  number: z.number().int().min(1),
  /** The SHA-256 of the source's canonical assessment JSON. */
  hash: HashSchema,
});
export type Origin = z.infer<typeof OriginSchema>;

/**
 * Trail events that are not edits of the content: they record how an assessment
 * came to exist on this device. Edits are `AssessmentChange`s.
 */
export const LifecycleChangeSchema = z.discriminatedUnion('type', [
  /** `from` names the assessment a duplicate was copied from; a duplicate starts a chain of its own. */
  z.strictObject({ type: z.literal('assessment.created'), from: OriginSchema.optional() }),
  /** `fileHead` is the last hash of the trail the imported file carried (null for a file without one). */
  z.strictObject({ type: z.literal('assessment.imported'), fileHead: HashSchema.nullable(), formatVersion: z.number().int().min(1) }),
  /** The first event of revision n+1, naming the locked revision it continues. */
  z.strictObject({ type: z.literal('revision.started'), parent: OriginSchema }),
  /** A row written before text and links were checked, neutralised on upgrade: where, and what was removed. */
  z.strictObject({
    type: z.literal('assessment.repaired'),
    notes: z.array(z.strictObject({ path: z.string().max(300), kind: z.enum(REPAIR_KINDS) })).max(100_000),
  }),
]);
export type LifecycleChange = z.infer<typeof LifecycleChangeSchema>;

export function hashTrailEvent(body: TrailEventBody): string {
  const { seq, at, by, change, prev } = body;
  return sha256HashSync(canonicalJson({ seq, at, by, change, prev }));
}

/** The event that follows `head` (or starts a chain when there is none). */
export function nextTrailEvent(head: TrailEvent | null | undefined, fields: { at: string; by: string; change: { type: string } }): TrailEvent {
  const body: TrailEventBody = { seq: head ? head.seq + 1 : 1, at: fields.at, by: fields.by, change: fields.change, prev: head?.hash ?? null };
  return { ...body, hash: hashTrailEvent(body) };
}

/**
 * The head rewritten with a later change to the same target: same place in the
 * chain (seq, prev), new time and content, new hash. Only valid while nothing
 * outside this device has seen the head's hash (see `canCoalesce`).
 */
export function replaceHead(head: TrailEvent, fields: { at: string; by: string; change: { type: string } }): TrailEvent {
  const body: TrailEventBody = { seq: head.seq, at: fields.at, by: fields.by, change: fields.change, prev: head.prev };
  return { ...body, hash: hashTrailEvent(body) };
}

export function trailHead(events: readonly TrailEvent[]): string | null {
  return events.at(-1)?.hash ?? null;
}
