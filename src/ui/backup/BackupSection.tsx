import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../../app/services';
import { writeBackup } from './backupFile';

/** "Back up everything", with an optional passphrase typed twice so a typo cannot lock the file away. */
export function BackupSection() {
  const services = useServices();
  const ids = { pass: useId(), again: useId() };
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase !== again) return setResult({ ok: false, text: 'The two passphrases differ; type the same one twice.' });
    setBusy(true);
    setResult(null);
    try {
      const { assessments, fileName } = await writeBackup(services, passphrase);
      setResult({ ok: true, text: `Saved ${fileName} with ${assessments} assessment${assessments === 1 ? '' : 's'}${passphrase ? ', encrypted' : ''}.` });
    } catch (e) {
      setResult({ ok: false, text: `Could not write the backup: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="backup-title" className="panel">
      <h2 id="backup-title">Back up everything</h2>
      <p>
        One file with every assessment stored in this browser, its full change history and your settings. Keep it somewhere
        safe: clearing the browser's data deletes everything stored here.
      </p>
      <form onSubmit={submit}>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.pass}>Passphrase (optional)</label>
            <input id={ids.pass} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.again}>Passphrase again</label>
            <input id={ids.again} type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
          </div>
        </div>
        <p className="muted">
          With a passphrase the file is encrypted (AES-GCM). Nobody, including you, can open it without the passphrase: it
          cannot be recovered.
        </p>
        <button type="submit" className="primary" disabled={busy}>
          Back up everything
        </button>
      </form>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={`alert ${result.ok ? 'ok' : 'error'}`}>
          {result.text}
        </p>
      )}
    </section>
  );
}
