import { describe, expect, it } from 'vitest';
import { backupReminder, DEFAULT_SETTINGS } from '../../../src/domain';

const now = new Date('2026-03-20T12:00:00.000Z');

describe('backupReminder', () => {
  it('is due when nothing was ever backed up and something is stored', () => {
    expect(backupReminder({ settings: DEFAULT_SETTINGS, lastChangeAt: '2026-03-01T00:00:00.000Z', now })).toEqual({ due: true, lastBackupAt: null, days: null });
    expect(backupReminder({ settings: DEFAULT_SETTINGS, lastChangeAt: null, now })).toEqual({ due: false });
  });

  it('waits for the set number of days, and only if something changed since', () => {
    const settings = { backupReminderDays: 7, lastBackupAt: '2026-03-10T12:00:00.000Z' };
    expect(backupReminder({ settings, lastChangeAt: '2026-03-11T00:00:00.000Z', now })).toEqual({ due: true, lastBackupAt: settings.lastBackupAt, days: 10 });
    expect(backupReminder({ settings, lastChangeAt: '2026-03-09T00:00:00.000Z', now })).toEqual({ due: false });
    expect(backupReminder({ settings: { ...settings, backupReminderDays: 11 }, lastChangeAt: '2026-03-11T00:00:00.000Z', now })).toEqual({ due: false });
  });
});
