import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { useServices } from '../../app/services';
import type { HeldEdit } from '../../db';
import { useChecklist } from '../home/useChecklistState';
import { restorableWizardSnapshot, snapshotFitsChecklist } from '../../machines/wizardPersistence';
import { AssessmentShell } from '../assessment/AssessmentShell';
import { useEditLock } from '../assessment/editLock';
import { useRecovery } from '../assessment/useRecovery';
import { StorageProblem } from '../common/StorageProblem';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { problemLine } from '../../words/problems';
import { FailureReason } from '../common/LoadFailure';

const NONE_HELD: HeldEdit[] = [];

/**
 * Loads everything an open assessment needs (assessment, checklist, the wizard's
 * saved position) once, before showing any of its sections. The editing tab
 * first replays edits left from an earlier session; other tabs open it read-only.
 */
export default function AssessmentPage(props: { id: string }) {
  const services = useServices();
  const intl = useIntl();
  const lock = useEditLock(props.id);
  const { recovery, retry } = useRecovery(props.id, lock.state === 'held');
  // `undefined` while the query runs; `null` once it is known there is no such assessment.
  const read = useLiveQuery(
    () => services.assessments.find(props.id).then((found) => ({ found: found ?? null, cause: null }), (cause: unknown) => ({ found: null, cause })),
    [services, props.id],
  );
  const stored = read?.found;
  const checklist = useChecklist(stored?.ok ? stored.assessment.checklist.id : undefined, stored?.ok ? stored.assessment.checklist.version : undefined);
  const [snapshot, setSnapshot] = useState<{ value: unknown } | null>(null);

  useEffect(() => {
    let live = true;
    services.wizardStates.load(props.id).then(
      (s) => live && setSnapshot({ value: restorableWizardSnapshot(s, props.id) }),
      () => live && setSnapshot({ value: null }),
    );
    return () => {
      live = false;
    };
  }, [services, props.id]);

  const notOpened = intl.formatMessage({ defaultMessage: 'This assessment could not be opened', description: 'Title when the browser storage could not open an assessment' });
  const opening = (
    <p role="status">
      <FormattedMessage defaultMessage="Opening the assessment…" description="While an assessment is loaded" />
    </p>
  );
  const backHome = (
    <Link href="/">
      <FormattedMessage defaultMessage="Back to your assessments" description="Link back to the home page’s list" />
    </Link>
  );
  if (read?.cause) return <StorageProblem title={notOpened} cause={read.cause} />;
  if (recovery.status === 'failed') {
    return <StorageProblem title={notOpened} cause={recovery.cause} onRetry={retry} />;
  }
  if (
    lock.state === 'waiting' ||
    (lock.state === 'held' && recovery.status !== 'done') ||
    stored === undefined ||
    snapshot === null ||
    (stored?.ok && checklist.status === 'loading')
  ) {
    return opening;
  }
  if (!stored) {
    // The marker outside IndexedDB still lists it: the store lost it, not the person.
    if (services.local.marker()?.ids.includes(props.id)) {
      return (
        <div role="alert">
          <h1>
            <FormattedMessage defaultMessage="This assessment is missing from this browser’s storage" description="Title when a known assessment is gone from storage" />
          </h1>
          <p>
            <FormattedMessage
              defaultMessage="It was saved on this device, but the browser’s storage no longer has it: the browser may have cleared the site’s data, or reset it after the disk was full. Your unsaved edits to it are still kept on this device."
              description="A known assessment is gone from storage: what may have happened"
            />
          </p>
          <p>
            <a href="#/backup">
              <FormattedMessage defaultMessage="Restore from a backup" description="Link to the backup page to restore an assessment" />
            </a>{' '}
            · {backHome}
          </p>
        </div>
      );
    }
    return (
      <>
        <h1>
          <FormattedMessage defaultMessage="Assessment not found" description="Title when the address names no stored assessment" />
        </h1>
        <p>
          <FormattedMessage defaultMessage="It may have been deleted, or it was made in another browser." description="Assessment not found: why" /> {backHome}
        </p>
      </>
    );
  }
  if (!stored.ok) {
    return (
      <div role="alert">
        <h1>
          <FormattedMessage defaultMessage="This assessment is damaged" description="Title when a stored assessment fails its checks" />
        </h1>
        {/* The first problem the check found, in the chosen language. */}
        {stored.problems[0] && <p>{problemLine(intl, stored.problems[0])}</p>}
        {backHome}
      </div>
    );
  }
  if (checklist.status === 'error') {
    return (
      <div role="alert">
        <h1>
          <FormattedMessage defaultMessage="The checklist could not be loaded" description="Title when the checklist of an assessment cannot be loaded" />
        </h1>
        {/* A checklist this installation lacks, or a chunk that failed to load, in words; the browser's own folded away. */}
        <FailureReason cause={checklist.cause} />
      </div>
    );
  }
  if (checklist.status !== 'ready') return null;
  const { assessment } = stored;
  // Just after an upgrade the stored assessment names the new version a moment before it has loaded.
  if (checklist.value.ref.version !== assessment.checklist.version) return opening;
  const fits = snapshot.value !== null && snapshotFitsChecklist(snapshot.value, checklist.value.checklist, assessment.triage);
  return (
    <AssessmentShell
      // A new checklist version, or becoming editable (or read-only), starts the wizard and forms afresh from what is stored.
      key={`${assessment.checklist.version}:${lock.state === 'held' ? 'edit' : 'read'}`}
      assessment={assessment}
      loaded={checklist.value}
      initialSnapshot={fits ? snapshot.value : null}
      lock={lock}
      recovered={recovery.status === 'done' ? recovery.result.recovered : 0}
      held={recovery.status === 'done' ? recovery.result.held : NONE_HELD}
    />
  );
}
