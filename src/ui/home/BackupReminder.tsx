import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { backupReminder } from '../../domain';
import { useServices } from '../../app/services';

/** Shown on home when the last backup is older than the person's setting and something changed since. */
export function BackupReminder() {
  const services = useServices();
  const reminder = useLiveQuery(async () => {
    const [settings, lastChangeAt] = await Promise.all([services.settings.get(), services.settings.lastChangeAt()]);
    return backupReminder({ settings, lastChangeAt, now: services.now() });
  }, [services]);
  if (!reminder?.due) return null;
  return (
    <p className="alert warning" role="note">
      {reminder.days === null
        ? 'You have never backed up the assessments stored in this browser. '
        : `Your last backup is ${reminder.days} day${reminder.days === 1 ? '' : 's'} old and there are changes since. `}
      Clearing the browser's data would delete them. <Link href="/backup">Back up now</Link>
    </p>
  );
}
