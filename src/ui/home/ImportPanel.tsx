import { lazy, Suspense, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { AssessmentSide, Problem, ReplaceLoss } from '../../domain';
import { useServices } from '../../app/services';
import type { ImportProgress } from '../../app/importFile';
import type { ImportStep, RunningImport } from '../../app/importRunner';
import type { ImportChoice } from '../../app/importSession';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ProblemList } from '../common/ProblemList';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';

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
  const intl = useIntl();
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
    setState({
      step: 'done',
      message: (
        <FormattedMessage
          defaultMessage='Imported "{name}".'
          description="Home: a file was imported (the product name follows)"
          values={{ name: <bdi>{step.productName}</bdi> }}
        />
      ),
    });
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
        <FormattedMessage defaultMessage="Import a .hrba.json file" description="Home: button to import an assessment file" />
      </label>
      <input id={inputId} type="file" accept=".json,application/json" className="visually-hidden" onChange={onFile} />
      {state.step === 'checking' && (
        <ImportProgressView fileName={state.fileName} progress={state.progress} onCancel={() => cancel(intl.formatMessage(WORDS.cancelled))} />
      )}
      {state.step === 'failed' && (
        <ProblemList
          title={intl.formatMessage(WORDS.failed, { name: state.fileName })}
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
        title={intl.formatMessage(WORDS.conflictTitle)}
        confirmLabel={intl.formatMessage(WORDS.asCopy)}
        extraAction={{ label: intl.formatMessage(WORDS.replace), onClick: () => choose({ as: 'replace' }) }}
        onConfirm={() => choose({ as: 'copy', newId: services.newId() })}
        onCancel={() => cancel('')}
      >
        {state.step === 'conflict' && (
          <>
            <p>
              <FormattedMessage
                defaultMessage="The file holds an assessment with the same identity as “{name}”, already stored in this browser. Import it as a separate copy (nothing stored is touched), or replace the stored one with the file's contents."
                description="Import: the file's assessment is already stored (its product name)"
                values={{ name: <bdi>{state.stored.productName}</bdi> }}
              />
            </p>
            <Suspense
              fallback={
                <p role="status">
                  <FormattedMessage defaultMessage="Loading the comparison…" description="Import: while the comparison of the two assessments loads" />
                </p>
              }
            >
              <ReplaceComparison stored={state.stored} incoming={state.incoming} loss={state.loss} />
            </Suspense>
          </>
        )}
      </ConfirmDialog>
    </>
  );
}

const WORDS = defineMessages({
  cancelled: { defaultMessage: 'Import cancelled. Nothing was changed.', description: 'Home: the person cancelled an import' },
  failed: { defaultMessage: 'Could not import "{name}". Nothing was changed.', description: 'Home: an import failed (the file name; the problems follow)' },
  conflictTitle: { defaultMessage: 'This assessment is already here', description: 'Import: title when the file’s assessment is already stored' },
  asCopy: { defaultMessage: 'Import as a copy', description: 'Import: keep both, the file as a new copy' },
  replace: { defaultMessage: 'Replace the one stored here', description: 'Import: the file replaces the stored assessment' },
  checking: { defaultMessage: 'Checking every field…', description: 'Import progress: the file is being checked' },
  storing: { defaultMessage: 'Storing it…', description: 'Import progress: the checked file is being stored' },
  reading: { defaultMessage: 'Reading the file…', description: 'Import progress: the file is being read' },
  readingShare: { defaultMessage: 'Reading the file: {share, number, percent}…', description: 'Import progress: how much of the file is read' },
});

function ImportProgressView({ fileName, progress, onCancel }: { fileName: string; progress: ImportProgress | null; onCancel: () => void }) {
  const intl = useIntl();
  const percent = progress?.phase === 'reading' && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : null;
  const label =
    progress && progress.phase !== 'reading'
      ? intl.formatMessage(WORDS[progress.phase])
      : percent === null
        ? intl.formatMessage(WORDS.reading)
        : intl.formatMessage(WORDS.readingShare, { share: percent / 100 });
  return (
    <div role="status" className="alert">
      <p>
        <FormattedMessage
          defaultMessage="Importing “{name}”. {step}"
          description="Import progress: the file’s name, then the current step"
          values={{ name: <bdi>{fileName}</bdi>, step: label }}
        />
      </p>
      <progress max={100} value={percent ?? undefined} aria-label={intl.formatMessage({ defaultMessage: 'Import progress', description: 'Accessible name of the import progress bar' })} />{' '}
      {/* Once storing has begun it runs to its end in one transaction: cancelling then could not promise "nothing was changed". */}
      {progress?.phase !== 'storing' && (
        <button type="button" onClick={onCancel}>
          <FormattedMessage defaultMessage="Cancel import" description="Import progress: stop the import" />
        </button>
      )}
    </div>
  );
}
