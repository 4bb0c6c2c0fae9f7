import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { expectNoAxeViolations } from './support/app';
import { answerQuestions, exportSignedResponse, fileDesk, goToRoute, importResponses, makeRequest, startResponse, TRANSIT_REQUEST } from './support/procurement';

/**
 * On a 390 × 844 phone the app's wide tables (findings, action plan, completion by stage, the
 * checklist upgrade, the procurement's responses, vendors, coverage and comparison, the home lists) become one card per row:
 * nothing scrolls sideways — not the page, not any box in it — and every value on a card
 * is shown under its column's name. At 1280 × 800 the same tables are tables.
 */
const app = useAppSessions();
const EXAMPLE = join(process.cwd(), 'examples', 'kestrel-insight.hrba.json');
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };

/**
 * What scrolls sideways: the document, and every element whose content is wider than its box and
 * is not clipped on purpose (a visually hidden text or header is clipped to 1 px, which is no scroll).
 */
const sideways = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) found.push(`the page: ${doc.scrollWidth} px in ${doc.clientWidth} px`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      // A chart's shapes paint where they are placed; only its <svg> box, an HTML-laid-out element, could scroll.
      if (el.closest('svg')) continue;
      if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) continue;
      const { overflowX } = getComputedStyle(el);
      if (overflowX === 'hidden' || overflowX === 'clip') continue;
      found.push(`${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}: ${el.scrollWidth} px in ${el.clientWidth} px`);
    }
    return found;
  });

interface TableShape {
  /** How many body rows the table has. */
  rows: number;
  /** Rows laid out as cards: a block each, inside the viewport, their cells one under another. */
  cards: number;
  /** Cells whose label is missing, is not their column's header, or is not shown before the value. */
  unlabelled: string[];
  /** Whether the column headers are drawn (a table) or hidden from view but still in the document (cards). */
  headersShown: boolean;
  headersInDocument: number;
}

/** How the named table is laid out now, read from the page. */
const shapeOf = (page: Page, caption: string) =>
  page.evaluate((caption): TableShape => {
    const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent?.trim() === caption);
    if (!table) throw new Error(`no table captioned “${caption}”`);
    const headers = [...table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
    const rows = [...table.tBodies[0]!.rows].filter((r) => r.cells.length === headers.length);
    const width = document.documentElement.clientWidth;
    const unlabelled: string[] = [];
    let cards = 0;
    for (const row of rows) {
      const box = row.getBoundingClientRect();
      const cells = [...row.cells];
      const stacked = cells.every((c, i) => i === 0 || c.getBoundingClientRect().top >= cells[i - 1]!.getBoundingClientRect().bottom - 1);
      if (getComputedStyle(row).display === 'block' && box.left >= 0 && box.right <= width && stacked) cards++;
      cells.forEach((cell, i) => {
        // The card's title, and a cell of buttons only (each button says what it does), need no label.
        const buttons = [...cell.querySelectorAll('button')].map((b) => b.textContent).join('');
        if (cell.tagName === 'TH' || !cell.textContent?.trim() || buttons === cell.textContent) return;
        const label = cell.getAttribute('data-label');
        const before = getComputedStyle(cell, '::before').content;
        if (label !== headers[i]) unlabelled.push(`${row.cells[0]!.textContent!.trim()} / ${headers[i]}: data-label “${label}”`);
        else if (getComputedStyle(table).display === 'block' && !before.includes(label)) unlabelled.push(`${headers[i]}: label not shown (${before})`);
      });
    }
    const thead = table.tHead!;
    return { rows: rows.length, cards, unlabelled, headersShown: thead.getBoundingClientRect().height > 2, headersInDocument: thead.rows[0]!.cells.length };
  }, caption);

/** On a phone: every row of the table a card with every value labelled, its headers kept for screen readers. */
async function expectCards(page: Page, caption: string, atLeast: number) {
  const shape = await shapeOf(page, caption);
  expect(shape.rows, caption).toBeGreaterThanOrEqual(atLeast);
  expect(shape, caption).toMatchObject({ cards: shape.rows, unlabelled: [], headersShown: false });
  expect(shape.headersInDocument, caption).toBeGreaterThan(1);
}

/** On a wide screen: a table with its headers, no row a card. */
async function expectTable(page: Page, caption: string) {
  expect(await shapeOf(page, caption), caption).toMatchObject({ cards: 0, unlabelled: [], headersShown: true });
}

