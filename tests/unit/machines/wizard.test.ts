import { describe, expect, it } from 'vitest';
import type { AssessmentMode } from '../../../src/domain';
import { APPLICABLE, place, settled, startTriaged, startWizard, SUBJECT, walk } from '../helpers/wizard';

const next = { type: 'item.next' } as const;
const prev = { type: 'item.prev' } as const;

describe('setup', () => {
  it('saves a valid subject, then moves on to triage', async () => {
    const { actor, calls } = startWizard();
    actor.send({ type: 'setup.submit', subject: SUBJECT, mode: 'audit' });
    expect(place(actor)).toBe('savingSetup');
    await settled(actor);
    expect(place(actor)).toBe('triage');
    expect(calls.setup).toEqual([{ assessmentId: 'a1', subject: SUBJECT, mode: 'audit' }]);
  });

  it.each([
    ['a blank product name', { subject: { ...SUBJECT, productName: '   ' }, mode: 'self' as AssessmentMode }],
    ['an unknown mode', { subject: SUBJECT, mode: 'survey' as AssessmentMode }],
  ])('does not leave setup or save for %s', async (_name, payload) => {
    const { actor, calls } = startWizard();
    actor.send({ type: 'setup.submit', ...payload });
    await Promise.resolve();
    expect(place(actor)).toBe('setup');
    expect(calls.setup).toEqual([]);
  });

  it('returns to setup with the error when saving fails, and clears it on the next submit', async () => {
    const { actor } = startWizard({ failSetup: 'disk full' });
    actor.send({ type: 'setup.submit', subject: SUBJECT, mode: 'self' });
    await settled(actor);
    expect(place(actor)).toBe('setup');
    expect(actor.getSnapshot().context.error).toBe('disk full');
    actor.send({ type: 'setup.submit', subject: SUBJECT, mode: 'self' });
    expect(actor.getSnapshot().context.error).toBeNull();
  });
});

describe('triage', () => {
  it('saves the triage and opens the first applicable conception item with the lists the save returned', async () => {
    const { actor, calls } = await startTriaged({}, { role: 'buyer', tech: ['ai'] });
    expect(place(actor)).toBe('conception/CON-01');
    expect(actor.getSnapshot().context.applicable).toEqual(APPLICABLE);
    expect(actor.getSnapshot().context.triaged).toBe(true);
    expect(calls.triage).toEqual([{ assessmentId: 'a1', triage: { role: 'buyer', tech: ['ai'] } }]);
  });

  it('ignores a triage with a value that is not an answer', async () => {
    const { actor, calls } = startWizard();
    actor.send({ type: 'setup.submit', subject: SUBJECT, mode: 'self' });
    await settled(actor);
    actor.send({ type: 'triage.submit', triage: { size: 3 } as never });
    expect(place(actor)).toBe('triage');
    expect(calls.triage).toEqual([]);
  });

  it('returns to triage with the error when saving fails, still untriaged', async () => {
    const { actor } = await startTriaged({ failTriage: 'quota exceeded' });
    expect(place(actor)).toBe('triage');
    expect(actor.getSnapshot().context).toMatchObject({ error: 'quota exceeded', triaged: false });
  });

  it('clamps remembered positions when a new triage shortens a stage, and restarts conception', async () => {
    const shorter = { ...APPLICABLE, conception: ['CON-02'], design: ['DES-01'] };
    let applicable = APPLICABLE;
    const { actor } = await startTriaged({ applicable: () => applicable });
    actor.send({ type: 'item.jump', stage: 'conception', itemId: 'CON-02' });
    actor.send({ type: 'item.jump', stage: 'operation', itemId: 'OPS-02' });
    actor.send({ type: 'item.jump', stage: 'design', itemId: 'DES-03' });
    actor.send({ type: 'triage.edit' });
    applicable = shorter;
    actor.send({ type: 'triage.submit', triage: { role: 'buyer' } });
    await settled(actor);
    expect(actor.getSnapshot().context.positions).toEqual({ conception: 0, design: 0, deployment: 0, operation: 1 });
    expect(place(actor)).toBe('conception/CON-02');
    expect(walk(actor, { type: 'stage.goto', stage: 'design' }, { type: 'stage.goto', stage: 'operation' })).toEqual(['design/DES-01', 'operation/OPS-02']);
  });
});

describe('item.next and item.prev', () => {
  it('walk every item forwards across stages, then open the review', async () => {
    const { actor } = await startTriaged();
    expect(walk(actor, next, next, next, next, next, next, next, next)).toEqual([
      'conception/CON-02',
      'design/DES-01',
      'design/DES-02',
      'design/DES-03',
      'deployment/DEP-01',
      'operation/OPS-01',
      'operation/OPS-02',
      'review',
    ]);
  });

  it('go back from the first conception item to triage', async () => {
    const { actor } = await startTriaged();
    expect(walk(actor, next, prev, prev)).toEqual(['conception/CON-02', 'conception/CON-01', 'triage']);
  });

  it('enter the previous stage on its last item', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'item.jump', stage: 'operation', itemId: 'OPS-01' });
    expect(walk(actor, prev, prev, prev)).toEqual(['deployment/DEP-01', 'design/DES-03', 'design/DES-02']);
  });

  it('pass through a stage with no applicable items in both directions', async () => {
    const { actor } = await startTriaged({ applicable: { ...APPLICABLE, conception: [], deployment: [] } });
    expect(place(actor)).toBe('conception/-');
    expect(walk(actor, next, next, next, next, next)).toEqual(['design/DES-01', 'design/DES-02', 'design/DES-03', 'deployment/-', 'operation/OPS-01']);
    expect(walk(actor, prev, prev)).toEqual(['deployment/-', 'design/DES-03']);
    actor.send({ type: 'stage.goto', stage: 'conception' });
    expect(walk(actor, prev)).toEqual(['triage']);
  });
});

