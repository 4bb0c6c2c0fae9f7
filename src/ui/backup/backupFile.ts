import { encryptBackupText, makeBackup, serializeBackup, BACKUP_FILE_EXTENSION } from '../../domain';
import { APP_NAME, APP_VERSION, type Services } from '../../app/services';
import { downloadBlob } from '../common/download';
import { editLockName } from '../assessment/editLock';

/**
 * Writes "everything" as one file, encrypted when a passphrase is given, and
 * records the moment so the home page's reminder knows a backup exists.
 */
export async function writeBackup(services: Services, passphrase: string): Promise<{ assessments: number; fileName: string }> {
  await saveWaitingEdits(services);
  const at = services.now();
  const [contents, settings] = await Promise.all([services.backups.contents(), services.settings.get()]);
  const file = makeBackup({
    exportedAt: at.toISOString(),
    generator: { name: APP_NAME, version: APP_VERSION },
    settings: { backupReminderDays: settings.backupReminderDays },
    ...contents,
  });
  const plain = serializeBackup(file);
  const text = passphrase ? await encryptBackupText(plain, passphrase) : plain;
  const fileName = `hrba-backup-${at.toISOString().slice(0, 10)}${passphrase ? '.encrypted' : ''}${BACKUP_FILE_EXTENSION}`;
  downloadBlob(new Blob([text], { type: 'application/json' }), fileName);
  await services.settings.set({ lastBackupAt: at.toISOString() });
  return { assessments: file.assessments.length + file.unreadable.length, fileName };
}

/**
 * A backup must not lack an edit the person made: edits copied by the write-ahead
 * copy but never saved (a crashed browser, a tab closed mid-edit) are saved first,
 * through the normal write path, for every assessment no other tab is editing. One
 * that another tab holds is saved by that tab within its autosave delay, so it is
 * waited for as long as that delay, once.
 */
async function saveWaitingEdits(services: Services): Promise<void> {
  const ids = await services.writeAhead.waiting();
  let waitedForOthers = false;
  for (const id of ids) {
    const replayed = await withEditLockIfFree(id, () => services.writeAhead.recover(id));
    if (!replayed && !waitedForOthers) {
      waitedForOthers = true;
      await new Promise((resolve) => setTimeout(resolve, OTHER_TAB_SAVE_MS));
    }
  }
}

/** Longer than the autosave debounce (400 ms) and its commit. */
const OTHER_TAB_SAVE_MS = 1000;

async function withEditLockIfFree(assessmentId: string, work: () => Promise<unknown>): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    await work();
    return true;
  }
  return locks.request(editLockName(assessmentId), { ifAvailable: true }, async (lock) => {
    if (!lock) return false;
    await work();
    return true;
  });
}
