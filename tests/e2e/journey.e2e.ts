import { describe, expect, it } from 'vitest';
import { useAppSessions } from './support/browser';
import { answerCurrentItem, answerProfile, createAssessment, currentItemId, submitProfile } from './support/app';

/**
 * The start-up's walk through the four stages, with a reload in the middle of a
 * stage: every answer and the exact position must come back.
 */
const app = useAppSessions();

const START_UP = { role: 'We build or sell the product (a company or start-up)', data: ['Personal data about identifiable people'] };

describe('walking the lifecycle', () => {
  it('keeps every answer and the position across a reload mid-stage', async () => {
    const session = await app.open();
    const { page } = session;
    await createAssessment(page, 'Journey Product', 'Start-up Ltd');
    await answerProfile(page, START_UP);
    await submitProfile(page);

    const answers = new Map<string, { status: string; notes: string }>();
    const stages = ['Conception', 'Design', 'Deployment', 'Operation'] as const;
    for (const stage of stages) {
      await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: stage }).click();
      await expect.poll(() => page.getByRole('heading', { level: 2, name: new RegExp(`^${stage} — item 1 of`) }).count()).toBe(1);
      for (let i = 0; i < 2; i++) {
        const notes = `${stage} note ${i + 1}: evidence is in the team wiki (ÆØÅ ✓)`;
        const id = await answerCurrentItem(page, i === 0 ? 'partial' : 'no', notes);
        answers.set(id, { status: i === 0 ? 'Partly' : 'No', notes });
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
      if (stage === 'Design') {
        // Mid-stage: the third design item is on screen. Reload as a person closing and reopening would.
        const before = await currentItemId(page);
        const heading = await page.getByRole('heading', { level: 2, name: /^Design — item 3 of/ }).textContent();
        await page.reload();
        await page.getByRole('heading', { level: 2, name: /^Design — item 3 of/ }).waitFor();
        expect(await currentItemId(page)).toBe(before);
        expect(await page.getByRole('heading', { level: 2, name: /^Design — item/ }).textContent()).toBe(heading);
        // The two design answers are back, as the outline shows and as the form shows when revisited.
        await page.getByRole('button', { name: 'Previous' }).click();
        const back = await currentItemId(page);
        const form = page.getByRole('article');
        await expect.poll(() => form.getByLabel('Notes').inputValue()).toBe(answers.get(back)!.notes);
        expect(await form.getByRole('group', { name: 'Your answer' }).getByLabel(answers.get(back)!.status, { exact: true }).isChecked()).toBe(true);
        await page.getByRole('button', { name: 'Next', exact: true }).click();
      }
    }

    // Every answer survives, shown by the outline of its stage and by the review's count.
    await page.reload();
    for (const stage of stages) {
      await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: stage }).click();
      const outline = page.getByRole('complementary');
      for (const [id, answer] of answers) {
        if (!id.startsWith(stage.slice(0, 3).toUpperCase())) continue;
        const row = outline.getByRole('listitem').filter({ hasText: id });
        await expect.poll(() => row.first().textContent()).toContain(answer.status);
      }
    }
    await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: 'Review' }).click();
    await page.getByRole('heading', { name: 'Review' }).waitFor();
    const answeredCells = await page.getByRole('table', { name: 'Completion by stage' }).getByRole('row').allTextContents();
    for (const stage of stages) expect(answeredCells.find((r) => r.startsWith(stage))).toMatch(new RegExp(`^${stage}2\\d`));
    // Nothing is silently dropped: each unanswered applicable item is listed with a link back to it.
    const unanswered = page.getByRole('list', { name: /Unanswered items/ }).getByRole('button');
    const firstUnanswered = await unanswered.first().textContent();
    await unanswered.first().click();
    expect(firstUnanswered).toContain(await currentItemId(page));
  });

  it('lists the home row with mode, stage reached and share answered', async () => {
    const session = await app.open();
    const { page } = session;
    await createAssessment(page, 'Listed Product');
    await answerProfile(page, START_UP);
    await submitProfile(page);
    await answerCurrentItem(page, 'yes', 'done');
    await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Listed Product' });
    await row.waitFor();
    // The share answered is worked out after the row is drawn ("…" until then).
    await expect.poll(() => row.getByRole('cell').nth(2).textContent(), { timeout: 60_000 }).toMatch(/^[1-9]\d?%$/);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[0]).toBe('Self-assessment');
    expect(cells[1]).toBe('Conception');
  });
});
