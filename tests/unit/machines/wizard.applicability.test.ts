import { describe, expect, it } from 'vitest';
import { resolveChecklist, STAGES, type TriageAnswers } from '../../../src/domain';
import type { ApplicableIds } from '../../../src/machines/wizard.machine';
import { miniChecklist } from '../helpers/checklist';
import { place, startTriaged, type WizardActor } from '../helpers/wizard';

const checklist = miniChecklist();

/** The save actor's real job: resolve the checklist against the triage. */
const applicableFor = (triage: TriageAnswers): ApplicableIds => {
  const r = resolveChecklist(checklist, triage);
  return Object.fromEntries(STAGES.map((s) => [s, r.applicable[s].map((i) => i.id)])) as ApplicableIds;
};

/** Presses "next" until the review, returning the item ids shown on the way. */
function visitAll(actor: WizardActor): string[] {
  const seen: string[] = [];
  for (let guard = 0; guard < 50 && place(actor) !== 'review'; guard += 1) {
    const item = place(actor).split('/')[1];
    if (item && item !== '-') seen.push(item);
    actor.send({ type: 'item.next' });
  }
  expect(place(actor)).toBe('review');
  return seen;
}

const skippedFor = (triage: TriageAnswers) => STAGES.flatMap((s) => resolveChecklist(checklist, triage).skipped[s].map((x) => x.item.id));

describe('the wizard walks only the items the triage made applicable', () => {
  it('a builder without AI outside an emergency never sees buyer, module or emergency items', async () => {
    const triage = { role: 'builder', tech: ['other'], emergency: false };
    const { actor } = await startTriaged({ applicable: applicableFor }, triage);
    const visited = visitAll(actor);
    expect(visited).toEqual(['CON-01', 'CON-02', 'DES-03', 'OPS-01', 'OPS-02']);
    expect(skippedFor(triage).filter((id) => visited.includes(id))).toEqual([]);
  });

  it('a buyer of an AI system in an emergency sees the module and emergency items, in checklist order', async () => {
    const { actor } = await startTriaged({ applicable: applicableFor }, { role: 'buyer', tech: ['ai'], emergency: true });
    expect(visitAll(actor)).toEqual(['CON-01', 'CON-03', 'DES-01', 'DES-02', 'DES-03', 'DEP-01', 'OPS-01']);
  });

  it('cannot jump to an item the triage skipped', async () => {
    const { actor } = await startTriaged({ applicable: applicableFor }, { role: 'builder', tech: ['other'] });
    actor.send({ type: 'item.jump', stage: 'design', itemId: 'DES-01' });
    actor.send({ type: 'item.jump', stage: 'conception', itemId: 'CON-03' });
    expect(place(actor)).toBe('conception/CON-01');
  });

  it('walking back from the review visits the same items in reverse', async () => {
    const { actor } = await startTriaged({ applicable: applicableFor }, { role: 'builder', tech: ['other'] });
    actor.send({ type: 'review.open' });
    actor.send({ type: 'stage.prev' });
    const back: string[] = [];
    while (place(actor) !== 'triage' && back.length < 50) {
      const item = place(actor).split('/')[1];
      if (item && item !== '-') back.push(item);
      actor.send({ type: 'item.prev' });
    }
    expect(back).toEqual(['OPS-02', 'OPS-01', 'DES-03', 'CON-02', 'CON-01']);
  });
});
