import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useRoute } from 'wouter';
import { applyChange, assessmentKind, compareVersions, resolveChecklist, type Assessment } from '../../domain';
import { bundledVersions, type LoadedChecklist } from '../../app/checklistCatalog';
import { useServices } from '../../app/services';
import { exportAssessmentJson } from '../common/exports';
import { useMediaQuery } from '../common/useMediaQuery';
import { ExportMenu } from './ExportMenu';
import { SaveIndicator } from '../wizard/SaveIndicator';
import { useAutosave } from '../wizard/useAutosave';
import { useWizardActor } from '../wizard/useWizardActor';
import { Wizard } from '../wizard/Wizard';
import { useChecklistLanguage } from '../wizard/useChecklistLanguage';
import { ASSESSMENT_ROUTE, SECTIONS, type AssessmentRouteParams, sectionHref, type SectionId, type SectionProps } from './sections';
import { useSaveState } from './useSaveState';
import type { EditLock } from './editLock';
import { useLeaveGuardHost } from './leaveGuard';
import { ReadOnlyBanner, SaveFailureDialog } from './SaveFailureDialog';
import { LockedRevisionBanner } from './LockedRevisionBanner';
import { HeldEdits } from './HeldEdits';
import type { HeldEdit } from '../../db';
import { ASSESSMENT_KIND_MESSAGES } from '../wizard/checklistWords';
import { FormattedMessage, useIntl } from '../../i18n/react';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';

// Each section loads on first visit, so opening an assessment costs only the wizard.
const PAGES: Record<Exclude<SectionId, 'checklist'>, React.LazyExoticComponent<(props: SectionProps) => React.ReactNode>> = {
  findings: lazy(() => import('../findings/FindingsPage')),
  actions: lazy(() => import('../actions/ActionPlanPage')),
  context: lazy(() => import('../context/ContextPage')),
  dashboard: lazy(() => import('../dashboard/DashboardPage')),
  audit: lazy(() => import('../audit/AuditPage')),
  sign: lazy(() => import('../sign/SignPage')),
};
/** The sections' names in the navigation (their own module stays light: the home page links to them). */
const SECTION_WORDS: Record<SectionId, MessageDescriptor> = defineMessages({
  checklist: { defaultMessage: 'Checklist', description: 'Assessment section: the questions, stage by stage' },
  findings: { defaultMessage: 'Findings', description: 'Assessment section: gaps found and their severity' },
  actions: { defaultMessage: 'Action plan', description: 'Assessment section: actions to close the gaps' },
  context: { defaultMessage: 'Context', description: 'Assessment section: trade-offs, stakeholder engagement and benefits' },
  dashboard: { defaultMessage: 'Dashboard', description: 'Assessment section: overview in figures' },
  audit: { defaultMessage: 'Audit review', description: 'Assessment section: the auditor’s verdicts and statement' },
  sign: { defaultMessage: 'Sign', description: 'Assessment section: sign the report and the data file' },
});

/** Reached from the "newer checklist" notice, not from the section navigation. */
const UpgradePage = lazy(() => import('../upgrade/UpgradePage'));
export const UPGRADE_SEGMENT = 'upgrade';
/** The width below which the layout is a phone's single column (the stylesheet's 40rem breakpoint). */
const PHONE = '(max-width: 40rem)';

const isSection = (s: string | undefined): s is SectionId => SECTIONS.some((x) => x.id === s);

/**
 * An open assessment: the header (name, save state, exports) and the section
 * navigation stay put while the section below changes. The wizard's actor and
 * the autosave live here, so leaving the checklist for the findings and coming
 * back resumes at the same item with nothing unsaved dropped.
 */
