import { useLiveQuery } from 'dexie-react-hooks';
import { backupReminder } from '../../domain';
import { useServices } from '../../app/services';
import { lazyPart } from '../common/lazyPart';

const BackupDue = lazyPart(() => import('./BackupDue').then((m) => m.BackupDue));

/** Shown on home when the last backup is older than the person's setting and something changed since. */
export function BackupReminder() {
  const services = useServices();
  const reminder = useLiveQuery(async () => {
    const [settings, lastChangeAt] = await Promise.all([services.settings.get(), services.settings.lastChangeAt()]);
    return backupReminder({ settings, lastChangeAt, now: services.now() });
  }, [services]);
  if (!reminder?.due) return null;
  return <BackupDue days={reminder.days} />;
}
