import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { countChoices, openBackupText, planRestore, type BackupFile, type Problem, type RestoreChoice, type RestorePlanRow } from '../../domain';
import { useServices } from '../../app/services';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ProblemList } from '../common/ProblemList';
import { RestorePreview } from './RestorePreview';

type State =
  | { step: 'idle' }
  | { step: 'passphrase'; fileName: string; text: string; wrong: boolean }
  | { step: 'failed'; fileName: string; problems: Problem[] }
  | { step: 'preview'; file: BackupFile; rows: RestorePlanRow[]; withSettings: boolean; confirming: boolean }
  | { step: 'done'; message: string };

/**
 * Reads a backup, shows what it would add or replace, and changes nothing until
 * the person presses Restore; replacing a stored assessment is asked for per row
 * and confirmed once more.
 */
export function RestoreSection() {
  const services = useServices();
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
      const buying = procurementCounts(state.file) ? ` Procurement records (procurements and vendors’ responses): ${procurement.added} added, ${procurement.kept} already here and kept as they are.` : '';
      setState({ step: 'done', message: `Restored: ${c.added} added, ${c.copied} added as copies, ${c.replaced} replaced, ${c.skipped} skipped.${buying}` });
    } catch (e) {
      setState({ step: 'failed', fileName: 'the backup', problems: [{ path: '(storage)', message: `${(e as Error).message}. Nothing was changed.` }] });
    }
  }

  const preview = state.step === 'preview' ? state : null;
  const counts = preview ? countChoices(preview.rows.map((r) => r.choice)) : null;
  const choose = (id: string, choice: RestoreChoice) =>
    preview && setState({ ...preview, rows: preview.rows.map((r) => (r.id === id ? { ...r, choice } : r)) });

  return (
    <section aria-labelledby="restore-title" className="panel">
      <h2 id="restore-title">Restore from a backup</h2>
      <p>Nothing changes until you have seen what the backup holds and pressed Restore. A stored assessment is replaced only if you choose so for it.</p>
      <label htmlFor={ids.file} className="button file-button">
        Choose a backup file
      </label>
      <input id={ids.file} type="file" accept=".json,application/json" className="visually-hidden" onChange={onFile} />
      {state.step === 'passphrase' && (
        <form onSubmit={onPassphrase} className="field">
          <label htmlFor={ids.pass}>Passphrase of this backup</label>
          <input id={ids.pass} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          {state.wrong && (
            <p role="alert" className="alert error">
              That passphrase does not open this backup. Check it and try again.
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="primary">
              Open the backup
            </button>
          </div>
        </form>
      )}
      {state.step === 'failed' && (
        <ProblemList title={`Could not read ${state.fileName}. Nothing was changed.`} problems={state.problems} onDismiss={() => setState({ step: 'idle' })} />
      )}
      {state.step === 'done' && (
        <p role="status" className="alert ok">
          {state.message}
        </p>
      )}
      {preview && counts && (
        <>
          <p>
            Backup made on <time dateTime={preview.file.exportedAt}>{new Date(preview.file.exportedAt).toLocaleString()}</time> with{' '}
            {preview.rows.length} assessment{preview.rows.length === 1 ? '' : 's'}
            {preview.file.unreadable.length > 0 && ` and ${preview.file.unreadable.length} record(s) this version cannot open (added only where no record has the same id)`}.
          </p>
          {procurementCounts(preview.file) && <p>{procurementCounts(preview.file)}</p>}
          <RestorePreview rows={preview.rows} onChoose={choose} />
          <div className="choice">
            <input
              id={`${ids.file}-settings`}
              type="checkbox"
              checked={preview.withSettings}
              onChange={(e) => setState({ ...preview, withSettings: e.target.checked })}
            />
            <label htmlFor={`${ids.file}-settings`}>Also restore the settings saved in the backup</label>
          </div>
          <p aria-live="polite">
            Restore will add {counts.added}, add {counts.copied} as copies, replace {counts.replaced} and skip {counts.skipped}.
          </p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => (counts.replaced > 0 ? setState({ ...preview, confirming: true }) : restore())}>
              Restore
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
          <ConfirmDialog
            open={preview.confirming}
            title="Replace stored assessments?"
            confirmLabel="Replace and restore"
            danger
            onConfirm={restore}
            onCancel={() => setState({ ...preview, confirming: false })}
          >
            <p>The stored version of these will be replaced by the backup's, with its history:</p>
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

/** What procurement data a backup holds, in words; null when none. Those records are added where missing, never replaced. */
function procurementCounts(file: BackupFile): string | null {
  const p = file.procurement;
  if (!p) return null;
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `It also holds ${n(p.procurements.length, 'procurement', 'procurements')}, ${n(p.responses.length, 'imported vendor response', 'imported vendor responses')} with their reviews, ${n(p.vendorResponses.length, 'response of your own to a buyer', 'responses of your own to buyers')} and ${n(p.evidence.length, 'evidence file', 'evidence files')}: those not on this device are added; those already here are kept as they are.`;
}
