import { appDb, type AppDB } from './appDb';

export interface WizardStateRepository {
  save(assessmentId: string, snapshot: unknown): Promise<void>;
  load(assessmentId: string): Promise<unknown>;
}

export function wizardStateRepository(db: AppDB = appDb(), now: () => Date = () => new Date()): WizardStateRepository {
  return {
    async save(assessmentId, snapshot) {
      await db.wizardStates.put({ assessmentId, savedAt: now().toISOString(), snapshot });
    },
    async load(assessmentId) {
      return (await db.wizardStates.get(assessmentId))?.snapshot;
    },
  };
}
