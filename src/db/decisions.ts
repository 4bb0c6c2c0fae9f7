import { DecisionSchema, type Decision } from '../domain/procurement';
import { appDb, type AppDB } from './appDb';

/** Why a decision was not stored; the words are in the UI. */
export type DecisionStoreProblem = 'unknown-procurement' | 'not-sent' | 'vendor-not-imported' | 'vendor-not-latest';

export class DecisionNotStoredError extends Error {
  constructor(readonly code: DecisionStoreProblem) {
    super(`The decision was not stored: ${code}`);
    this.name = 'DecisionNotStoredError';
  }
}

export interface DecisionRepository {
  /** The decision recorded on a procurement, or null. */
  get(procurementId: string): Promise<Decision | null>;
  /**
   * Records (or replaces) the decision, validated first, in one transaction with the checks
   * that need the stored responses: the procurement was sent, and an approved vendor is the
   * latest imported revision of that vendor. Refused decisions leave the row as it was.
   */
  save(procurementId: string, decision: Decision): Promise<void>;
}

export function decisionRepository(db: AppDB = appDb()): DecisionRepository {
  return {
    async get(procurementId) {
      return (await db.procurements.get(procurementId))?.decision ?? null;
    },
    async save(procurementId, decision) {
      const valid = DecisionSchema.parse(decision);
      await db.transaction('rw', db.procurements, db.responses, async () => {
        const row = await db.procurements.get(procurementId);
        if (!row) throw new DecisionNotStoredError('unknown-procurement');
        if (!row.sentAt) throw new DecisionNotStoredError('not-sent');
        if (valid.vendor) {
          const responses = await db.responses.where('procurementId').equals(procurementId).toArray();
          const chosen = responses.find((r) => r.id === valid.vendor!.responseId && r.revision === valid.vendor!.revision);
          if (!chosen) throw new DecisionNotStoredError('vendor-not-imported');
          if (responses.some((r) => r.organisation === chosen.organisation && r.revision > chosen.revision)) throw new DecisionNotStoredError('vendor-not-latest');
        }
        await db.procurements.put({ ...row, decision: valid, updatedAt: valid.decidedAt });
      });
    },
  };
}
