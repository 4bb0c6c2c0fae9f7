import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { answerCurrentItem, answerProfile, createAssessment, submitProfile } from './support/app';

/**
 * Where a person is put after each step, in real Chromium on a desktop and on a phone: the new
 * step's heading at the top of the page with focus, and after "Next" the new question with focus
 * and on screen — not the page left scrolled down on the old one with focus on the body.
 */
const app = useAppSessions();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent ?? '', id: el?.id ?? '' };
  });

const inViewport = (page: Page, id: string) =>
  page.evaluate((elementId) => {
    const r = document.getElementById(elementId)!.getBoundingClientRect();
    // Sub-pixel rounding can leave a heading scrolled exactly to the top at -0.2 px.
    return r.top > -1 && r.bottom <= window.innerHeight;
  }, id);

describe.each([
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
])('focus after each step ($name, $width × $height)', ({ width, height }) => {
  it('puts the new step’s heading at the top with focus, and moves focus to each new question', async () => {
    const { page } = await app.open();
    await page.setViewportSize({ width, height });
    await createAssessment(page, 'Focus Product');
    await answerProfile(page, { role: 'We build or sell the product (a company or start-up)' });
    // Scroll to the button, as a person must on the long profile form, then continue.
    await page.getByRole('button', { name: 'Continue to conception' }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await submitProfile(page);

    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: expect.stringMatching(/^Conception — item 1 of \d+/) });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await answerCurrentItem(page, 'partial', 'Drafted, not approved');
    const next = page.getByRole('button', { name: 'Next', exact: true });
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h3' });
    const question = await focused(page);
    expect(question.id).toMatch(/^q-CON-/);
    expect(await inViewport(page, question.id)).toBe(true);
    // The stage says where the person is and how far the stage has come.
    expect(await page.getByText(/^1 of \d+ answered in Conception$/).count()).toBe(1);

    // Another step by the stepper: its heading, at the page top.
    await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: 'Design' }).click();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h2', text: expect.stringMatching(/^Design — item 1 of/) });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
