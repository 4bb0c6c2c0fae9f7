import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { countChoices, openBackupText, planRestore, type BackupFile, type Problem, type RestoreChoice, type RestorePlanRow } from '../../domain';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ProblemList } from '../common/ProblemList';
import { problem } from '../../domain/problems';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl, type IntlShape } from '../../i18n/react';
import { RestorePreview } from './RestorePreview';
import { failureReason } from '../common/storageMessages';

const WORDS = defineMessages({
  restored: {
    defaultMessage: 'Restored: {added} added, {copied} added as copies, {replaced} replaced, {skipped} skipped.',
    description: 'Restore: done; each value is a number of assessments',
  },
  procurementRestored: {
    defaultMessage: 'Procurement records (procurements and vendors’ responses): {added} added, {kept} already here and kept as they are.',
    description: 'Restore: done, the procurement part; added and kept are numbers of records',
  },
  holds: {
    defaultMessage:
      'It also holds {procurements, plural, one {# procurement} other {# procurements}}, {responses, plural, one {# imported vendor response} other {# imported vendor responses}} with their reviews, {own, plural, one {# response of your own to a buyer} other {# responses of your own to buyers}} and {evidence, plural, one {# evidence file} other {# evidence files}}: those not on this device are added; those already here are kept as they are.',
    description: 'Restore: the procurement data a backup holds, before restoring; each value is a number',
  },
  couldNotRead: { defaultMessage: 'Could not read {file}. Nothing was changed.', description: 'Restore: the backup file could not be opened; file is its name' },
  couldNotRestore: { defaultMessage: 'Could not restore the backup. Nothing was changed.', description: 'Restore: storing the backup’s contents failed' },
});

type State =
  | { step: 'idle' }
  | { step: 'passphrase'; fileName: string; text: string; wrong: boolean }
  | { step: 'failed'; fileName: string | null; problems: Problem[] }
  | { step: 'preview'; file: BackupFile; rows: RestorePlanRow[]; withSettings: boolean; confirming: boolean }
  | { step: 'done'; message: string };

/**
 * Reads a backup, shows what it would add or replace, and changes nothing until
 * the person presses Restore; replacing a stored assessment is asked for per row
 * and confirmed once more.
 */