describe('stage.next, stage.prev and stage.goto', () => {
  it('stage.next opens the next stage at its first item, and the review after operation', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'item.jump', stage: 'design', itemId: 'DES-03' });
    actor.send({ type: 'stage.goto', stage: 'conception' });
    expect(walk(actor, { type: 'stage.next' }, { type: 'stage.next' }, { type: 'stage.next' }, { type: 'stage.next' })).toEqual([
      'design/DES-01',
      'deployment/DEP-01',
      'operation/OPS-01',
      'review',
    ]);
  });

  it('stage.prev resumes where the person was in the previous stage, and leads from conception to triage', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'item.jump', stage: 'design', itemId: 'DES-02' });
    actor.send({ type: 'stage.goto', stage: 'deployment' });
    expect(walk(actor, { type: 'stage.prev' }, { type: 'stage.prev' }, { type: 'stage.prev' })).toEqual(['design/DES-02', 'conception/CON-01', 'triage']);
  });

  it('stage.prev from the review opens the last operation item', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'review.open' });
    expect(walk(actor, { type: 'stage.prev' })).toEqual(['operation/OPS-02']);
  });

  it('stage.goto opens any stage at its remembered item', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'item.jump', stage: 'operation', itemId: 'OPS-02' });
    expect(walk(actor, { type: 'stage.goto', stage: 'design' }, { type: 'stage.goto', stage: 'operation' })).toEqual(['design/DES-01', 'operation/OPS-02']);
  });

  it('stage.goto is ignored before triage', () => {
    const { actor } = startWizard();
    expect(walk(actor, { type: 'stage.goto', stage: 'design' })).toEqual(['setup']);
  });
});

describe('item.jump', () => {
  it('opens the named item in its stage', async () => {
    const { actor } = await startTriaged();
    expect(walk(actor, { type: 'item.jump', stage: 'design', itemId: 'DES-03' }, { type: 'item.jump', stage: 'conception', itemId: 'CON-02' })).toEqual([
      'design/DES-03',
      'conception/CON-02',
    ]);
  });

  it('ignores an item that does not apply in that stage', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'item.jump', stage: 'design', itemId: 'DES-02' });
    const before = actor.getSnapshot().context.positions;
    expect(walk(actor, { type: 'item.jump', stage: 'design', itemId: 'OPS-01' }, { type: 'item.jump', stage: 'operation', itemId: 'XYZ-99' })).toEqual([
      'design/DES-02',
      'design/DES-02',
    ]);
    expect(actor.getSnapshot().context.positions).toEqual(before);
  });

  it('is ignored before triage, even when the lists are already known', () => {
    expect(walk(startWizard().actor, { type: 'item.jump', stage: 'conception', itemId: 'CON-01' })).toEqual(['setup']);
    const { actor } = startWizard({}, { applicable: APPLICABLE, triaged: false });
    expect(walk(actor, { type: 'item.jump', stage: 'design', itemId: 'DES-02' })).toEqual(['setup']);
    expect(actor.getSnapshot().context.positions.design).toBe(0);
  });

  it('works from setup when the input says the assessment was already triaged', () => {
    const { actor } = startWizard({}, { applicable: APPLICABLE, triaged: true });
    expect(walk(actor, { type: 'item.jump', stage: 'design', itemId: 'DES-02' })).toEqual(['design/DES-02']);
  });
});

describe('review.open, setup.edit and triage.edit', () => {
  it('review.open is guarded by triage, then reachable from any stage', async () => {
    const { actor } = startWizard();
    expect(walk(actor, { type: 'review.open' })).toEqual(['setup']);
    const triaged = await startTriaged();
    triaged.actor.send({ type: 'item.jump', stage: 'design', itemId: 'DES-02' });
    expect(walk(triaged.actor, { type: 'review.open' })).toEqual(['review']);
  });

  it('setup.edit returns to setup from anywhere and keeps the positions', async () => {
    const { actor } = await startTriaged();
    actor.send({ type: 'item.jump', stage: 'design', itemId: 'DES-03' });
    expect(walk(actor, { type: 'setup.edit' })).toEqual(['setup']);
    expect(actor.getSnapshot().context.positions.design).toBe(2);
    expect(walk(actor, { type: 'stage.goto', stage: 'design' })).toEqual(['design/DES-03']);
  });

  it('triage.edit is ignored before the first triage, and reopens triage after it', async () => {
    const { actor } = startWizard();
    expect(walk(actor, { type: 'triage.edit' })).toEqual(['setup']);
    const triaged = await startTriaged();
    triaged.actor.send({ type: 'review.open' });
    expect(walk(triaged.actor, { type: 'triage.edit' })).toEqual(['triage']);
  });
});
