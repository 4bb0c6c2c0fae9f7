import { assign, fromPromise, setup } from 'xstate';
import { z } from 'zod';
import {
  AssessmentModeSchema,
  STAGES,
  SubjectSchema,
  TriageValueSchema,
  type AssessmentMode,
  type StageId,
  type SubjectInput,
  type TriageAnswers,
} from '../domain';

/** Item ids that apply in each stage, worked out from the triage by the save actor. */
export type ApplicableIds = Record<StageId, string[]>;
export type WizardPlace = 'setup' | 'triage' | StageId | 'review';

export const WizardPersistableStates: readonly WizardPlace[] = ['setup', 'triage', ...STAGES, 'review'];

export interface WizardContext {
  assessmentId: string;
  applicable: ApplicableIds;
  /** Position within each stage's applicable items; kept per stage so coming back resumes there. */
  positions: Record<StageId, number>;
  triaged: boolean;
  error: string | null;
}

export type WizardEvent =
  /** `triage`: the profile answers with the purpose's perspective, when it changes them (saved after the subject). */
  | { type: 'setup.submit'; subject: SubjectInput; mode: AssessmentMode; triage?: TriageAnswers | null }
  /** The product step was saved before the walk started (an assessment is created by its first save): go on to the profile. */
  | { type: 'setup.saved' }
  | { type: 'triage.submit'; triage: TriageAnswers }
  | { type: 'item.next' }
  | { type: 'item.prev' }
  | { type: 'item.jump'; stage: StageId; itemId: string }
  | { type: 'stage.next' }
  | { type: 'stage.prev' }
  | { type: 'stage.goto'; stage: StageId }
  | { type: 'review.open' }
  | { type: 'setup.edit' }
  | { type: 'triage.edit' }
  /** The profile was saved without "Continue" (the person left it another way): apply it, stay put. */
  | { type: 'triage.applied'; applicable: ApplicableIds };

const SetupEventSchema = z.object({ subject: SubjectSchema, mode: AssessmentModeSchema });
const TriageEventSchema = z.object({ triage: z.record(z.string(), TriageValueSchema) });

export const emptyApplicable = (): ApplicableIds =>
  Object.fromEntries(STAGES.map((s) => [s, []])) as unknown as ApplicableIds;
const zeroPositions = (): Record<StageId, number> =>
  Object.fromEntries(STAGES.map((s) => [s, 0])) as unknown as Record<StageId, number>;

const clamp = (n: number, length: number) => Math.max(0, Math.min(n, Math.max(0, length - 1)));

