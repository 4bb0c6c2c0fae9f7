import { encryptBackupText, makeBackup, serializeBackup, BACKUP_FILE_EXTENSION } from '../../domain';
import { APP_NAME, APP_VERSION, type Services } from '../../app/services';
import { downloadBlob } from '../common/download';

/**
 * Writes "everything" as one file, encrypted when a passphrase is given, and
 * records the moment so the home page's reminder knows a backup exists.
 */
export async function writeBackup(services: Services, passphrase: string): Promise<{ assessments: number; fileName: string }> {
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
