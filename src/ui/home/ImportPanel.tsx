import { useId, useState, type ChangeEvent } from 'react';
import { checklistMismatches, checklistRefProblem, hrbaFileSizeProblem, restoreHrbaFileBytes, type Assessment, type Problem, type TrailEvent } from '../../domain';
import { useServices } from '../../app/services';
import { availableChecklistRefs, loadChecklist } from '../../app/checklistCatalog';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ProblemList } from '../common/ProblemList';

/** What the import event records about the file: the trail it carried and its format version. */
type ImportSource = { trail: readonly TrailEvent[]; formatVersion: number };

type ImportState =
  | { step: 'idle' }
  | { step: 'failed'; fileName: string; problems: Problem[] }
  | { step: 'conflict'; assessment: Assessment; source: ImportSource }
  | { step: 'done'; message: string };

/**
 * Reads a `.hrba.json` file. Nothing is stored unless the whole file is valid, and
 * an assessment that already exists is never overwritten without an explicit choice.
 */
export function ImportPanel() {
  const services = useServices();
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const failed = (problems: Problem[]) => setState({ step: 'failed', fileName: file.name, problems });
    const tooBig = hrbaFileSizeProblem(file.size);
    if (tooBig) return failed([tooBig]);
    const restored = restoreHrbaFileBytes(new Uint8Array(await file.arrayBuffer()));
    if (!restored.ok) return failed(restored.problems);
    const refProblem = checklistRefProblem(restored.file.checklist, await availableChecklistRefs());
    if (refProblem) return failed([{ path: 'checklist', message: refProblem }]);
    const assessment = restored.file.assessment;
    const mismatches = checklistMismatches(assessment, (await loadChecklist(restored.file.checklist.id, restored.file.checklist.version)).checklist);
    if (mismatches.length > 0) return failed(mismatches.map((p) => ({ ...p, path: `assessment.${p.path}` })));
    const source = { trail: restored.file.trail, formatVersion: restored.fromVersion };
    if (await services.assessments.exists(assessment.id)) return setState({ step: 'conflict', assessment, source });
    await store(assessment, source, false);
  }

  async function store(assessment: Assessment, source: ImportSource, replace: boolean) {
    try {
      const saved = await services.assessments.importAssessment(assessment, { replace, ...source });
      setState({ step: 'done', message: `Imported "${saved.subject.productName}".` });
    } catch (e) {
      setState({ step: 'failed', fileName: assessment.subject.productName, problems: [{ path: '(storage)', message: (e as Error).message }] });
    }
  }

  return (
    <>
      <label htmlFor={inputId} className="button file-button">
        Import a .hrba.json file
      </label>
      <input id={inputId} type="file" accept=".json,application/json" className="visually-hidden" onChange={onFile} />
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
        onConfirm={() =>
          state.step === 'conflict' &&
          store({ ...state.assessment, id: services.newId(), subject: { ...state.assessment.subject, productName: `${state.assessment.subject.productName} (imported)`.slice(0, 200) } }, state.source, false)
        }
        onCancel={() => setState({ step: 'idle' })}
      >
        <p>
          An assessment with the same identity ("{state.step === 'conflict' ? state.assessment.subject.productName : ''}") is
          already stored in this browser. Import the file as a separate copy, or replace the stored one with the file's
          contents (the stored answers would be lost).
        </p>
      </ConfirmDialog>
    </>
  );
}
