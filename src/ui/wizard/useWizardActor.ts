import { useEffect, useRef } from 'react';
import { useActorRef } from '@xstate/react';
import { fromPromise, type SnapshotFrom } from 'xstate';
import { ChangeRefusedError, type Assessment } from '../../domain';
import { refusalWords } from '../common/refusals';
import type { LoadedChecklist } from '../../app/checklistCatalog';
import { useServices } from '../../app/services';
import { wizardMachine } from '../../machines/wizard.machine';
import { applicableIds, furthestPlace, isPersistablePlace } from '../../machines/wizardPersistence';
import { takeJustCreated } from './justCreated';
import { useIntl, type IntlShape } from '../../i18n/react';

/**
 * Starts the wizard for one assessment, restored from its saved snapshot when
 * there is one, and saves the snapshot after every settled step so a reload
 * returns to exactly the same place.
 */
export function useWizardActor(assessment: Assessment, loaded: LoadedChecklist, initialSnapshot: unknown, readOnly = false) {
  const services = useServices();
  // The machine keeps an error's words: a refusal is put in the language chosen when it happens.
  const words = useIntl();
  const intl = useRef(words);
  intl.current = words;
  const inWords = (error: unknown) => refusalInWords(error, intl.current);
  const reached = useRef(assessment.progress.stageReached);
  const triaged = assessment.progress.stageReached !== 'setup' && assessment.progress.stageReached !== 'triage';

  const actor = useActorRef(
    wizardMachine.provide({
      actors: {
        saveSetup: fromPromise(async ({ input }) => {
          await services.assessments.commit(input.assessmentId, { type: 'subject.set', subject: input.subject, mode: input.mode }).catch(inWords);
          // After the subject: leaving audit mode first is what lets the perspective change.
          if (input.triage) await services.assessments.commit(input.assessmentId, { type: 'triage.set', triage: input.triage }).catch(inWords);
        }),
        saveTriage: fromPromise(async ({ input }) => {
          const saved = await services.assessments.commit(input.assessmentId, { type: 'triage.set', triage: input.triage }).catch(inWords);
          return applicableIds(loaded.checklist, saved.triage);
        }),
      },
    }),
    {
      input: { assessmentId: assessment.id, triaged, applicable: applicableIds(loaded.checklist, assessment.triage) },
      ...(initialSnapshot ? { snapshot: initialSnapshot as SnapshotFrom<typeof wizardMachine> } : {}),
    },
  );

  useEffect(() => {
    // An imported or pre-existing assessment without a saved position opens where it was left.
    if (!initialSnapshot && triaged) actor.send({ type: 'review.open' });
    // Just created by its first save (the product step): the walk goes on with the profile.
    else if (!initialSnapshot && takeJustCreated(assessment.id)) actor.send({ type: 'setup.saved' });
    const subscription = actor.subscribe((snapshot) => {
      // A read-only tab walks the checklist without moving the editing tab's place.
      if (readOnly || !isPersistablePlace(snapshot.value)) return;
      // The place in the wizard is a convenience: when storage fails, the answers'
      // own failure is what the person is told about, not this.
      services.wizardStates.save(assessment.id, actor.getPersistedSnapshot()).catch(notSaved);
      const next = furthestPlace(reached.current, snapshot.value);
      if (next !== reached.current) {
        reached.current = next;
        services.assessments.commit(assessment.id, { type: 'progress.set', progress: { stageReached: next } }).catch(notSaved);
      }
    });
    return () => subscription.unsubscribe();
    // The actor and assessment id are fixed for this component's life (keyed by id).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actor]);

  return actor;
}

/** The machine shows an error's message: a refusal's code becomes the app's words for it. */
function refusalInWords(error: unknown, intl: IntlShape): never {
  if (!(error instanceof ChangeRefusedError)) throw error;
  const { problem } = refusalWords(error.code, intl);
  throw new Error(problem.charAt(0).toUpperCase() + problem.slice(1));
}

const notSaved = (error: unknown) => console.warn('The wizard position was not saved:', error);
