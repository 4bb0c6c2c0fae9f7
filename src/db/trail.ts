import { canCoalesce, nextTrailEvent, replaceHead, TrailEventSchema, type TrailEvent } from '../domain';
import type { AppDB, TrailRow } from './appDb';

const range = (db: AppDB, id: string) => db.trail.where('[assessmentId+seq]').between([id, 0], [id, Infinity]);

export function toEvent(row: TrailRow): TrailEvent {
  const { assessmentId: _id, sealed: _sealed, ...event } = row;
  return event;
}

/** The assessment's trail, first event first. */
export async function readTrail(db: AppDB, id: string): Promise<TrailEvent[]> {
  return (await range(db, id).toArray()).map(toEvent);
}

/**
 * Appends one event, or folds it into the head (`canCoalesce`). Hashing is
 * synchronous, so this never leaves the caller's transaction: the event and the
 * assessment it describes are stored together or not at all.
 */
export async function appendEvent(db: AppDB, id: string, fields: { at: string; by: string; change: { type: string } }): Promise<TrailEvent> {
  const head = await range(db, id).last();
  if (head && canCoalesce(toEvent(head), head.sealed === true, fields.change, fields.by)) {
    const event = replaceHead(toEvent(head), fields);
    await db.trail.put({ ...event, assessmentId: id });
    return event;
  }
  const event = nextTrailEvent(head ? toEvent(head) : null, fields);
  await db.trail.add({ ...event, assessmentId: id });
  return event;
}

/** Stores events exactly as given (an imported file's or a parent revision's history). */
export async function copyEvents(db: AppDB, id: string, events: readonly TrailEvent[]): Promise<void> {
  await db.trail.bulkAdd(events.map((e) => ({ ...e, assessmentId: id, sealed: true as const })));
}

/** Marks the head as seen outside this device: it is never rewritten after this. */
export async function sealHead(db: AppDB, id: string): Promise<void> {
  const head = await range(db, id).last();
  if (head && !head.sealed) await db.trail.put({ ...head, sealed: true });
}

export async function deleteTrail(db: AppDB, id: string): Promise<void> {
  await range(db, id).delete();
}

/**
 * Puts back a backed-up trail. Events keep their hashes; rows from before the
 * trail had hashes (seq numbered across all assessments, no prev/hash) are
 * chained in their order, as the database upgrade does.
 */
export async function restoreTrailRows(db: AppDB, id: string, rows: readonly { at: string; by: string; change: { type: string } }[]): Promise<void> {
  const events = rows.map((r) => TrailEventSchema.safeParse({ seq: (r as { seq?: unknown }).seq, at: r.at, by: r.by, change: r.change, prev: (r as { prev?: unknown }).prev, hash: (r as { hash?: unknown }).hash }));
  if (events.every((e) => e.success)) return copyEvents(db, id, events.map((e) => e.data!));
  let head: TrailEvent | null = null;
  const chained: TrailEvent[] = [];
  for (const r of rows) chained.push((head = nextTrailEvent(head, { at: r.at, by: r.by, change: r.change })));
  await copyEvents(db, id, chained);
}
