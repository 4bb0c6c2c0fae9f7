import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useServices } from '../../app/services';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';

/** `#/backup`: everything stored here to one file and back. Storage-failure messages link here. */
export default function BackupPage() {
  return (
    <>
      <p>
        <Link href="/">
          <FormattedMessage defaultMessage="Back to your assessments" description="Link back to the home page's list of assessments" />
        </Link>
      </p>
      <h1>
        <FormattedMessage defaultMessage="Back up and restore" description="Backup: page heading" />
      </h1>
      <BackupSection />
      <RestoreSection />
      <ReminderSetting />
    </>
  );
}

function ReminderSetting() {
  const services = useServices();
  const id = useId();
  const intl = useIntl();
  const [days, setDays] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    let live = true;
    services.settings.get().then((s) => live && setDays(String(s.backupReminderDays)));
    return () => {
      live = false;
    };
  }, [services]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 365) return setMessage({
        ok: false,
        text: intl.formatMessage({ defaultMessage: 'Enter a whole number of days from 1 to 365.', description: 'Backup reminder: the number of days typed is not allowed' }),
      });
    await services.settings.set({ backupReminderDays: n });
    setMessage({
      ok: true,
      text: intl.formatMessage(
        {
          defaultMessage: '{days, plural, one {You will be reminded when your last backup is # day old and something has changed since.} other {You will be reminded when your last backup is # days old and something has changed since.}}',
          description: 'Backup reminder: saved; days is the number chosen',
        },
        { days: n },
      ),
    });
  }

  return (
    <section aria-labelledby="reminder-title" className="panel">
      <h2 id="reminder-title">
        <FormattedMessage defaultMessage="Backup reminder" description="Backup: heading of the reminder setting" />
      </h2>
      <form onSubmit={save} className="button-row">
        <div className="field">
          <label htmlFor={id}>
            <FormattedMessage defaultMessage="Remind me after this many days without a backup" description="Backup reminder: number field" />
          </label>
          <input id={id} type="number" min={1} max={365} step={1} value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
        <button type="submit">
          <FormattedMessage defaultMessage="Save reminder" description="Backup reminder: save button" />
        </button>
      </form>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`alert ${message.ok ? 'ok' : 'error'}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
