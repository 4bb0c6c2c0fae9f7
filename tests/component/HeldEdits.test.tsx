import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import AssessmentPage from '../../src/ui/wizard/AssessmentPage';
import { makeServices, renderWithServices } from './helpers';
import { triagedAssessment } from './decisionsFixtures';

const WORDS = 'Contract clause 7 names the data owner; signed 2 May.';

/** An edit typed in this tab reaches the write-ahead copies; then another tab locks (signs) the revision before it is saved. */
async function lockedWithWaitingEdit() {
  const services = makeServices();
  const assessment = await triagedAssessment({ 'CON-01': 'no' });
  await services.assessments.create(assessment);
  services.writeAhead.record(assessment.id, { type: 'answer.set', itemId: 'CON-01', status: 'yes', notes: WORDS, evidence: [] }, 'Amina');
  await vi.waitFor(() => expect(services.writeAhead.unsettled()).toBe(0));
  await services.assessments.commit(assessment.id, { type: 'revision.lock' }, 'Signer');
  const rendered = renderWithServices(<AssessmentPage id={assessment.id} />, services, `/a/${assessment.id}`);
  const notice = await screen.findByRole('alert', { name: 'Edits not saved' });
  return { services, assessment, notice, ...rendered };
}

describe('Edits waiting from an earlier session, replayed against a revision locked meanwhile', () => {
  it('are not written into the locked revision, say why, and show the words to copy', async () => {
    const { services, assessment, notice } = await lockedWithWaitingEdit();
    expect(notice.textContent).toContain('1 edit from your last session could not be saved into revision 1');
    expect(notice.textContent).toContain('this revision is locked (signed), so it cannot change.');
    expect((within(notice).getByRole('textbox', { name: 'Answer to CON-01' }) as HTMLTextAreaElement).value).toBe(`Yes\n${WORDS}`);
    const stored = await services.assessments.get(assessment.id);
    expect(stored.answers['CON-01']!.status).toBe('no');
    expect((await services.assessments.trail(assessment.id)).at(-1)!.change.type).toBe('revision.lock');
  });

  it('start revision 2 with them: the edit is saved there through the write path, and no longer waits', async () => {
    const { services, assessment, notice, location } = await lockedWithWaitingEdit();
    await userEvent.click(await within(notice).findByRole('button', { name: 'Start revision 2 with these edits' }));
    const openedId = () => location.history.at(-1)!.split('/')[2]!;
    await waitFor(() => expect(openedId()).not.toBe(assessment.id));
    const nextId = openedId();
    const next = await services.assessments.get(nextId);
    expect(next.revision).toMatchObject({ number: 2, lockedAt: null, parent: { id: assessment.id, number: 1 } });
    expect(next.answers['CON-01']).toMatchObject({ status: 'yes', notes: WORDS, answeredBy: 'Amina' });
    expect((await services.assessments.get(assessment.id)).answers['CON-01']!.status).toBe('no');
    expect((await services.writeAhead.recover(assessment.id)).held).toEqual([]);
    expect(await services.writeAhead.waiting()).toEqual([]);
  });

  it('discard: only when the person says so', async () => {
    const { services, assessment, notice } = await lockedWithWaitingEdit();
    await userEvent.click(within(notice).getByRole('button', { name: 'Discard this edit' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Edits not saved' })).toBeNull());
    expect((await services.writeAhead.recover(assessment.id)).held).toEqual([]);
  });
});
