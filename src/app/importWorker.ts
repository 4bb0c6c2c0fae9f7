/// <reference lib="webworker" />
import './zodConfig';
import { checkImportFile, type ImportCheck, type ImportProgress } from './importFile';

/** Messages from the import worker: progress while it works, then one result. */
export type ImportWorkerMessage = { type: 'progress'; progress: ImportProgress } | { type: 'result'; result: ImportCheck };

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<File>) => {
  const post = (message: ImportWorkerMessage) => scope.postMessage(message);
  try {
    post({ type: 'result', result: await checkImportFile(event.data, (progress) => post({ type: 'progress', progress })) });
  } catch (error) {
    post({ type: 'result', result: { ok: false, problems: [{ path: '(file)', message: `could not be read: ${(error as Error).message}` }] } });
  }
};
