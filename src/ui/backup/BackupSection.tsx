import { useId, useState, type FormEvent } from 'react';
import { useServices } from '../../app/services';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { writeBackup } from './backupFile';
import { failureReason } from '../common/storageMessages';

/** "Back up everything", with an optional passphrase typed twice so a typo cannot lock the file away. */
export function BackupSection() {
  const services = useServices();
  const intl = useIntl();
  const ids = { pass: useId(), again: useId() };
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase !== again) return setResult({
        ok: false,
        text: intl.formatMessage({ defaultMessage: 'The two passphrases differ; type the same one twice.', description: 'Backup: the passphrase and its repetition differ' }),
      });
    setBusy(true);
    setResult(null);
    try {
      const { assessments, fileName } = await writeBackup(services, passphrase);
      const text = intl.formatMessage(
        {
          defaultMessage:
            '{encrypted, select, yes {Saved {file} with {count, plural, one {# assessment} other {# assessments}}, encrypted.} other {Saved {file} with {count, plural, one {# assessment} other {# assessments}}.}}',
          description: 'Backup: the backup file was written; file is its name, count how many assessments it holds',
        },
        { file: fileName, count: assessments, encrypted: passphrase ? 'yes' : 'no' },
      );
      setResult({ ok: true, text });
    } catch (e) {
      const reason = failureReason(e, intl);
      setResult({
        ok: false,
        text: intl.formatMessage({ defaultMessage: 'Could not write the backup: {reason}', description: 'Backup: writing failed; reason says why, as a lower-case sentence' }, { reason }),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="backup-title" className="panel">
      <h2 id="backup-title">
        <FormattedMessage defaultMessage="Back up everything" description="Backup: section heading" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="One file with every assessment stored in this browser, its full change history and your settings. Keep it somewhere safe: clearing the browser’s data deletes everything stored here."
          description="Backup: what the backup file holds"
        />
      </p>
      <form onSubmit={submit}>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.pass}>
              <FormattedMessage defaultMessage="Passphrase (optional)" description="Backup: field for the passphrase that encrypts the file" />
            </label>
            <input id={ids.pass} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.again}>
              <FormattedMessage defaultMessage="Passphrase again" description="Backup: field to type the passphrase a second time" />
            </label>
            <input id={ids.again} type="password" autoComplete="new-password" value={again} onChange={(e) => setAgain(e.target.value)} />
          </div>
        </div>
        <p className="muted">
          <FormattedMessage
            defaultMessage="With a passphrase the file is encrypted (AES-GCM). Nobody, including you, can open it without the passphrase: it cannot be recovered."
            description="Backup: what a passphrase does; AES-GCM is a code word"
          />
        </p>
        <button type="submit" className="primary" disabled={busy}>
          <FormattedMessage defaultMessage="Back up everything" description="Backup: button that writes the backup file" />
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
