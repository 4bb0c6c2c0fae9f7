import 'fake-indexeddb/auto';
import { AppDB, assessmentRepository } from '../../../src/db';
import { makeAssessment } from './assessment';

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

/** A fresh database holding one assessment created by Amina, with its repository on a stepping clock. */
export async function storedAssessment() {
  const db = freshDb();
  const repo = assessmentRepository(db, steppingClock());
  const a = await repo.create(makeAssessment(), 'Amina');
  return { db, repo, a };
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
  // Version 5 changed no table, only repaired rows in its upgrade.
  4: STORES_V5,
  5: STORES_V5,
  7: { ...STORES_V5, identities: 'id, addedAt', trustedCertificates: 'fingerprint', listLines: 'id, updatedAt' },
  8: {
    ...STORES_V5,
    identities: 'id, addedAt',
    trustedCertificates: 'fingerprint',
    listLines: 'id, updatedAt',
    procurements: 'id, updatedAt',
    responses: 'id, procurementId',
    evidenceFiles: '[ownerId+sha256+questionKey], ownerId, [ownerId+sha256]',
  },
} as const;
