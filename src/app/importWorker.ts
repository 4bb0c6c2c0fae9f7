/// <reference lib="webworker" />
import './zodConfig';
import { appDb, assessmentRepository, localCopies, memoryStorage, registerUpgrades } from '../db';
import { UPGRADE_STEPS } from '../db/upgrades';
import { problem } from '../domain/problems';
import type { ImportProgress } from './importFile';
import { importSession, type ImportChoice, type ImportOutcome } from './importSession';

/** Messages to the import worker: a file to import, then (after a conflict) the person's choice. */
export type ImportWorkerRequest = { type: 'start'; file: File } | { type: 'choose'; choice: ImportChoice };
/** Messages from the import worker: progress while it works, then one outcome per request. */
export type ImportWorkerMessage = { type: 'progress'; progress: ImportProgress } | { type: 'outcome'; outcome: ImportOutcome };

/**
 * Reads, checks and stores an import in this worker, writing to the app's IndexedDB
 * directly, so the page neither parses nor clones nor writes the assessment (for the
 * largest file those took seconds on the page). localStorage does not exist here: the
 * page records the import's id in it when the outcome arrives (`noteImported`).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
// The page upgrades the database before this worker can start; the code is here in case it has not.
registerUpgrades(UPGRADE_STEPS);
const session = importSession(assessmentRepository(appDb(), undefined, localCopies(memoryStorage())));
const post = (message: ImportWorkerMessage) => scope.postMessage(message);
const onProgress = (progress: ImportProgress) => post({ type: 'progress', progress });

scope.onmessage = async (event: MessageEvent<ImportWorkerRequest>) => {
  const request = event.data;
  try {
    const outcome = request.type === 'start' ? await session.start(request.file, onProgress) : await session.choose(request.choice, onProgress);
    post({ type: 'outcome', outcome });
  } catch (error) {
    post({ type: 'outcome', outcome: { step: 'failed', problems: [problem('', 'file-unreadable', { detail: (error as Error).message })] } });
  }
};
