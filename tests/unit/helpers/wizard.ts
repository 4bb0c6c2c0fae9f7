import { createActor, fromPromise, waitFor, type Actor } from 'xstate';
import { STAGES, type AssessmentMode, type StageId, type SubjectInput as Subject, type TriageAnswers } from '../../../src/domain';
import { currentItemId, wizardMachine, type ApplicableIds } from '../../../src/machines/wizard.machine';

export const SUBJECT: Subject = { productName: 'FaceGate', version: '2.1', organisation: 'Acme', description: '', assessor: 'R. Auditor' };

export const APPLICABLE: ApplicableIds = {
  conception: ['CON-01', 'CON-02'],
  design: ['DES-01', 'DES-02', 'DES-03'],
  deployment: ['DEP-01'],
  operation: ['OPS-01', 'OPS-02'],
};

export interface Calls {
  setup: { assessmentId: string; subject: Subject; mode: AssessmentMode }[];
  triage: { assessmentId: string; triage: TriageAnswers }[];
}

export interface WizardOptions {
  /** What saveTriage returns: a fixed list, or one computed from the triage. */
  applicable?: ApplicableIds | ((triage: TriageAnswers) => ApplicableIds);
  failSetup?: string;
  failTriage?: string;
}

/** The wizard with its two save actors swapped for in-memory fakes that record their input. */
export function wizardWith(options: WizardOptions = {}, calls: Calls = { setup: [], triage: [] }) {
  const machine = wizardMachine.provide({
    actors: {
      saveSetup: fromPromise<void, Calls['setup'][number]>(async ({ input }) => {
        calls.setup.push(input);
        if (options.failSetup) throw new Error(options.failSetup);
      }),
      saveTriage: fromPromise<ApplicableIds, Calls['triage'][number]>(async ({ input }) => {
        calls.triage.push(input);
        if (options.failTriage) throw new Error(options.failTriage);
        const a = options.applicable ?? APPLICABLE;
        return typeof a === 'function' ? a(input.triage) : a;
      }),
    },
  });
  return { machine, calls };
}

export type WizardActor = Actor<ReturnType<typeof wizardWith>['machine']>;

export function startWizard(options: WizardOptions = {}, input: { applicable?: ApplicableIds; triaged?: boolean } = {}) {
  const { machine, calls } = wizardWith(options);
  const actor = createActor(machine, { input: { assessmentId: 'a1', ...input } });
  actor.start();
  return { actor, calls, machine };
}

/** Where the person is, as "stage/ITEM" (or "stage/-" for a stage with no items), or the state name. */
export function place(actor: WizardActor): string {
  const s = actor.getSnapshot();
  const value = s.value as string;
  if (!(STAGES as readonly string[]).includes(value)) return value;
  return `${value}/${currentItemId(s.context, value as StageId) ?? '-'}`;
}

/** Sends events one by one and returns the place after each. */
export function walk(actor: WizardActor, ...events: Parameters<WizardActor['send']>[0][]): string[] {
  return events.map((e) => {
    actor.send(e);
    return place(actor);
  });
}

export async function settled(actor: WizardActor): Promise<void> {
  await waitFor(actor, (s) => !s.matches('savingSetup') && !s.matches('savingTriage'));
}

/** Setup and triage done: the person stands on the first conception item. */
export async function startTriaged(options: WizardOptions = {}, triage: TriageAnswers = { role: 'builder' }) {
  const started = startWizard(options);
  started.actor.send({ type: 'setup.submit', subject: SUBJECT, mode: 'self' });
  await settled(started.actor);
  started.actor.send({ type: 'triage.submit', triage });
  await settled(started.actor);
  return started;
}
