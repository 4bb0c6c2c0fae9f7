import 'fake-indexeddb/auto';
import { AppDB } from '../../../src/db';

const opened: AppDB[] = [];

/** A fresh, empty database per call; `deleteAll` deletes them after each test. */
export function freshDb(): AppDB {
  const db = new AppDB(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

export async function deleteAll(): Promise<void> {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
}

/** A clock that advances one second per reading, so every stamp is distinct and ordered. */
export function steppingClock(start = '2026-03-01T09:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

/** The tables of released database versions, for tests that open an old-shaped database. */
const STORES_V5 = {
  assessments: 'id, updatedAt',
  wizardStates: 'assessmentId',
  trail: '[assessmentId+seq], assessmentId',
  summaries: 'id',
  settings: 'key',
  journal: '[assessmentId+target], assessmentId',
};
export const RELEASED_STORES = {
  5: STORES_V5,
  7: { ...STORES_V5, identities: 'id, addedAt', trustedCertificates: 'fingerprint', listLines: 'id, updatedAt' },
} as const;
