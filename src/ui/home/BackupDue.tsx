import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { FormattedMessage } from '../../i18n/react';

const backupLink = (text: ReactNode[]) => <Link href="/backup">{text}</Link>;

/** The backup reminder's words (see BackupReminder), loaded only when a backup is due. */
export function BackupDue(props: { days: number | null }) {
  return (
    <p className="alert warning" role="note">
      {props.days === null ? (
        <FormattedMessage
          defaultMessage="You have never backed up the assessments stored in this browser. Clearing the browser's data would delete them. <link>Back up now</link>"
          description="Home: reminder when no backup was ever made"
          values={{ link: backupLink }}
        />
      ) : (
        <FormattedMessage
          defaultMessage="{days, plural, one {Your last backup is # day old and there are changes since.} other {Your last backup is # days old and there are changes since.}} Clearing the browser's data would delete them. <link>Back up now</link>"
          description="Home: reminder when the last backup is old"
          values={{ days: props.days, link: backupLink }}
        />
      )}
    </p>
  );
}
