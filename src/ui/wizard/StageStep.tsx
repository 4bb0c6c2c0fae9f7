import { useSelector } from '@xstate/react';
import type { ActorRefFrom } from 'xstate';
import { STAGES, isAnswered, isBuyerAssessment, resolveChecklist, type Assessment, type StageId } from '../../domain';
import { itemLanguage, type ChecklistInLanguage } from './useChecklistLanguage';
import { currentItemId, type wizardMachine } from '../../machines/wizard.machine';
import { ItemCard } from './ItemCard';
import { StageOutline } from './StageOutline';
import type { useAutosave } from './useAutosave';
import { useLeaveGuard } from '../assessment/leaveGuard';
import { useFocusOnChange } from '../common/useFocusOnChange';
import { STAGE_MESSAGES } from '../common/codeWords';
import { FormattedMessage, useIntl } from '../../i18n/react';

export function StageStep(props: {
  stage: StageId;
  assessment: Assessment;
  shown: ChecklistInLanguage;
  actor: ActorRefFrom<typeof wizardMachine>;
  autosave: ReturnType<typeof useAutosave>;
  readOnly?: boolean;
}) {
  const { stage, actor, shown, assessment } = props;
  const { loaded } = shown;
  const leave = useLeaveGuard();
  const intl = useIntl();
  const stageName = intl.formatMessage(STAGE_MESSAGES[stage]);
  const itemId = useSelector(actor, (s) => currentItemId(s.context, stage));
  const position = useSelector(actor, (s) => s.context.positions[stage]);
  const applicableIds = useSelector(actor, (s) => s.context.applicable[stage]);
  const resolved = resolveChecklist(loaded.checklist, assessment.triage);
  const item = loaded.checklist.items.find((i) => i.id === itemId);
  const stageMeta = loaded.checklist.stages.find((s) => s.id === stage)!;
  const isLastStage = stage === STAGES[STAGES.length - 1];
  const isLastItem = position >= applicableIds.length - 1;
  const answered = applicableIds.filter((id) => isAnswered(assessment, id)).length;
  // "Next", "Previous" and the outline move focus to the new question, so a screen reader reads it at once.
  useFocusOnChange(`${stage}/${itemId}`, () => (itemId ? document.getElementById(`q-${itemId}`) : null));

  const send = (event: Parameters<typeof actor.send>[0]) => {
    props.autosave.flush();
    leave.guard(() => actor.send(event));
  };

  return (
    <div className="stage-layout">
      <section aria-labelledby="stage-title" className="stage-main">
        <h2 id="stage-title">
          {stageName}
          {item && (
            <span className="muted">
              {' '}
              <FormattedMessage
                defaultMessage="— item {position, number} of {count, number}"
                description="Stage heading, after the stage’s name: which item of the stage is shown"
                values={{ position: position + 1, count: applicableIds.length }}
              />
            </span>
          )}
        </h2>
        <p className="muted" lang={shown.textsLanguage}>{stageMeta.summary}</p>
        <div className="stage-progress">
          <progress max={Math.max(1, applicableIds.length)} value={answered} aria-labelledby="stage-progress-text" />
          <span id="stage-progress-text">
            <FormattedMessage
              defaultMessage="{answered, number} of {count, number} answered in {stage}"
              description="Stage progress under its heading"
              values={{ answered, count: applicableIds.length, stage: stageName }}
            />
          </span>
        </div>
        {item ? (
          <ItemCard
            // Read-only, the form follows the editing tab's changes by remounting on each.
            key={props.readOnly ? `${item.id}@${assessment.updatedAt}` : item.id}
            item={item}
            assessment={assessment}
            loaded={loaded}
            language={shown.language}
            translated={shown.review !== null && !shown.inEnglish.has(item.id)}
            unreviewed={shown.review?.status === 'not-reviewed'}
            onChange={props.autosave.change}
            readOnly={props.readOnly ?? false}
          />
        ) : (
          <p className="panel">
            <FormattedMessage defaultMessage="No item applies in this stage for your profile. Skipped items are listed beside." description="Stage with no applicable item" />
          </p>
        )}
        <div className="button-row nav-buttons">
          <button type="button" onClick={() => send({ type: 'item.prev' })}>
            <FormattedMessage defaultMessage="Previous" description="Checklist: go to the previous item" />
          </button>
          <button type="button" className="primary" onClick={() => send({ type: 'item.next' })}>
            {!isLastItem ? (
              <FormattedMessage defaultMessage="Next" description="Checklist: go to the next item" />
            ) : isLastStage ? (
              <FormattedMessage defaultMessage="Go to review" description="Checklist: after the last item of the last stage" />
            ) : (
              <FormattedMessage
                defaultMessage="Next stage: {stage}"
                description="Checklist: after a stage’s last item, go to the next stage"
                values={{ stage: intl.formatMessage(STAGE_MESSAGES[STAGES[STAGES.indexOf(stage) + 1]!]) }}
              />
            )}
          </button>
        </div>
      </section>
      <StageOutline
        buyer={isBuyerAssessment(loaded.checklist, assessment.triage)}
        stage={stage}
        assessment={assessment}
        resolved={resolved}
        currentItemId={itemId}
        itemLang={(id) => itemLanguage(shown, id)}
        onJump={(id) => send({ type: 'item.jump', stage, itemId: id })}
      />
    </div>
  );
}
