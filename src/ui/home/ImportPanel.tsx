import { lazy, Suspense, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { AssessmentSide, Problem, ReplaceLoss } from '../../domain';
import { useServices } from '../../app/services';
import type { ImportProgress } from '../../app/importFile';
import type { ImportStep, RunningImport } from '../../app/importRunner';
import type { ImportChoice } from '../../app/importSession';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ProblemList } from '../common/ProblemList';

// The code that checks and stores a file, and the comparison shown before replacing, load
// when a file is chosen, not with the home page (the initial JS budget).
const ReplaceComparison = lazy(() => import('./ReplaceComparison').then((m) => ({ default: m.ReplaceComparison })));
const importRunner = () => import('../../app/importRunner');

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; progress: ImportProgress | null }
  | { step: 'failed'; fileName: string; problems: Problem[] }
  | { step: 'conflict'; fileName: string; stored: AssessmentSide; incoming: AssessmentSide; loss: ReplaceLoss }
  | { step: 'done'; message: ReactNode };

/**
 * Reads a `.hrba.json` file. The file is checked and stored in a worker (with progress
 * and a Cancel button), nothing is stored unless the whole file is valid, and an
 * assessment that already exists is never overwritten without an explicit choice made
 * beside a comparison of the two; the default is to import a copy. The page only ever
 * holds the outcome, never the imported assessment, so a large file cannot stall it.
 */
export function ImportPanel() {
  const services = useServices();
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const running = useRef<RunningImport | null>(null);

  const chosen = useRef(0);

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    running.current?.cancel();
    running.current = null;
    const ticket = ++chosen.current;
    setState({ step: 'checking', fileName: file.name, progress: null });
    const { startImport } = await importRunner();
    // Cancelled, or another file chosen, while that code loaded.
    if (chosen.current !== ticket) return;
    const run = startImport(file, services.assessments, (progress) =>
      setState((s) => (s.step === 'checking' && running.current === run ? { ...s, progress } : s)),
    );
    running.current = run;
    void run.result.then((step) => settle(run, file.name, step));
  }

  function settle(run: RunningImport, fileName: string, step: ImportStep) {
    if (running.current !== run || step === 'cancelled') return;
    if (step.step === 'conflict') return setState({ step: 'conflict', fileName, stored: step.stored, incoming: step.incoming, loss: step.loss });
    running.current = null;
    if (step.step === 'failed') return setState({ step: 'failed', fileName, problems: step.problems });
    services.assessments.noteImported(step.id, step.replaced);
    setState({ step: 'done', message: <>Imported "<bdi>{step.productName}</bdi>".</> });
  }

  function choose(choice: ImportChoice) {
    const run = running.current;
    if (state.step !== 'conflict' || !run) return;
    setState({ step: 'checking', fileName: state.fileName, progress: { phase: 'storing' } });
    void run.choose(choice).then((step) => settle(run, state.fileName, step));
  }

  function cancel(message: string) {
    chosen.current += 1;
    running.current?.cancel();
    running.current = null;
    setState(message ? { step: 'done', message } : { step: 'idle' });
  }

  return (
    <>
      <label htmlFor={inputId} className="button file-button">
        Import a .hrba.json file
      </label>
      <input id={inputId} type="file" accept=".json,application/json" className="visually-hidden" onChange={onFile} />
      {state.step === 'checking' && (
        <ImportProgressView fileName={state.fileName} progress={state.progress} onCancel={() => cancel('Import cancelled. Nothing was changed.')} />
      )}
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
        extraAction={{ label: 'Replace the one stored here', onClick: () => choose({ as: 'replace' }) }}
        onConfirm={() => choose({ as: 'copy', newId: services.newId() })}
        onCancel={() => cancel('')}
      >
        {state.step === 'conflict' && (
          <>
            <p>
              The file holds an assessment with the same identity as “<bdi>{state.stored.productName}</bdi>”, already stored in
              this browser. Import it as a separate copy (nothing stored is touched), or replace the stored one with the file's
              contents.
            </p>
            <Suspense fallback={<p role="status">Loading the comparison…</p>}>
              <ReplaceComparison stored={state.stored} incoming={state.incoming} loss={state.loss} />
            </Suspense>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}

const LABELS = { checking: 'Checking every field', storing: 'Storing it' } as const;

function ImportProgressView({ fileName, progress, onCancel }: { fileName: string; progress: ImportProgress | null; onCancel: () => void }) {
  const percent = progress?.phase === 'reading' && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  const label = progress && progress.phase !== 'reading' ? LABELS[progress.phase] : percent === null ? 'Reading the file' : `Reading the file: ${percent}%`;
  return (
    <div role="status" className="alert">
      <p>
        Importing “<bdi>{fileName}</bdi>”. {label}…
      </p>
      <progress max={100} value={percent ?? undefined} aria-label="Import progress" />{' '}
      {/* Once storing has begun it runs to its end in one transaction: cancelling then could not promise "nothing was changed". */}
      {progress?.phase !== 'storing' && (
        <button type="button" onClick={onCancel}>
          Cancel import
        </button>
      )}
    </div>
  );
}
