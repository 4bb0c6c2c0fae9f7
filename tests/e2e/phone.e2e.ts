import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { answerProfile, createAssessment, submitProfile } from './support/app';

/**
 * On a 390 px phone no screen scrolls sideways: every route of the app, opened with the full
 * example assessment (long names, 14 findings, 13 actions) so tables and forms hold real content.
 */
const app = useAppSessions();
const EXAMPLE = join(process.cwd(), 'examples', 'kestrel-insight.hrba.json');

/** How far the page is wider than the phone's viewport (0 = no sideways scroll), and what sticks out. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('main *, header *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.parentElement?.closest('.table-scroll'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().right)} px`);
    return { extra: document.documentElement.scrollWidth - width, wide };
  });

describe('a 390 × 844 phone', () => {
  it('never scrolls sideways, on any screen', async () => {
    const { page } = await app.open();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
    await page.getByRole('status').filter({ hasText: /^Imported / }).waitFor();
    const href = await page.getByRole('table').getByRole('link').first().getAttribute('href');
    const id = href!.split('/').pop()!;

    const routes = ['/', '/new', '/backup', '/identity', '/verify', `/a/${id}`, ...['findings', 'actions', 'context', 'dashboard'].map((s) => `/a/${id}/${s}`)];
    const seen: Record<string, { extra: number; wide: string[] }> = {};
    for (const route of routes) {
      await page.goto(new URL(`#${route}`, page.url()).href);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // An assessment section loads lazily: measure it once its heading shows, not the hidden page while it loads.
      if (route.startsWith('/a/')) await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      seen[route] = await overflow(page);
    }
    // The walk: profile, each stage, the review.
    const steps = page.getByRole('navigation', { name: 'Assessment steps' });
    await page.goto(new URL(`#/a/${id}`, page.url()).href);
    for (const step of ['Profile', 'Conception', 'Design', 'Deployment', 'Operation', 'Review', 'Product']) {
      await steps.getByRole('button', { name: step }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      seen[`step ${step}`] = await overflow(page);
    }
    // A finding's editor, with its long form.
    await page.goto(new URL(`#/a/${id}/findings`, page.url()).href);
    await page.getByRole('table', { name: 'Findings in priority order' }).getByRole('link').first().click();
    await page.getByRole('link', { name: 'Back to all findings' }).waitFor();
    seen['a finding'] = await overflow(page);

    const failing = Object.entries(seen).filter(([, o]) => o.extra > 0);
    expect(failing, JSON.stringify(failing, null, 1)).toEqual([]);
  });
});

describe('the order of a phone screen', () => {
  it('puts the question before the export menu, and the menu is one button that opens by keyboard', async () => {
    const { page } = await app.open();
    await page.setViewportSize({ width: 390, height: 844 });
    await createAssessment(page, 'Order Product');
    await answerProfile(page, { role: 'We build or sell the product (a company or start-up)' });
    await submitProfile(page);
    const question = page.locator('h3[id^="q-"]');
    await question.waitFor();
    const toggle = page.getByRole('button', { name: 'Export', exact: true });
    // One export control, after the question in reading (and tab) order.
    expect(await page.getByRole('button', { name: /^Export/ }).count()).toBe(1);
    expect(await question.evaluate((q, t) => !!(q.compareDocumentPosition(t!) & Node.DOCUMENT_POSITION_FOLLOWING), await toggle.elementHandle())).toBe(true);
    expect(await question.evaluate((q) => q.getBoundingClientRect().top)).toBeLessThan(await toggle.evaluate((t) => t.getBoundingClientRect().top));

    await toggle.focus();
    await page.keyboard.press('Enter');
    const pdf = page.getByRole('button', { name: 'Export PDF', exact: true });
    await pdf.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await overflow(page)).toMatchObject({ extra: 0 });
    await page.keyboard.press('Escape');
    await pdf.waitFor({ state: 'hidden' });

    // On a wide screen the same menu sits in the header, before the content.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect
      .poll(async () => question.evaluate((q, t) => !!(q.compareDocumentPosition(t!) & Node.DOCUMENT_POSITION_PRECEDING), await toggle.elementHandle()))
      .toBe(true);
  });
});
