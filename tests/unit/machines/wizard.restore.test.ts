import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createActor, type Snapshot } from 'xstate';
import { wizardStateRepository } from '../../../src/db';
import { deleteAll, freshDb } from '../helpers/db';
import { place, startTriaged, walk, wizardWith, type WizardActor } from '../helpers/wizard';

afterEach(deleteAll);

const next = { type: 'item.next' } as const;

/** Restores a stored snapshot into a new actor, as the app does when an assessment is reopened. */
function restore(snapshot: unknown): WizardActor {
  const { machine } = wizardWith();
  const actor = createActor(machine, { snapshot: snapshot as Snapshot<unknown>, input: { assessmentId: 'a1' } });
  actor.start();
  return actor;
}

describe('restoring the wizard from a persisted snapshot', () => {
  it('resumes at the same item with the same remembered positions after a JSON round trip', async () => {
    const { actor } = await startTriaged();
    walk(actor, { type: 'item.jump', stage: 'operation', itemId: 'OPS-02' }, { type: 'item.jump', stage: 'design', itemId: 'DES-02' });
    const stored = JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as unknown;
    actor.stop();

    const resumed = restore(stored);
    expect(place(resumed)).toBe('design/DES-02');
    expect(resumed.getSnapshot().context).toMatchObject({ assessmentId: 'a1', triaged: true, positions: { design: 1, operation: 1 } });
    expect(walk(resumed, next, next, next, { type: 'stage.goto', stage: 'operation' })).toEqual([
      'design/DES-03',
      'deployment/DEP-01',
      'operation/OPS-01',
      'operation/OPS-01',
    ]);
  });

  it('keeps the guards that depend on triage working after restore', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'review.open' });
    const resumed = restore(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
    expect(place(resumed)).toBe('review');
    expect(walk(resumed, { type: 'stage.prev' }, { type: 'item.jump', stage: 'conception', itemId: 'CON-02' }, { type: 'triage.edit' })).toEqual([
      'operation/OPS-02',
      'conception/CON-02',
      'triage',
    ]);
  });

  it('survives a real IndexedDB round trip through the wizard state repository', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'item.jump', stage: 'deployment', itemId: 'DEP-01' });
    const repo = wizardStateRepository(freshDb());
    await repo.save('a1', JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
    const resumed = restore(await repo.load('a1'));
    expect(place(resumed)).toBe('deployment/DEP-01');
    expect(walk(resumed, { type: 'item.prev' })).toEqual(['design/DES-03']);
  });

  it('restores an untriaged wizard at triage without unlocking the stages', async () => {
    const { actor } = await startTriaged({ failTriage: 'offline' });
    const resumed = restore(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
    expect(place(resumed)).toBe('triage');
    expect(walk(resumed, { type: 'stage.goto', stage: 'design' }, { type: 'review.open' })).toEqual(['triage', 'triage']);
  });
});