export function RestoreSection() {
  const services = useServices();
  const intl = useIntl();
  const ids = { file: useId(), pass: useId() };
  const [state, setState] = useState<State>({ step: 'idle' });
  const [passphrase, setPassphrase] = useState('');

  async function open(fileName: string, text: string, pass?: string) {
    const opened = await openBackupText(text, pass);
    if (opened.ok) {
      const stored = await services.backups.storedFor(opened.file.assessments.map((e) => e.assessment.id));
      return setState({ step: 'preview', file: opened.file, rows: planRestore(opened.file, stored), withSettings: false, confirming: false });
    }
    if (opened.reason === 'passphrase-needed') return setState({ step: 'passphrase', fileName, text, wrong: false });
    if (opened.reason === 'wrong-passphrase') return setState({ step: 'passphrase', fileName, text, wrong: true });
    setState({ step: 'failed', fileName, problems: opened.problems });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPassphrase('');
    await open(file.name, await file.text());
  }

  async function onPassphrase(event: FormEvent) {
    event.preventDefault();
    if (state.step === 'passphrase') await open(state.fileName, state.text, passphrase);
  }

  async function restore() {
    if (state.step !== 'preview') return;
    const steps = state.rows.map((r) => ({ entry: r.entry, choice: r.choice, newId: r.choice === 'copy' ? services.newId() : undefined }));
    try {
      const procurement = await services.backups.restore(steps, state.file.unreadable, state.file.procurement);
      // The replaced versions' unsaved copies are gone with them; and the marker kept outside
      // IndexedDB now lists what is stored, so the "emptied store" notice ends and a later
      // emptying is noticed again.
      steps.filter((s) => s.choice === 'replace').forEach((s) => services.local.forget(s.entry.assessment.id));
      services.local.setMarker(await services.assessments.ids(), services.now().toISOString());
      if (state.withSettings) await services.settings.set(state.file.settings);
      const c = countChoices(state.rows.map((r) => r.choice));
      const restored = intl.formatMessage(WORDS.restored, { added: c.added, copied: c.copied, replaced: c.replaced, skipped: c.skipped });
      const buying = state.file.procurement ? ` ${intl.formatMessage(WORDS.procurementRestored, { added: procurement.added, kept: procurement.kept })}` : '';
      setState({ step: 'done', message: `${restored}${buying}` });
    } catch (e) {
      const reason = failureReason(e, intl);
      setState({ step: 'failed', fileName: null, problems: [problem('', 'restore-failed', { detail: reason })] });
    }
  }

  const preview = state.step === 'preview' ? state : null;
  const counts = preview ? countChoices(preview.rows.map((r) => r.choice)) : null;
  const choose = (id: string, choice: RestoreChoice) =>
    preview && setState({ ...preview, rows: preview.rows.map((r) => (r.id === id ? { ...r, choice } : r)) });

  return (
    <section aria-labelledby="restore-title" className="panel">
      <h2 id="restore-title">
        <FormattedMessage defaultMessage="Restore from a backup" description="Restore: section heading" />
      </h2>
      <p>
        <FormattedMessage
          defaultMessage="Nothing changes until you have seen what the backup holds and pressed Restore. A stored assessment is replaced only if you choose so for it."
          description="Restore: what restoring does; Restore is the button’s name"
        />
      </p>
      <label htmlFor={ids.file} className="button file-button">
        <FormattedMessage defaultMessage="Choose a backup file" description="Restore: button that opens a backup file" />
      </label>
      <input id={ids.file} type="file" accept=".json,application/json" className="visually-hidden" onChange={onFile} />
      {state.step === 'passphrase' && (
        <form onSubmit={onPassphrase} className="field">
          <label htmlFor={ids.pass}>
            <FormattedMessage defaultMessage="Passphrase of this backup" description="Restore: field for an encrypted backup’s passphrase" />
          </label>
          <input id={ids.pass} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          {state.wrong && (
            <p role="alert" className="alert error">
              <FormattedMessage defaultMessage="That passphrase does not open this backup. Check it and try again." description="Restore: wrong passphrase" />
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="primary">
              <FormattedMessage defaultMessage="Open the backup" description="Restore: button that opens an encrypted backup with the passphrase" />
            </button>
          </div>
        </form>
      )}
      {state.step === 'failed' && (
        <ProblemList
          title={state.fileName === null ? intl.formatMessage(WORDS.couldNotRestore) : intl.formatMessage(WORDS.couldNotRead, { file: state.fileName })} problems={state.problems} onDismiss={() => setState({ step: 'idle' })} />
      )}
      {state.step === 'done' && (
        <p role="status" className="alert ok">
          {state.message}
        </p>
      )}
      {preview && counts && (
        <>
          <p>
            <FormattedMessage
              defaultMessage="Backup made on {when} with {count, plural, one {# assessment} other {# assessments}}{unreadable, plural, =0 {} one { and # record this version cannot open (added only where no record has the same id)} other { and # records this version cannot open (added only where no record has the same id)}}."
              description="Restore: what the opened backup holds; when is a date and time, count and unreadable are numbers"
              values={{
                when: <time dateTime={preview.file.exportedAt}>{intl.formatDateTime(preview.file.exportedAt)}</time>,
                count: preview.rows.length,
                unreadable: preview.file.unreadable.length,
              }}
            />
          </p>
          {preview.file.procurement && <p>{procurementCounts(intl, preview.file.procurement)}</p>}
          <RestorePreview rows={preview.rows} onChoose={choose} />
          <div className="choice">
            <input
              id={`${ids.file}-settings`}
              type="checkbox"
              checked={preview.withSettings}
              onChange={(e) => setState({ ...preview, withSettings: e.target.checked })}
            />
            <label htmlFor={`${ids.file}-settings`}>
              <FormattedMessage defaultMessage="Also restore the settings saved in the backup" description="Restore: checkbox" />
            </label>
          </div>
          <p aria-live="polite">
            <FormattedMessage
              defaultMessage="Restore will add {added}, add {copied} as copies, replace {replaced} and skip {skipped}."
              description="Restore: what pressing Restore will do; each value is a number of assessments"
              values={{ added: counts.added, copied: counts.copied, replaced: counts.replaced, skipped: counts.skipped }}
            />
          </p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => (counts.replaced > 0 ? setState({ ...preview, confirming: true }) : restore())}>
              <FormattedMessage defaultMessage="Restore" description="Restore: button that restores the chosen assessments" />
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              <FormattedMessage defaultMessage="Cancel" description="Restore: button that closes the preview without restoring" />
            </button>
          </div>
          <ConfirmDialog
            open={preview.confirming}
            title={intl.formatMessage({ defaultMessage: 'Replace stored assessments?', description: 'Restore: title of the dialog confirming replacements' })}
            confirmLabel={intl.formatMessage({ defaultMessage: 'Replace and restore', description: 'Restore: button confirming replacements' })}
            danger
            onConfirm={restore}
            onCancel={() => setState({ ...preview, confirming: false })}
          >
            <p>
              <FormattedMessage
                defaultMessage="The stored version of these will be replaced by the backup’s, with its history:"
                description="Restore: the dialog lists the assessments that will be replaced"
              />
            </p>
            <ul>
              {preview.rows
                .filter((r) => r.choice === 'replace')
                .map((r) => (
                  <li key={r.id}>
                    <bdi>{r.incoming.productName}</bdi>
                  </li>
                ))}
            </ul>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}

/** What procurement data a backup holds, in words. Those records are added where missing, never replaced. */
function procurementCounts(intl: IntlShape, p: NonNullable<BackupFile['procurement']>): string {
  return intl.formatMessage(WORDS.holds, {
    procurements: p.procurements.length,
    responses: p.responses.length,
    own: p.vendorResponses.length,
    evidence: p.evidence.length,
  });
}