describe('wide tables on a 390 × 844 phone', () => {
  it('findings and action plan: a card per row with labelled values, nothing scrolls sideways, no axe violation', async () => {
    const { page } = await app.open();
    await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
    await page.getByRole('status').filter({ hasText: /^Imported / }).waitFor();
    const href = await page.getByRole('table').getByRole('link').first().getAttribute('href');
    const id = href!.split('/').pop()!;

    await page.setViewportSize(PHONE);
    await goToRoute(page, '/');
    await page.getByRole('table', { name: 'Assessments stored in this browser' }).waitFor();
    await expectCards(page, 'Assessments stored in this browser', 1);

    await goToRoute(page, `/a/${id}/findings`);
    const findings = page.getByRole('table', { name: 'Findings in priority order' });
    await findings.getByRole('link').first().waitFor();
    await expectCards(page, 'Findings in priority order', 14);
    expect(await sideways(page)).toEqual([]);
    await expectNoAxeViolations(page, 'findings at 390 px');
    // A quick rating opened inside a card fits too.
    await findings.getByRole('button', { name: /^(Rate|Change rating of) / }).first().click();
    await page.getByRole('button', { name: 'Save rating' }).waitFor();
    expect(await sideways(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();

    await goToRoute(page, `/a/${id}/actions`);
    await page.getByRole('table', { name: /./ }).filter({ has: page.getByRole('button', { name: /^Edit/ }) }).first().waitFor();
    const captions = await page.locator('table.actions-table caption').allTextContents();
    expect(captions.length).toBeGreaterThan(0);
    let actions = 0;
    for (const caption of captions) {
      await expectCards(page, caption, 1);
      actions += (await shapeOf(page, caption)).rows;
    }
    expect(actions).toBe(13);
    expect(await sideways(page)).toEqual([]);
    await expectNoAxeViolations(page, 'action plan at 390 px');

    // Nothing else scrolls sideways either, in its own box or as a page: every other screen of the assessment.
    const elsewhere: Record<string, string[]> = {};
    for (const route of ['/', '/backup', '/identity', '/verify', ...['dashboard', 'context'].map((s) => `/a/${id}/${s}`)]) {
      await goToRoute(page, route);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      if (route.startsWith('/a/')) await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      elsewhere[route] = await sideways(page);
    }
    await goToRoute(page, `/a/${id}`);
    for (const step of ['Profile', 'Conception', 'Review']) {
      await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: step }).click();
      await page.getByRole('heading', { level: 2, name: new RegExp(`^${step}`) }).first().waitFor();
      elsewhere[`step ${step}`] = await sideways(page);
    }
    await expectCards(page, 'Completion by stage', 4);
    // The checklist upgrade's items to read again (the example is on 1.0.0).
    await page.getByRole('link', { name: 'See what changes and upgrade to 1.1.0' }).click();
    const upgrade = (await page.locator('caption', { hasText: /^Items to read again/ }).textContent())!;
    await expectCards(page, upgrade, 60);
    elsewhere['the checklist upgrade'] = await sideways(page);
    expect(Object.entries(elsewhere).filter(([, found]) => found.length)).toEqual([]);
    await expectNoAxeViolations(page, 'the checklist upgrade at 390 px');

    // The check itself finds a box that scrolls sideways, and not a visually hidden text clipped on purpose.
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.className = 'probe-box';
      box.style.overflowX = 'auto';
      const wide = document.createElement('div');
      wide.style.width = '900px';
      wide.textContent = 'wide';
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = 'a long text hidden from view but read by screen readers';
      box.append(wide);
      document.querySelector('main')!.append(box, hidden);
    });
    expect(await sideways(page)).toEqual([expect.stringMatching(/^div\.probe-box: 9\d\d px in \d+ px$/)]);

    // The same tables are tables on a wide screen.
    await page.setViewportSize(WIDE);
    await goToRoute(page, `/a/${id}/actions`);
    await page.locator('table.actions-table').first().waitFor();
    for (const caption of captions) await expectTable(page, caption);
    await goToRoute(page, `/a/${id}/findings`);
    await findings.getByRole('link').first().waitFor();
    await expectTable(page, 'Findings in priority order');
  });

  it('the procurement: responses, vendors, coverage and the comparison are cards; the home list of procurements too', async () => {
    const desk = fileDesk('hrba-phone-cards-');
    const { page: buyer } = await app.open();
    const request = desk.save('request.hrba.json', await makeRequest(buyer, { ...TRANSIT_REQUEST, title: 'Live facial recognition for the whole transit network, stations and buses' }));
    const procurementUrl = buyer.url();

    // Three vendors, long names and one in Arabic, each answering in a browser of their own.
    const vendors = ['Consolidated Municipal Surveillance Technologies International', 'Argus Systems', 'شركة الرؤية الذكية للتقنيات'];
    const files: { path: string; vendor: string }[] = [];
    for (const [i, organisation] of vendors.entries()) {
      const { page } = await app.open();
      await startResponse(page, request, { organisation, productName: `Product ${i + 1}` });
      await answerQuestions(page, { answers: { 'CON-04': i === 1 ? 'unknown' : 'yes', 'CQ-01': 'partial' }, notes: { 'CQ-01': 'Backups are kept in a data centre abroad.' } });
      files.push({ path: desk.save(`vendor-${i + 1}.hrba.zip`, await exportSignedResponse(page)), vendor: organisation });
      await page.close();
    }
    await buyer.goto(procurementUrl);
    await buyer.getByRole('checkbox', { name: 'Accept responses nobody signed' }).check();
    await importResponses(buyer, files);

    await buyer.setViewportSize(PHONE);
    await buyer.getByRole('table', { name: 'Answers by question and vendor' }).waitFor();
    await expectCards(buyer, 'Imported responses', 3);
    await expectCards(buyer, 'Vendors in order', 3);
    await expectCards(buyer, 'Coverage by principle', 13);
    await expectCards(buyer, 'Answers by question and vendor', 20);
    // A comparison card names each vendor's answer by the vendor.
    const matrix = buyer.getByRole('table', { name: 'Answers by question and vendor' });
    const labels = await matrix.getByRole('row', { name: /^CON-04/ }).locator('td').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-label')));
    expect([...labels].sort()).toEqual([...vendors].sort());
    expect(await sideways(buyer)).toEqual([]);
    await expectNoAxeViolations(buyer, 'procurement at 390 px');

    await goToRoute(buyer, '/');
    await buyer.getByRole('table', { name: 'Your procurements' }).waitFor();
    await expectCards(buyer, 'Your procurements', 1);
    expect(await sideways(buyer)).toEqual([]);
    await expectNoAxeViolations(buyer, 'home with a procurement at 390 px');

    await buyer.setViewportSize(WIDE);
    await expectTable(buyer, 'Your procurements');
    await buyer.goto(procurementUrl);
    await buyer.getByRole('table', { name: 'Answers by question and vendor' }).waitFor();
    for (const caption of ['Imported responses', 'Vendors in order', 'Coverage by principle', 'Answers by question and vendor']) await expectTable(buyer, caption);
  });
});
