import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { backupReminder } from '../../domain';
import { useServices } from '../../app/services';
import { FormattedMessage } from '../../i18n/react';

const backupLink = (text: ReactNode[]) => <Link href="/backup">{text}</Link>;

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
      {reminder.days === null ? (
        <FormattedMessage
          defaultMessage="You have never backed up the assessments stored in this browser. Clearing the browser's data would delete them. <link>Back up now</link>"
          description="Home: reminder when no backup was ever made"
          values={{ link: backupLink }}
        />
      ) : (
        <FormattedMessage
          defaultMessage="{days, plural, one {Your last backup is # day old and there are changes since.} other {Your last backup is # days old and there are changes since.}} Clearing the browser's data would delete them. <link>Back up now</link>"
          description="Home: reminder when the last backup is old"
          values={{ days: reminder.days, link: backupLink }}
        />
      )}
    </p>
  );
}
