import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { redFlagBlockers, STAGES, type AnswerStatus } from '../../src/domain';
import { openSection, resolvedFor, triagedAssessment } from './decisionsFixtures';

/** The red-flag policy at review: an unanswered red-flag question blocks, with a way back to it. */
describe('Review: unanswered red-flag questions', () => {
  it('lists every applicable red-flag item without an answer as a blocker, and drops it once answered', async () => {
    const empty = await triagedAssessment({});
    const resolved = await resolvedFor(empty);
    const flagged = STAGES.flatMap((s) => resolved.applicable[s]).filter((i) => i.redFlag);
    expect(flagged.length).toBeGreaterThan(1);
    // Answer the first red-flag item; the others stay open.
    const [answered, ...open] = flagged;
    const assessment = await triagedAssessment({ [answered!.id]: 'yes' as AnswerStatus });
    expect(redFlagBlockers(assessment, resolved).map((i) => i.id)).toEqual(open.map((i) => i.id));

    await openSection(assessment, '');
    const region = await screen.findByRole('region', { name: `Red-flag questions not answered yet (${open.length})` });
    const listed = within(region).getAllByRole('button').map((b) => b.textContent);
    expect(listed).toHaveLength(open.length);
    for (const [k, item] of open.entries()) expect(listed[k]).toContain(`${item.id}: ${item.question}`);
    expect(listed.join()).not.toContain(answered!.id);

    await userEvent.click(within(region).getAllByRole('button')[0]!);
    expect(await screen.findByRole('heading', { level: 2, name: new RegExp(`item \\d+ of`) })).toBeTruthy();
    expect(screen.getByText(open[0]!.question)).toBeTruthy();
  }, 60_000);
});
