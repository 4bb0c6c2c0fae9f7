import { assign, fromPromise, setup } from 'xstate';
import { changeTarget, type AssessmentChangeInput as AssessmentChange } from '../domain';

/**
 * Debounced saving of answer edits. Guarantees: changes are saved in the order
 * they were made; a later edit of the same item replaces an unsaved earlier one;
 * `autosave.flush` saves at once (used on page hide and on navigation). A failed
 * save stops there: no further attempt until `autosave.retry` (Chromium resets a
 * store after repeated failed writes), edits made meanwhile queue behind the
 * failed ones, and the error is kept so the person can be told and decide.
 */
export const AUTOSAVE_DELAY_MS = 400;

type Pending = { key: string; change: AssessmentChange }[];

export interface AutosaveContext {
  pending: Pending;
  saving: Pending;
  lastSavedAt: number | null;
  error: string | null;
  /** What the failed save threw, for the UI to explain in plain words. */
  cause: unknown;
}

export type AutosaveEvent =
  | { type: 'autosave.change'; change: AssessmentChange }
  | { type: 'autosave.flush' }
  | { type: 'autosave.retry' };

const keyOf = changeTarget;

function enqueue(pending: Pending, change: AssessmentChange): Pending {
  const key = keyOf(change);
  return [...pending.filter((p) => p.key !== key), { key, change }];
}

export const autosaveMachine = setup({
  types: { context: {} as AutosaveContext, events: {} as AutosaveEvent },
  actors: {
    persist: fromPromise<void, { changes: AssessmentChange[] }>(async () => {
      throw new Error('persist is not provided');
    }),
  },
  delays: { debounce: AUTOSAVE_DELAY_MS },
  actions: {
    enqueue: assign({
      pending: ({ context, event }) => (event.type === 'autosave.change' ? enqueue(context.pending, event.change) : context.pending),
    }),
  },
  guards: {
    hasPending: ({ context }) => context.pending.length > 0,
  },
}).createMachine({
  id: 'autosave',
  context: { pending: [], saving: [], lastSavedAt: null, error: null, cause: null },
  initial: 'idle',
  states: {
    idle: {
      on: {
        'autosave.change': { target: 'waiting', actions: 'enqueue' },
        'autosave.flush': { guard: 'hasPending', target: 'saving' },
      },
    },
    waiting: {
      after: { debounce: 'saving' },
      on: {
        'autosave.change': { target: 'waiting', reenter: true, actions: 'enqueue' },
        'autosave.flush': 'saving',
      },
    },
    saving: {
      entry: assign(({ context }) => ({ saving: context.pending, pending: [] })),
      invoke: {
        src: 'persist',
        input: ({ context }) => ({ changes: context.saving.map((p) => p.change) }),
        onDone: [
          { guard: 'hasPending', target: 'saving', reenter: true, actions: assign({ saving: [], lastSavedAt: () => Date.now(), error: null, cause: null }) },
          { target: 'idle', actions: assign({ saving: [], lastSavedAt: () => Date.now(), error: null, cause: null }) },
        ],
        onError: {
          target: 'failed',
          // Put what failed back in front of anything edited since, keeping the order.
          actions: assign(({ context, event }) => ({
            pending: [...context.saving.filter((p) => !context.pending.some((q) => q.key === p.key)), ...context.pending],
            saving: [],
            error: String((event.error as Error)?.message ?? event.error),
            cause: event.error,
          })),
        },
      },
      on: { 'autosave.change': { actions: 'enqueue' } },
    },
    failed: {
      on: {
        'autosave.change': { actions: 'enqueue' },
        'autosave.retry': { guard: 'hasPending', target: 'saving' },
      },
    },
  },
});
