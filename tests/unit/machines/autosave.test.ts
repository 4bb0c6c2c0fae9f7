import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import type { AssessmentChangeInput as AssessmentChange } from '../../../src/domain';
import { AUTOSAVE_DELAY_MS, autosaveMachine } from '../../../src/machines/autosave.machine';
import { answer } from '../helpers/assessment';

interface PersistCall {
  changes: AssessmentChange[];
  resolve: () => void;
  reject: (error: Error) => void;
}

/** An autosave actor whose persist calls wait until the test settles them. */
function startAutosave() {
  const calls: PersistCall[] = [];
  const machine = autosaveMachine.provide({
    actors: {
      persist: fromPromise<void, { changes: AssessmentChange[] }>(
        ({ input }) => new Promise<void>((resolve, reject) => calls.push({ changes: input.changes, resolve, reject })),
      ),
    },
  });
  const actor = createActor(machine).start();
  const edit = (change: AssessmentChange) => actor.send({ type: 'autosave.change', change });
  const state = () => actor.getSnapshot().value;
  const context = () => actor.getSnapshot().context;
  return { actor, calls, edit, state, context };
}

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);
const notes = (changes: AssessmentChange[] | undefined) =>
  (changes ?? []).map((c) => (c.type === 'answer.set' ? `${c.itemId}:${c.notes}` : c.type));

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-04-01T12:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

describe('debounce', () => {
  it('saves nothing before the delay and everything once, right after it', async () => {
    const { calls, edit, state, context } = startAutosave();
    edit(answer('CON-01', 'yes', 'a'));
    await tick(AUTOSAVE_DELAY_MS - 1);
    expect(calls).toHaveLength(0);
    expect(state()).toBe('waiting');
    await tick(1);
    expect(calls).toHaveLength(1);
    expect(notes(calls[0]?.changes)).toEqual(['CON-01:a']);
    calls[0]?.resolve();
    await tick();
    expect(state()).toBe('idle');
    expect(context()).toMatchObject({ pending: [], saving: [], error: null, lastSavedAt: Date.parse('2026-04-01T12:00:00.400Z') });
  });

  it('restarts the delay on every edit, so steady typing saves once at the end', async () => {
    const { calls, edit } = startAutosave();
    edit(answer('CON-01', 'yes', 'a'));
    await tick(300);
    edit(answer('CON-02', 'no', 'b'));
    await tick(300);
    expect(calls).toHaveLength(0);
    await tick(AUTOSAVE_DELAY_MS - 300);
    expect(calls).toHaveLength(1);
    expect(notes(calls[0]?.changes)).toEqual(['CON-01:a', 'CON-02:b']);
  });
});

describe('what is saved', () => {
  it('coalesces edits of the same item into the latest one', async () => {
    const { calls, edit } = startAutosave();
    edit(answer('CON-01', 'no', 'first'));
    edit(answer('CON-01', 'partial', 'second'));
    await tick(AUTOSAVE_DELAY_MS);
    expect(calls[0]?.changes).toEqual([answer('CON-01', 'partial', 'second')]);
  });

  it('keeps an answer and a review of the same item apart', async () => {
    const { calls, edit } = startAutosave();
    const review: AssessmentChange = {
      type: 'review.set',
      itemId: 'CON-01',
      review: { verdict: 'accepted', comment: '', reviewedAt: '2026-04-01T12:00:00.000Z', reviewedBy: '' },
    };
    edit(answer('CON-01', 'yes'));
    edit(review);
    await tick(AUTOSAVE_DELAY_MS);
    expect(calls[0]?.changes.map((c) => c.type)).toEqual(['answer.set', 'review.set']);
  });

  it('keeps the order in which the latest edits were made', async () => {
    const { calls, edit } = startAutosave();
    edit(answer('CON-01', 'yes', 'a1'));
    edit(answer('DES-01', 'yes', 'b'));
    edit({ type: 'progress.set', progress: { stageReached: 'design' } });
    edit(answer('CON-01', 'yes', 'a2'));
    await tick(AUTOSAVE_DELAY_MS);
    expect(notes(calls[0]?.changes)).toEqual(['DES-01:b', 'progress.set', 'CON-01:a2']);
  });
});

