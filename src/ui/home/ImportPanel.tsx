import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { Assessment, Problem } from '../../domain';
import { useServices } from '../../app/services';
import type { ImportProgress, ImportSource } from '../../app/importFile';
import { startImportCheck, type RunningImport } from '../../app/importRunner';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ProblemList } from '../common/ProblemList';
import { ReplaceComparison } from './ReplaceComparison';

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; progress: ImportProgress | null }
  | { step: 'failed'; fileName: string; problems: Problem[] }
  | { step: 'conflict'; assessment: Assessment; stored: Assessment; source: ImportSource }
  | { step: 'done'; message: ReactNode };

/**
 * Reads a `.hrba.json` file. The file is checked in a worker (with progress and a Cancel
 * button), nothing is stored unless the whole file is valid, and an assessment that
 * already exists is never overwritten without an explicit choice made beside a
 * comparison of the two; the default is to import a copy.
 */
export function ImportPanel() {
  const services = useServices();
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const running = useRef<RunningImport | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    running.current?.cancel();
    const run = startImportCheck(file, (progress) => setState((s) => (s.step === 'checking' && running.current === run ? { ...s, progress } : s)));
    running.current = run;
    setState({ step: 'checking', fileName: file.name, progress: null });
    const checked = await run.result;
    if (running.current !== run || checked === 'cancelled') return;
    running.current = null;
    if (!checked.ok) return setState({ step: 'failed', fileName: file.name, problems: checked.problems });
    const assessment = checked.assessment;
    const stored = (await services.assessments.exists(assessment.id)) ? await services.assessments.get(assessment.id).catch(() => null) : null;
    if (stored) return setState({ step: 'conflict', assessment, stored, source: checked.source });
    await store(assessment, checked.source, false);
  }

  function cancel() {
    running.current?.cancel();
    running.current = null;
    setState({ step: 'done', message: 'Import cancelled. Nothing was changed.' });
  }

  async function store(assessment: Assessment, source: ImportSource, replace: boolean) {
    try {
      const saved = await services.assessments.importAssessment(assessment, { replace, ...source });
      setState({ step: 'done', message: <>Imported "<bdi>{saved.subject.productName}</bdi>".</> });
    } catch (e) {
      setState({ step: 'failed', fileName: assessment.subject.productName, problems: [{ path: '(storage)', message: (e as Error).message }] });
    }
  }

  const asCopy = (a: Assessment): Assessment => ({ ...a, id: services.newId(), subject: { ...a.subject, productName: `${a.subject.productName} (imported)`.slice(0, 200) } });

  return (
    <>
      <label htmlFor={inputId} className="button file-button">
        Import a .hrba.json file
      </label>
      <input id={inputId} type="file" accept=".json,application/json" className="visually-hidden" onChange={onFile} />
      {state.step === 'checking' && <ImportProgressView fileName={state.fileName} progress={state.progress} onCancel={cancel} />}
      {state.step === 'failed' && (
        <ProblemList
          title={`Could not import "${state.fileName}". Nothing was changed.`}
          problems={state.problems}
          onDismiss={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'done' && (
        <p role="status" className="alert ok">
          {state.message}
        </p>
      )}
      <ConfirmDialog
        open={state.step === 'conflict'}
        title="This assessment is already here"
        confirmLabel="Import as a copy"
        extraAction={{
          label: 'Replace the one stored here',
          onClick: () => state.step === 'conflict' && store(state.assessment, state.source, true),
        }}
        onConfirm={() => state.step === 'conflict' && store(asCopy(state.assessment), state.source, false)}
        onCancel={() => setState({ step: 'idle' })}
      >
        {state.step === 'conflict' && (
          <>
            <p>
              The file holds an assessment with the same identity as “<bdi>{state.stored.subject.productName}</bdi>”, already stored in
              this browser. Import it as a separate copy (nothing stored is touched), or replace the stored one with the file's
              contents.
            </p>
            <ReplaceComparison stored={state.stored} incoming={state.assessment} />
          </>
        )}
      </ConfirmDialog>
    </>
  );
}

function ImportProgressView({ fileName, progress, onCancel }: { fileName: string; progress: ImportProgress | null; onCancel: () => void }) {
  const percent = progress?.phase === 'reading' && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  const label = progress?.phase === 'checking' ? 'Checking every field' : percent === null ? 'Reading the file' : `Reading the file: ${percent}%`;
  return (
    <div role="status" className="alert">
      <p>
        Importing “<bdi>{fileName}</bdi>”. {label}…
      </p>
      <progress max={100} value={progress?.phase === 'checking' ? undefined : (percent ?? undefined)} aria-label="Import progress" />{' '}
      <button type="button" onClick={onCancel}>
        Cancel import
      </button>
    </div>
  );
}
