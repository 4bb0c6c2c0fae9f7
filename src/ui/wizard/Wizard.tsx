import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { STAGES, type Assessment, type StageId } from '../../domain';
import type { ChecklistInLanguage } from './useChecklistLanguage';
import { isLocale } from '../../i18n/locales';
import type { WizardPlace, wizardMachine } from '../../machines/wizard.machine';
import { SetupStep } from './SetupStep';
import { TriageStep } from './TriageStep';
import { StageStep } from './StageStep';
import { ReviewStep } from './ReviewStep';
import type { useAutosave } from './useAutosave';
import { useLeaveGuard } from '../assessment/leaveGuard';
import { useRef } from 'react';
import { useFocusOnChange, within } from '../common/useFocusOnChange';
import { STAGE_MESSAGES } from '../common/codeWords';
import { LANGUAGE_MESSAGES } from './checklistWords';
import { defineMessages, type MessageDescriptor } from '../../i18n/format';
import { FormattedMessage, useIntl } from '../../i18n/react';

const STEP_WORDS = defineMessages({
  setup: { defaultMessage: 'Product', description: 'Assessment step: the product and the purpose' },
  triage: { defaultMessage: 'Profile', description: 'Assessment step: questions that decide which items apply' },
  review: { defaultMessage: 'Review', description: 'Assessment step: what is answered and what is not' },
});
const STEPS: { place: WizardPlace; label: MessageDescriptor }[] = [
  { place: 'setup', label: STEP_WORDS.setup },
  { place: 'triage', label: STEP_WORDS.triage },
  ...STAGES.map((s) => ({ place: s as WizardPlace, label: STAGE_MESSAGES[s] })),
  { place: 'review', label: STEP_WORDS.review },
];

/** The checklist walk. Its actor and autosave belong to the assessment shell, so they outlive a visit to another section. */
export function Wizard(props: {
  assessment: Assessment;
  /** The checklist in the language it is read in (useChecklistLanguage). */
  shown: ChecklistInLanguage;
  actor: ActorRefFrom<typeof wizardMachine>;
  autosave: ReturnType<typeof useAutosave>;
  readOnly?: boolean;
}) {
  const { assessment, shown, actor, autosave } = props;
  const { loaded } = shown;
  const readOnly = props.readOnly ?? false;
  const leave = useLeaveGuard();
  const intl = useIntl();
  const place = useSelector(actor, (s) => s.value as WizardPlace);
  const triaged = useSelector(actor, (s) => s.context.triaged);
  const error = useSelector(actor, (s) => s.context.error);
  const root = useRef<HTMLDivElement>(null);
  // A new step opens at its top with focus on its heading (the stepper stays above it).
  useFocusOnChange(place, within(root, 'h2'), 'page-top');

  function goTo(target: WizardPlace) {
    autosave.flush();
    leave.guard(() => {
      if (target === 'setup') actor.send({ type: 'setup.edit' });
      else if (target === 'triage') actor.send({ type: 'triage.edit' });
      else if (target === 'review') actor.send({ type: 'review.open' });
      else actor.send({ type: 'stage.goto', stage: target as StageId });
    });
  }

  return (
    <div className="wizard" ref={root}>
      <nav aria-label={intl.formatMessage({ defaultMessage: 'Assessment steps', description: 'Accessible name of the step navigation of an assessment' })}>
        <ol className="stepper">
          {STEPS.map((step) => {
            const enabled = step.place === 'setup' || step.place === 'triage' ? place !== 'setup' || step.place === 'setup' : triaged;
            return (
              <li key={step.place}>
                <button
                  type="button"
                  aria-current={place === step.place ? 'step' : undefined}
                  disabled={!enabled}
                  onClick={() => goTo(step.place)}
                >
                  {intl.formatMessage(step.label)}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      {shown.review?.status === 'not-reviewed' && (
        <p className="alert" role="note">
          <FormattedMessage
            defaultMessage="The checklist’s questions are shown in {language}: <b>translation not yet reviewed</b>. The English text is the reference; the sources are cited in their original language."
            description="Assessment: the checklist content is a translation nobody has reviewed yet (the language’s name follows “in”)"
            values={{ language: isLocale(shown.language) ? intl.formatMessage(LANGUAGE_MESSAGES[shown.language]) : shown.language, b: (text) => <strong>{text}</strong> }}
          />
        </p>
      )}
      {error && (
        <p role="alert" className="alert error">
          <FormattedMessage defaultMessage="Could not save: {problem}" description="Assessment step: saving the step failed (the reason follows)" values={{ problem: error }} />
        </p>
      )}
      {(place === 'setup' || place === 'savingSetup' as WizardPlace) && <SetupStep assessment={assessment} loaded={loaded} actor={actor} readOnly={readOnly} />}
      {(place === 'triage' || place === 'savingTriage' as WizardPlace) && (
        <>
          {assessment.mode === 'audit' && !readOnly && (
            <p className="alert">
              <FormattedMessage defaultMessage="Audit mode: the profile is the respondent’s and is shown read-only." description="Profile step in audit mode" />
            </p>
          )}
          <TriageStep
            // The product step's purpose answers the perspective question: when that arrives, the form starts from it.
            key={String(assessment.triage[loaded.checklist.perspective.question] ?? '')}
            assessment={assessment}
            loaded={loaded}
            lang={shown.textsLanguage}
            actor={actor}
            readOnly={readOnly || assessment.mode === 'audit'}
          />
        </>
      )}
      {STAGES.includes(place as StageId) && (
        <>
          {assessment.mode === 'audit' && !readOnly && (
            <p className="alert">
              <FormattedMessage
                defaultMessage="Audit mode: these are the respondent’s answers, shown read-only. Give your verdicts under Audit review. To answer items yourself, choose another purpose in the Product step."
                description="Checklist stage in audit mode"
              />
            </p>
          )}
          {/* An auditor's review never changes the respondent's answers. */}
          <StageStep stage={place as StageId} assessment={assessment} shown={shown} actor={actor} autosave={autosave} readOnly={readOnly || assessment.mode === 'audit'} />
        </>
      )}
      {place === 'review' && <ReviewStep assessment={assessment} shown={shown} actor={actor} />}
    </div>
  );
}
