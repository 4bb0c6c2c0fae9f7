import { lazy, Suspense, type ReactNode } from 'react';
import type { ImportChoice } from '../../app/importSession';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ProblemList } from '../common/ProblemList';
import { defineMessages } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';
import type { ImportProgress } from '../../app/importFile';
import type { ImportState } from './ImportPanel';

const ReplaceComparison = lazy(() => import('./ReplaceComparison').then((m) => ({ default: m.ReplaceComparison })));

/** What the import panel shows once a file is chosen: progress, the problems found, the outcome, or the choice between copy and replace. */
export function ImportOutcome(props: {
  state: Exclude<ImportState, { step: 'idle' }>;
  onCancel: (message: ReactNode) => void;
  onChoose: (choice: ImportChoice) => void;
  onDismiss: () => void;
  newId: () => string;
}) {
  const intl = useIntl();
  return (
    <>
      {props.state.step === 'checking' && (
        <ImportProgressView fileName={props.state.fileName} progress={props.state.progress} onCancel={() => props.onCancel(intl.formatMessage(WORDS.cancelled))} />
      )}
      {props.state.step === 'failed' && (
        <ProblemList
          title={intl.formatMessage(WORDS.failed, { name: props.state.fileName })}
          problems={props.state.problems}
          onDismiss={props.onDismiss}
        />
      )}
      {props.state.step === 'done' && (
        <p role="status" className="alert ok">
          {props.state.message}
        </p>
      )}
      <ConfirmDialog
        open={props.state.step === 'conflict'}
        title={intl.formatMessage(WORDS.conflictTitle)}
        confirmLabel={intl.formatMessage(WORDS.asCopy)}
        extraAction={{ label: intl.formatMessage(WORDS.replace), onClick: () => props.onChoose({ as: 'replace' }) }}
        onConfirm={() => props.onChoose({ as: 'copy', newId: props.newId() })}
        onCancel={() => props.onCancel('')}
      >
        {props.state.step === 'conflict' && (
          <>
            <p>
              <FormattedMessage
                defaultMessage="The file holds an assessment with the same identity as “{name}”, already stored in this browser. Import it as a separate copy (nothing stored is touched), or replace the stored one with the file's contents."
                description="Import: the file's assessment is already stored (its product name)"
                values={{ name: <bdi>{props.state.stored.productName}</bdi> }}
              />
            </p>
            <Suspense
              fallback={
                <p role="status">
                  <FormattedMessage defaultMessage="Loading the comparison…" description="Import: while the comparison of the two assessments loads" />
                </p>
              }
            >
              <ReplaceComparison stored={props.state.stored} incoming={props.state.incoming} loss={props.state.loss} />
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