describe('flush', () => {
  it('saves at once, without waiting for the delay', async () => {
    const { actor, calls, edit, state } = startAutosave();
    edit(answer('CON-01', 'yes', 'a'));
    actor.send({ type: 'autosave.flush' });
    expect(state()).toBe('saving');
    await tick();
    expect(notes(calls[0]?.changes)).toEqual(['CON-01:a']);
  });

  it('does nothing when nothing is pending', async () => {
    const { actor, calls, state } = startAutosave();
    actor.send({ type: 'autosave.flush' });
    await tick(AUTOSAVE_DELAY_MS * 2);
    expect(state()).toBe('idle');
    expect(calls).toHaveLength(0);
  });
});

describe('edits during a save', () => {
  it('are left out of the running save and saved in a second round straight after it', async () => {
    const { calls, edit, state } = startAutosave();
    edit(answer('CON-01', 'yes', 'a'));
    await tick(AUTOSAVE_DELAY_MS);
    edit(answer('CON-01', 'no', 'a-again'));
    edit(answer('CON-02', 'yes', 'b'));
    expect(notes(calls[0]?.changes)).toEqual(['CON-01:a']);
    calls[0]?.resolve();
    await tick();
    expect(calls).toHaveLength(2);
    expect(notes(calls[1]?.changes)).toEqual(['CON-01:a-again', 'CON-02:b']);
    calls[1]?.resolve();
    await tick();
    expect(state()).toBe('idle');
  });
});

describe('a failed save', () => {
  it('reports the error and keeps the changes pending, without retrying on its own', async () => {
    const { calls, edit, state, context } = startAutosave();
    edit(answer('CON-01', 'yes', 'a'));
    edit(answer('CON-02', 'no', 'b'));
    await tick(AUTOSAVE_DELAY_MS);
    calls[0]?.reject(new Error('QuotaExceededError'));
    await tick();
    expect(state()).toBe('failed');
    expect(context().error).toBe('QuotaExceededError');
    expect(notes(context().pending.map((p) => p.change))).toEqual(['CON-01:a', 'CON-02:b']);
    await tick(AUTOSAVE_DELAY_MS * 10);
    expect(calls).toHaveLength(1);
  });

  it('is not retried by a flush (leaving the page), only by an explicit retry, which clears the error on success', async () => {
    const { actor, calls, edit, state, context } = startAutosave();
    edit(answer('CON-01', 'yes', 'a'));
    await tick(AUTOSAVE_DELAY_MS);
    const failure = new Error('locked');
    calls[0]?.reject(failure);
    await tick();
    expect(context().cause).toBe(failure);
    actor.send({ type: 'autosave.flush' });
    await tick(AUTOSAVE_DELAY_MS);
    expect(calls).toHaveLength(1);
    expect(state()).toBe('failed');
    actor.send({ type: 'autosave.retry' });
    await tick();
    expect(notes(calls[1]?.changes)).toEqual(['CON-01:a']);
    calls[1]?.resolve();
    await tick();
    expect(state()).toBe('idle');
    expect(context()).toMatchObject({ error: null, cause: null, pending: [] });
  });

  it('puts the failed changes before newer edits, and lets a newer edit of the same item win', async () => {
    const { calls, edit, context } = startAutosave();
    edit(answer('CON-01', 'yes', 'a'));
    edit(answer('CON-02', 'yes', 'b'));
    await tick(AUTOSAVE_DELAY_MS);
    edit(answer('CON-02', 'no', 'b-newer'));
    edit(answer('CON-03', 'yes', 'c'));
    calls[0]?.reject(new Error('offline'));
    await tick();
    expect(notes(context().pending.map((p) => p.change))).toEqual(['CON-01:a', 'CON-02:b-newer', 'CON-03:c']);
  });

  it('keeps new edits queued behind the failed ones without trying again, and saves them all on retry', async () => {
    const { actor, calls, edit, state } = startAutosave();
    edit(answer('CON-01', 'yes', 'a'));
    await tick(AUTOSAVE_DELAY_MS);
    calls[0]?.reject(new Error('offline'));
    await tick();
    edit(answer('CON-02', 'yes', 'b'));
    await tick(AUTOSAVE_DELAY_MS * 10);
    expect(state()).toBe('failed');
    expect(calls).toHaveLength(1);
    actor.send({ type: 'autosave.retry' });
    await tick();
    expect(notes(calls[1]?.changes)).toEqual(['CON-01:a', 'CON-02:b']);
  });
});
