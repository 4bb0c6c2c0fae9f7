import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { AssessmentSide, Problem, ReplaceLoss } from '../../domain';
import { useServices } from '../../app/services';
import type { ImportProgress } from '../../app/importFile';
import type { ImportStep, RunningImport } from '../../app/importRunner';
import type { ImportChoice } from '../../app/importSession';
import { lazyPart } from '../common/lazyPart';
import { FormattedMessage } from '../../i18n/react';

// The code that checks and stores a file, and what is shown while it does (progress, problems,
// the comparison before replacing), load when a file is chosen, not with the home page (the
// initial JS budget).
const ImportOutcome = lazyPart(() => import('./ImportOutcome').then((m) => m.ImportOutcome));
const importRunner = () => import('../../app/importRunner');

export type ImportState =
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

  function cancel(message: ReactNode) {
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
      {state.step !== 'idle' && (
        <ImportOutcome state={state} onCancel={cancel} onChoose={choose} onDismiss={() => setState({ step: 'idle' })} newId={services.newId} />
      )}
    </>
  );
}
