import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { answerProfile, createAssessment, submitProfile, waitSaved } from './support/app';

/**
 * Two tabs on the same assessment: one edits, the other is read-only and says
 * so, follows the changes live, and can take over. Both tabs showing "All
 * changes saved" while overwriting each other cannot happen.
 */
const app = useAppSessions();
const START_UP = { role: 'We build or sell the product (a company or start-up)', data: ['Personal data about identifiable people'] };

const banner = (page: Page) => page.getByRole('status', { name: 'Read-only' });
const notes = (page: Page) => page.getByRole('article').getByLabel('Notes');

describe('two tabs on one assessment', () => {
  it('lets one edit, shows the other read-only with a banner, and hands editing over without losing an edit', async () => {
    const session = await app.open();
    const one = session.page;
    await createAssessment(one, 'Two-tab product');
    await answerProfile(one, START_UP);
    await submitProfile(one);
    const url = one.url();

    const two = await session.context.newPage();
    two.on('console', (m) => m.type() === 'error' && session.problems.push(`console (tab two): ${m.text()}`));
    two.on('pageerror', (e) => session.problems.push(`pageerror (tab two): ${e.message}`));
    await two.goto(url);
    await banner(two).waitFor();
    expect(await banner(two).textContent()).toContain('This assessment is open for editing in another tab.');
    await two.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: 'Conception' }).click();
    expect(await notes(two).isDisabled()).toBe(true);
    expect(await banner(one).count()).toBe(0);

    // The editing tab's changes appear in the read-only one.
    await one.getByRole('group', { name: 'Your answer' }).getByLabel('Partly', { exact: true }).check();
    await notes(one).fill('Written in tab one.');
    await waitSaved(one);
    await expect.poll(() => notes(two).inputValue()).toBe('Written in tab one.');

    // An edit still in tab one's debounce when tab two takes over is carried over, not lost.
    await notes(one).pressSequentially(' Last words of tab one.');
    await banner(two).getByRole('button', { name: 'Edit here instead' }).click();
    await banner(one).waitFor();
    expect(await banner(one).textContent()).toContain('Editing moved to another tab.');
    await expect.poll(() => notes(two).isDisabled()).toBe(false);
    await expect.poll(() => notes(two).inputValue()).toBe('Written in tab one. Last words of tab one.');

    // Tab one can no longer write: no silent overwrite of tab two's edits.
    await one.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: 'Conception' }).click();
    expect(await notes(one).isDisabled()).toBe(true);
    await notes(two).pressSequentially(' Then tab two.');
    await waitSaved(two);
    await expect.poll(() => notes(one).inputValue()).toBe('Written in tab one. Last words of tab one. Then tab two.');
    await two.reload();
    await expect.poll(() => notes(two).inputValue()).toBe('Written in tab one. Last words of tab one. Then tab two.');
  });
});
