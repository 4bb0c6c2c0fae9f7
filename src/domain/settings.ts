import { z } from 'zod';

/** Settings of this installation, kept with the data. `lastBackupAt` is about this device and is never restored. */
export const AppSettingsSchema = z.strictObject({
  backupReminderDays: z.number().int().min(1).max(365).default(7),
  lastBackupAt: z.iso.datetime({ offset: true }).nullable().default(null),
  /** Stored assessments the database upgrade repaired (see repairStoredText), until the person dismisses the notice. */
  repairNotice: z
    .array(z.strictObject({ id: z.string().max(100), productName: z.string().max(200), changes: z.number().int().min(1) }))
    .max(100_000)
    .default([]),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;
export const DEFAULT_SETTINGS: AppSettings = AppSettingsSchema.parse({});

export type BackupReminder = { due: false } | { due: true; lastBackupAt: string | null; days: number | null };

/**
 * A reminder is due when something changed since the last backup (or there has
 * never been one) and that backup is older than the person's setting.
 */
export function backupReminder(input: { settings: Pick<AppSettings, 'backupReminderDays' | 'lastBackupAt'>; lastChangeAt: string | null; now: Date }): BackupReminder {
  const { settings, lastChangeAt, now } = input;
  if (!lastChangeAt) return { due: false };
  const last = settings.lastBackupAt;
  if (last && lastChangeAt <= last) return { due: false };
  const days = last ? Math.floor((now.getTime() - Date.parse(last)) / 86_400_000) : null;
  if (days !== null && days < settings.backupReminderDays) return { due: false };
  return { due: true, lastBackupAt: last, days };
}