export function AssessmentShell(props: {
  assessment: Assessment;
  loaded: LoadedChecklist;
  initialSnapshot: unknown;
  lock: EditLock;
  /** Edits from an earlier session replayed just before opening. */
  recovered: number;
  /** Edits from an earlier session the write path refused (a revision locked meanwhile): shown, never dropped unasked. */
  held: HeldEdit[];
}) {
  const { assessment, loaded, lock } = props;
  // A locked revision never changes: every section is read-only, whichever tab holds the edit lock.
  const locked = assessment.revision.lockedAt !== null;
  const readOnly = lock.state !== 'held' || locked;
  // In audit mode the trail and the verdicts name the auditor, never the respondent.
  const by = assessment.mode === 'audit' ? (assessment.audit?.auditor ?? '') : assessment.subject.assessor;
  const services = useServices();
  const intl = useIntl();
  const [, params] = useRoute<AssessmentRouteParams>(ASSESSMENT_ROUTE);
  const [, navigate] = useLocation();
  const actor = useWizardActor(assessment, loaded, props.initialSnapshot, readOnly);
  // The checklist's texts in the chosen language, for the walk; the actor keeps the English source.
  const shown = useChecklistLanguage(loaded);
  const autosave = useAutosave(assessment.id, by, lock.holds);
  const saves = useSaveState(assessment.id, autosave.status, by, lock.holds);
  const leave = useLeaveGuardHost();
  const [recoveredNotice, setRecoveredNotice] = useState(props.recovered);
  const [held, setHeld] = useState(props.held);
  useNotDurableGuard(autosave.status.kind === 'failed', leave.dirty);
  // On a phone the exports follow the page's content in reading order, so the question comes first.
  const phone = useMediaQuery(PHONE);
  const resolved = useMemo(() => resolveChecklist(loaded.checklist, assessment.triage), [loaded, assessment.triage]);

  const segment = params?.section;
  const param = params?.param;
  const upgrading = segment === UPGRADE_SEGMENT;
  const current: SectionId | null = segment === undefined || segment === 'item' ? 'checklist' : isSection(segment) ? segment : null;
  const versions = bundledVersions(assessment.checklist.id);
  const newest = versions.at(-1);
  // Upgrades go one version at a time: each version's `upgradeFrom` describes only its predecessor.
  const next = versions.find((v) => compareVersions(v, assessment.checklist.version) > 0);
  const upgradable = !!newest && !!next;

  // `/a/:id/item/CON-04` opens the wizard at that item, then shows the plain checklist route.
  useEffect(() => {
    if (segment !== 'item' || !param) return;
    const item = loaded.checklist.items.find((i) => i.id === param);
    if (item) actor.send({ type: 'item.jump', stage: item.stage, itemId: item.id });
    navigate(sectionHref(assessment.id, 'checklist'), { replace: true });
  }, [segment, param, loaded, actor, navigate, assessment.id]);

  // In audit mode the respondent's findings, action plan and context are shown, never changed (the domain refuses it too).
  const respondentsOnly = assessment.mode === 'audit' && (current === 'findings' || current === 'actions' || current === 'context');
  const Page = upgrading ? UpgradePage : current && current !== 'checklist' ? PAGES[current] : null;
  // During a failed save the export includes the edits not yet stored.
  // The export carries edits not yet in IndexedDB too (after a failed save, this is the person's way out).
  const exportWithUnsaved = async () => {
    const at = services.now().toISOString();
    const current = autosave.unsaved().reduce((a, change) => applyChange(a, change, { at, by }), assessment);
    // Exporting seals the trail's head, which is a write; when writes fail, read the trail as it stands instead.
    const trail = await services.assessments.exportTrail(assessment.id).catch(() => services.assessments.trail(assessment.id));
    exportAssessmentJson(current, services.now(), trail);
  };
  const exports = <ExportMenu assessment={assessment} onExportJson={exportWithUnsaved} />;
  return (
    <leave.Provider value={leave.value}>
    <div className="assessment">
      <div className="wizard-head">
        <div>
          <h1 dir="auto">{assessment.subject.productName}</h1>
          <p className="muted">
            <FormattedMessage
              defaultMessage="{kind} · {checklist} {version} · Revision {revision}{parent, select, none {} other { (follows revision {parent})}}{locked, select, yes {, locked} other {}}"
              description="Assessment header under the product name: kind of assessment, checklist and version, revision (and the one it follows, and whether it is locked)"
              values={{
                kind: intl.formatMessage(ASSESSMENT_KIND_MESSAGES[assessmentKind(assessment.mode, assessment.triage, loaded.checklist)]),
                checklist: <span lang={shown.textsLanguage}>{shown.loaded.checklist.title}</span>,
                version: loaded.checklist.version,
                revision: assessment.revision.number,
                parent: assessment.revision.parent ? String(assessment.revision.parent.number) : 'none',
                locked: locked ? 'yes' : 'no',
              }}
            />
          </p>
        </div>
        <div className="wizard-tools">
          <SaveIndicator status={saves.status} />
          {!phone && exports}
        </div>
      </div>
      {/* Upgrading changes answers: in audit mode they are the respondent's, so it is not offered. */}
      {upgradable && !upgrading && assessment.mode !== 'audit' && (
        <p className="alert warning">
          <FormattedMessage
            defaultMessage="This assessment uses checklist version {version}; version {newest} is available."
            description="Assessment: a newer checklist version exists"
            values={{ version: assessment.checklist.version, newest }}
          />{' '}
          {next !== newest && (
            <>
              <FormattedMessage defaultMessage="Versions are upgraded one at a time, {next} first." description="Assessment: upgrades go one version at a time" values={{ next }} />{' '}
            </>
          )}
          <Link href={`/a/${assessment.id}/${UPGRADE_SEGMENT}`} onClick={autosave.flush}>
            <FormattedMessage defaultMessage="See what changes and upgrade to {next}" description="Assessment: link to the checklist upgrade page" values={{ next }} />
          </Link>
        </p>
      )}
      <nav aria-label={intl.formatMessage({ defaultMessage: 'Assessment sections', description: 'Accessible name of the section navigation of an assessment' })} className="section-nav">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <Link
                href={sectionHref(assessment.id, s.id)}
                aria-current={current === s.id ? 'page' : undefined}
                onClick={(event: React.MouseEvent) => {
                  autosave.flush();
                  if (!leave.dirty()) return;
                  event.preventDefault();
                  leave.guard(() => navigate(sectionHref(assessment.id, s.id)));
                }}
              >
                {intl.formatMessage(SECTION_WORDS[s.id])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {locked && <LockedRevisionBanner assessment={assessment} by={by} />}
      {!locked && lock.state !== 'held' && <ReadOnlyBanner lost={lock.state === 'lost'} onTakeOver={lock.takeOver} />}
      {held.length > 0 && <HeldEdits assessment={assessment} held={held} by={by} onReleased={() => setHeld([])} />}
      {recoveredNotice > 0 && (
        <div role="status" className="alert">
          <p>
            <FormattedMessage
              defaultMessage="{count, plural, one {Recovered # unsaved edit from your last session.} other {Recovered # unsaved edits from your last session.}}"
              description="Assessment: edits replayed from an earlier session"
              values={{ count: recoveredNotice }}
            />
          </p>
          <button type="button" onClick={() => setRecoveredNotice(0)}>
            <FormattedMessage defaultMessage="Dismiss" description="Assessment: close the notice about recovered edits" />
          </button>
        </div>
      )}
      {autosave.status.kind === 'failed' && <SaveFailureDialog cause={autosave.status.cause} onRetry={autosave.retry} onExport={exportWithUnsaved} />}
      {leave.dialog}
      {current === 'checklist' && <Wizard assessment={assessment} shown={shown} actor={actor} autosave={autosave} readOnly={readOnly} />}
      {Page && (
        <Suspense
          fallback={
            <p role="status">
              <FormattedMessage defaultMessage="Loading…" description="While a section of an assessment loads" />
            </p>
          }
        >
          {/* Audit review keeps its filter usable when read-only, and signing is what a locked revision is for;
              every other page's controls are disabled as a whole. */}
          {respondentsOnly && !readOnly && (
            <p className="alert">
              <FormattedMessage
                defaultMessage="Audit mode: this is the respondent’s work and is shown read-only. Record your verdicts and statement under Audit review."
                description="Findings, action plan or context in audit mode"
              />
            </p>
          )}
          <fieldset className="plain" disabled={(readOnly && current !== 'audit' && current !== 'sign') || respondentsOnly}>
            <Page assessment={assessment} loaded={loaded} shown={shown} resolved={resolved} commit={saves.commit} param={param} readOnly={readOnly} by={by} />
          </fieldset>
        </Suspense>
      )}
      {phone && (
        <section aria-label={intl.formatMessage({ defaultMessage: 'Export', description: 'Accessible name of the exports after the content on a phone' })} className="export-after">
          {exports}
        </section>
      )}
      {current === null && !upgrading && (
        <section aria-labelledby="missing-section">
          <h2 id="missing-section">
            <FormattedMessage defaultMessage="This part of the assessment does not exist" description="Assessment: the address names no section" />
          </h2>
          <p>
            <Link href={sectionHref(assessment.id, 'checklist')}>
              <FormattedMessage defaultMessage="Back to the checklist" description="Link back to an assessment’s checklist" />
            </Link>
          </p>
        </section>
      )}
    </div>
    </leave.Provider>
  );
}

/**
 * Closing or reloading asks first whenever an edit is not yet durable: a save
 * failed, a form holds unsaved edits, or a write-ahead copy has not reached
 * IndexedDB yet. An edit waiting in the debounce is already in the journal, so
 * it alone does not ask.
 */
function useNotDurableGuard(failed: boolean, formsDirty: () => boolean) {
  const services = useServices();
  const failing = useRef(failed);
  failing.current = failed;
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!failing.current && !formsDirty() && services.writeAhead.unsettled() === 0) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [services, formsDirty]);
}