/** A stage's state: walk its items; past either end, move to the neighbouring place. */
function stageState(stage: StageId, index: number) {
  const prev = index === 0 ? 'triage' : STAGES[index - 1]!;
  const next = index === STAGES.length - 1 ? 'review' : STAGES[index + 1]!;
  const enterNext = next === 'review' ? [] : [{ type: 'placeAt' as const, params: { stage: next as StageId, where: 'first' as const } }];
  const enterPrev = index === 0 ? [] : [{ type: 'placeAt' as const, params: { stage: prev as StageId, where: 'last' as const } }];
  return {
    on: {
      'item.next': [
        { guard: { type: 'hasNextItem' as const, params: { stage } }, actions: { type: 'step' as const, params: { stage, by: 1 as const } } },
        { target: next, actions: enterNext },
      ],
      'item.prev': [
        { guard: { type: 'hasPrevItem' as const, params: { stage } }, actions: { type: 'step' as const, params: { stage, by: -1 as const } } },
        { target: prev, actions: enterPrev },
      ],
      'stage.next': { target: next, actions: enterNext },
      'stage.prev': { target: prev },
    },
  };
}

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as { assessmentId: string; applicable?: ApplicableIds; triaged?: boolean },
  },
  actors: {
    saveSetup: fromPromise<void, { assessmentId: string; subject: SubjectInput; mode: AssessmentMode; triage?: TriageAnswers | null }>(async () => {
      throw new Error('saveSetup is not provided');
    }),
    saveTriage: fromPromise<ApplicableIds, { assessmentId: string; triage: TriageAnswers }>(async () => {
      throw new Error('saveTriage is not provided');
    }),
  },
  guards: {
    hasNextItem: ({ context }, params: { stage: StageId }) =>
      context.positions[params.stage] < context.applicable[params.stage].length - 1,
    hasPrevItem: ({ context }, params: { stage: StageId }) => context.positions[params.stage] > 0,
    setupValid: ({ event }) => SetupEventSchema.safeParse(event).success,
    triageValid: ({ event }) => TriageEventSchema.safeParse(event).success,
    triaged: ({ context }) => context.triaged,
    knownItem: ({ context, event }) =>
      context.triaged && event.type === 'item.jump' && context.applicable[event.stage].includes(event.itemId),
  },
  actions: {
    step: assign(({ context }, params: { stage: StageId; by: 1 | -1 }) => ({
      positions: { ...context.positions, [params.stage]: context.positions[params.stage] + params.by },
    })),
    placeAt: assign(({ context }, params: { stage: StageId; where: 'first' | 'last' }) => ({
      positions: {
        ...context.positions,
        [params.stage]: params.where === 'first' ? 0 : Math.max(0, context.applicable[params.stage].length - 1),
      },
    })),
    jumpTo: assign({
      positions: ({ context, event }) =>
        event.type === 'item.jump'
          ? { ...context.positions, [event.stage]: context.applicable[event.stage].indexOf(event.itemId) }
          : context.positions,
    }),
    clearError: assign({ error: null }),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    assessmentId: input.assessmentId,
    applicable: input.applicable ?? emptyApplicable(),
    positions: zeroPositions(),
    triaged: input.triaged ?? false,
    error: null,
  }),
  initial: 'setup',
  on: {
    'triage.applied': {
      actions: assign(({ context, event }) => ({
        applicable: event.applicable,
        triaged: true,
        positions: Object.fromEntries(STAGES.map((s) => [s, clamp(context.positions[s], event.applicable[s].length)])) as Record<StageId, number>,
      })),
    },
    'setup.edit': { target: '.setup' },
    'triage.edit': { target: '.triage', guard: 'triaged' },
    'review.open': { target: '.review', guard: 'triaged' },
    'stage.goto': [
      ...STAGES.map((stage) => ({
        target: `.${stage}`,
        guard: ({ context, event }: { context: WizardContext; event: WizardEvent }) =>
          context.triaged && event.type === 'stage.goto' && event.stage === stage,
      })),
    ],
    'item.jump': [
      ...STAGES.map((stage) => ({
        target: `.${stage}`,
        guard: ({ context, event }: { context: WizardContext; event: WizardEvent }) =>
          context.triaged && event.type === 'item.jump' && event.stage === stage && context.applicable[stage].includes(event.itemId),
        actions: 'jumpTo' as const,
      })),
    ],
  },
  states: {
    setup: {
      on: { 'setup.submit': { guard: 'setupValid', target: 'savingSetup', actions: 'clearError' }, 'setup.saved': 'triage' },
    },
    savingSetup: {
      invoke: {
        src: 'saveSetup',
        input: ({ context, event }) => {
          const e = event as Extract<WizardEvent, { type: 'setup.submit' }>;
          return { assessmentId: context.assessmentId, subject: e.subject, mode: e.mode, ...(e.triage ? { triage: e.triage } : {}) };
        },
        onDone: 'triage',
        onError: { target: 'setup', actions: assign({ error: ({ event }) => String((event.error as Error)?.message ?? event.error) }) },
      },
    },
    triage: {
      on: { 'triage.submit': { guard: 'triageValid', target: 'savingTriage', actions: 'clearError' } },
    },
    savingTriage: {
      invoke: {
        src: 'saveTriage',
        input: ({ context, event }) => ({
          assessmentId: context.assessmentId,
          triage: (event as Extract<WizardEvent, { type: 'triage.submit' }>).triage,
        }),
        onDone: {
          target: 'conception',
          actions: assign(({ context, event }) => ({
            applicable: event.output,
            triaged: true,
            positions: Object.fromEntries(
              STAGES.map((s) => [s, s === 'conception' ? 0 : clamp(context.positions[s], event.output[s].length)]),
            ) as Record<StageId, number>,
          })),
        },
        onError: { target: 'triage', actions: assign({ error: ({ event }) => String((event.error as Error)?.message ?? event.error) }) },
      },
    },
    conception: stageState('conception', 0),
    design: stageState('design', 1),
    deployment: stageState('deployment', 2),
    operation: stageState('operation', 3),
    review: {
      on: { 'stage.prev': { target: 'operation', actions: { type: 'placeAt', params: { stage: 'operation', where: 'last' } } } },
    },
  },
});

export type WizardMachine = typeof wizardMachine;

/** The current item id of a stage, or null when no item applies there. */
export function currentItemId(context: WizardContext, stage: StageId): string | null {
  return context.applicable[stage][context.positions[stage]] ?? null;
}
