import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useServices } from '../../app/services';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';

/** `#/backup`: everything stored here to one file and back. Storage-failure messages link here. */
export default function BackupPage() {
  return (
    <>
      <p>
        <Link href="/">Back to your assessments</Link>
      </p>
      <h1>Back up and restore</h1>
      <BackupSection />
      <RestoreSection />
      <ReminderSetting />
    </>
  );
}

function ReminderSetting() {
  const services = useServices();
  const id = useId();
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
    if (!Number.isInteger(n) || n < 1 || n > 365) return setMessage({ ok: false, text: 'Enter a whole number of days from 1 to 365.' });
    await services.settings.set({ backupReminderDays: n });
    setMessage({ ok: true, text: `You will be reminded when your last backup is ${n} day${n === 1 ? '' : 's'} old and something has changed since.` });
  }

  return (
    <section aria-labelledby="reminder-title" className="panel">
      <h2 id="reminder-title">Backup reminder</h2>
      <form onSubmit={save} className="button-row">
        <div className="field">
          <label htmlFor={id}>Remind me after this many days without a backup</label>
          <input id={id} type="number" min={1} max={365} step={1} value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
        <button type="submit">Save reminder</button>
      </form>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`alert ${message.ok ? 'ok' : 'error'}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
