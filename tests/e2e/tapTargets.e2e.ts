import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { createIdentity, fileDesk, goToRoute, importResponses, makeRequest, answerQuestions, exportSignedResponse, startResponse, TRANSIT_REQUEST } from './support/procurement';

/**
 * WCAG 2.2, 2.5.8 Target Size (Minimum), and nothing covered: on a 390 × 844 phone and a
 * 1280 × 800 screen, every visible button, link, input, select, text box and disclosure on
 * the main screens (opened with the full example assessment, forms open), the buyer's and the
 * vendor's procurement screens, the checklist upgrade, the audit review, the export menu, signing
 * identities, signing and a verification's result is at least 24 × 24
 * CSS px, or else has the spacing the criterion allows (a 24 px circle on its centre touches no
 * other target), or is a link inside a sentence (the criterion's inline exception). And the
 * point at its centre belongs to the control itself: `elementFromPoint` there is the control or
 * inside it (for a check box or radio, also its label), never a header, a menu or a neighbour
 * lying over it.
 */
const app = useAppSessions();
const EXAMPLE = join(process.cwd(), 'examples', 'kestrel-insight.hrba.json');
const MIN = 24;

interface Problem {
  control: string;
  problem: string;
}

/** Every problem on the page as it stands, measured in the page, and how many controls were measured. */
function targetProblems(page: Page): Promise<{ checked: number; problems: Problem[] }> {
  return page.evaluate((min) => {
    const SELECTOR = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [tabindex]:not([tabindex="-1"])';
    const name = (el: Element) => {
      const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim().slice(0, 50) : '';
      return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} "${text || label || el.getAttribute('name') || ''}"`;
    };
    const visible = (el: HTMLElement) => {
      if (el.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
      if ((el as HTMLButtonElement).disabled) return false;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const r = el.getBoundingClientRect();
      // Visually hidden or moved off the page until focused (the skip link): not a target while so.
      return r.width > 1 && r.height > 1 && r.right + scrollX > 0 && r.bottom + scrollY > 0;
    };
    /** A link in running text: its line height is set by the sentence around it (2.5.8's inline exception). */
    const inline = (el: HTMLElement) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement;
      return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    };
    const targets = [...document.querySelectorAll<HTMLElement>(SELECTOR)].filter(visible);
    const problems: { control: string; problem: string }[] = [];
    // Measured in page coordinates, so scrolling to each control does not move the others.
    const rects = new Map(targets.map((el) => {
      const r = el.getBoundingClientRect();
      return [el, { left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY, width: r.width, height: r.height }];
    }));
    const small = (el: HTMLElement) => {
      const r = rects.get(el)!;
      return r.width < min - 0.5 || r.height < min - 0.5;
    };
    const centre = (el: HTMLElement) => {
      const r = rects.get(el)!;
      return { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 };
    };
    const distanceToRect = (p: { x: number; y: number }, r: { left: number; top: number; right: number; bottom: number }) =>
      Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    // The same control can be both a label's input and reachable through the label: a label is part of its control's target.
    const sameControl = (a: HTMLElement, b: HTMLElement) => a.contains(b) || b.contains(a) || (a as HTMLInputElement).labels?.[0]?.contains(b) || (b as HTMLInputElement).labels?.[0]?.contains(a);

    for (const el of targets) {
      const r = rects.get(el)!;
      if (small(el) && !inline(el)) {
        // The spacing exception: a 24 px circle on its centre intersects no other target, nor another small target's circle.
        const c = centre(el);
        const crowded = targets.find((other) => {
          if (other === el || sameControl(el, other)) return false;
          if (distanceToRect(c, rects.get(other)!) < min / 2) return true;
          return small(other) && !inline(other) && Math.hypot(c.x - centre(other).x, c.y - centre(other).y) < min;
        });
        if (crowded) problems.push({ control: name(el), problem: `${Math.round(r.width)} × ${Math.round(r.height)} px, and ${name(crowded)} is within 12 px of its centre` });
      }
      // Covered: what a tap at its centre reaches.
      el.scrollIntoView({ block: 'center', inline: 'center' });
      // A link that wraps has a box around both lines, whose centre can fall between them: tap its first line.
      const now = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const x = now.left + now.width / 2;
      const y = now.top + now.height / 2;
      const hit = document.elementFromPoint(x, y);
      const label = (el as HTMLInputElement).labels?.[0];
      if (!hit || !(el === hit || el.contains(hit) || (label && label.contains(hit)))) {
        problems.push({ control: name(el), problem: `covered at its centre by ${hit ? name(hit) + (hit.className ? ` .${String(hit.className).split(' ').join('.')}` : '') : 'nothing (off screen)'}` });
      }
    }
    scrollTo(0, 0);
    return { checked: targets.length, problems };
  }, MIN);
}

async function go(page: Page, route: string) {
  await page.goto(new URL(`#${route}`, page.url()).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  if (route.startsWith('/a/')) await page.getByRole('heading', { level: 2 }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/** The full example assessment imported, in a window of this size; returns the page and the assessment's id. */
async function openExample(size: { width: number; height: number }) {
  const { page } = await app.open();
  await page.setViewportSize(size);
  await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
  await page.getByRole('status').filter({ hasText: /^Imported / }).waitFor();
  const href = await page.getByRole('table').getByRole('link').first().getAttribute('href');
  return { page, id: href!.split('/').pop()! };
}

/** Every failing screen, and proof that each screen measured had controls to measure. */
function expectNoProblems(seen: Record<string, { checked: number; problems: Problem[] }>, screens: number) {
  const failing = Object.entries(seen).filter(([, s]) => s.problems.length > 0);
  expect(failing, JSON.stringify(failing, null, 1)).toEqual([]);
  expect(Object.keys(seen).length).toBe(screens);
  for (const [screen, s] of Object.entries(seen)) expect(s.checked, screen).toBeGreaterThan(5);
}

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('tap targets at $width × $height', (size) => {
  it('are at least 24 × 24 px (or spaced as WCAG 2.5.8 allows) and covered by nothing, on every main screen with its forms open', async () => {
    const { page, id } = await openExample(size);
    const seen: Record<string, { checked: number; problems: Problem[] }> = {};

    for (const route of ['/', '/new', '/backup', '/identity', '/verify', `/a/${id}/dashboard`]) {
      await go(page, route);
      seen[route] = await targetProblems(page);
    }

    // A question with stored evidence ("Remove"), the new-evidence form and its error summary open, every disclosure open.
    await go(page, `/a/${id}/item/CON-01`);
    const article = page.getByRole('article');
    await article.getByRole('button', { name: 'Remove evidence 1' }).waitFor();
    await article.getByRole('button', { name: 'Add evidence' }).click();
    await article.getByRole('button', { name: 'Add this evidence' }).click();
    await article.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    for (const summary of await article.locator('summary').all()) await summary.click();
    seen['a question, evidence form open'] = await targetProblems(page);
    const steps = page.getByRole('navigation', { name: 'Assessment steps' });
    for (const step of ['Profile', 'Review', 'Product']) {
      await steps.getByRole('button', { name: step }).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      seen[`step ${step}`] = await targetProblems(page);
    }

    // Findings: the list with one quick rating open, then a finding's editor.
    await go(page, `/a/${id}/findings`);
    const table = page.getByRole('table', { name: 'Findings in priority order' });
    await table.getByRole('button', { name: /^(Rate|Change rating of) / }).first().click();
    await page.getByRole('button', { name: 'Save rating' }).waitFor();
    seen['findings, quick rating open'] = await targetProblems(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await table.getByRole('link').first().click();
    await page.getByRole('link', { name: 'Back to all findings' }).waitFor();
    seen['a finding'] = await targetProblems(page);

    // The action plan with its form open (its Cancel was once covered), and the context with a form open.
    await go(page, `/a/${id}/actions`);
    await page.getByRole('button', { name: 'Add an action' }).click();
    await page.getByRole('button', { name: 'Save action' }).waitFor();
    seen['actions, form open'] = await targetProblems(page);
    await go(page, `/a/${id}/context`);
    await page.getByRole('button', { name: 'Add a trade-off' }).click();
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    seen['context, form open'] = await targetProblems(page);

    // The walk measured real screens, each with controls to check.
    expectNoProblems(seen, Object.keys(seen).length);
    expect(Object.keys(seen).length).toBeGreaterThan(12);
  });
});

describe.each([
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
])('tap targets at $width × $height, further screens', (size) => {
  it('on the buyer’s procurement screens (request builder, responses, review, comparison, decision) and the vendor’s response screens', async () => {
    const desk = fileDesk('hrba-taps-');
    const { page: buyer } = await app.open();
    await buyer.setViewportSize(size);
    const seen: Record<string, { checked: number; problems: Problem[] }> = {};

    // The request builder with every stage open and a question of the buyer's own.
    await buyer.getByRole('link', { name: 'New procurement' }).click();
    await buyer.getByLabel('Buying organisation (required)').waitFor();
    const closed = buyer.locator('details.request-stage:not([open]) > summary');
    while (await closed.count()) await closed.first().click();
    await buyer.getByRole('button', { name: 'Add a question of your own' }).click();
    await buyer.getByLabel('Question 1', { exact: true }).waitFor();
    seen['new procurement: the request builder'] = await targetProblems(buyer);

    await goToRoute(buyer, '/');
    const request = desk.save('request.hrba.json', await makeRequest(buyer, TRANSIT_REQUEST));
    const procurementUrl = buyer.url();
    seen['a procurement waiting for responses'] = await targetProblems(buyer);

    // The vendor: open the request, start the response, answer.
    const { page: vendor } = await app.open();
    await vendor.setViewportSize(size);
    await goToRoute(vendor, '/respond');
    await vendor.getByLabel('Request file from the buyer (.hrba.json)').waitFor();
    seen['vendor: open a request'] = await targetProblems(vendor);
    await vendor.getByLabel('Request file from the buyer (.hrba.json)').setInputFiles(request);
    await vendor.getByRole('button', { name: 'Start the response' }).waitFor();
    seen['vendor: the request opened'] = await targetProblems(vendor);
    await startResponse(vendor, request, { organisation: 'Argus Systems', productName: 'Argus Gate' });
    await answerQuestions(vendor, { answers: { 'CON-04': 'yes', 'CQ-01': 'unknown' }, notes: { 'CQ-01': 'Backups are kept abroad.' } });
    seen['vendor: the response'] = await targetProblems(vendor);
    const response = desk.save('argus.hrba.zip', await exportSignedResponse(vendor));

    // The buyer imports it, opens its review, and starts a decision with a condition from the clause library.
    await buyer.goto(procurementUrl);
    await buyer.getByRole('checkbox', { name: 'Accept responses nobody signed' }).check();
    await importResponses(buyer, [{ path: response, vendor: 'Argus Systems' }]);
    await buyer.getByLabel('Vendor to review').selectOption({ label: 'Argus Systems (revision 1)' });
    await buyer.getByLabel('Comment on CON-04').waitFor();
    const decision = buyer.getByRole('form', { name: 'Record the decision' });
    await decision.getByLabel('Approve with conditions').check();
    await decision.getByRole('button', { name: 'Add CL-02 as a condition' }).click();
    await decision.getByLabel('Text of condition CL-02 (edit it for this procurement)').waitFor();
    seen['a procurement: responses, review, comparison, decision'] = await targetProblems(buyer);

    expectNoProblems(seen, 6);
  });

  it('on the checklist upgrade, the export menu, the audit review, signing identities, signing and a verification', async () => {
    const { page, id } = await openExample(size);
    const seen: Record<string, { checked: number; problems: Problem[] }> = {};

    await createIdentity(page, 'Tess Tapper', 'Verity LLP');
    seen['signing identities, one made'] = await targetProblems(page);

    // The example is on checklist 1.0.0: its upgrade page lists every change.
    await go(page, `/a/${id}`);
    await page.getByRole('link', { name: 'See what changes and upgrade to 1.1.0' }).click();
    await page.getByRole('heading', { level: 2, name: 'Upgrade from checklist 1.0.0 to 1.1.0' }).waitFor();
    seen['the checklist upgrade'] = await targetProblems(page);

    await go(page, `/a/${id}`);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Export PDF', exact: true }).waitFor();
    seen['the export menu, open'] = await targetProblems(page);
    await page.keyboard.press('Escape');

    await go(page, `/a/${id}/audit`);
    await page.getByRole('button', { name: 'Audit this assessment' }).click();
    await page.getByRole('form', { name: 'Audit statement' }).waitFor();
    seen['the audit review'] = await targetProblems(page);

    await go(page, `/a/${id}/sign`);
    await page.getByRole('heading', { name: 'Sign revision 1' }).waitFor();
    await page.getByRole('group', { name: 'Sign as' }).getByRole('radio', { name: /^Tess Tapper — / }).check();
    seen['sign'] = await targetProblems(page);
    const files: { name: string; buffer: Buffer; mimeType: string }[] = [];
    const collect = page.waitForEvent('download').then(async (first) => {
      const second = await page.waitForEvent('download');
      for (const d of [first, second]) files.push({ name: d.suggestedFilename(), buffer: readFileSync(await d.path()), mimeType: 'application/octet-stream' });
    });
    await page.getByRole('button', { name: 'Lock and sign revision 1' }).click();
    await collect;
    await page.getByRole('status').filter({ hasText: 'Signed revision 1' }).waitFor();
    seen['sign, signed'] = await targetProblems(page);

    await go(page, '/verify');
    await page.getByLabel(/^Signed files to verify/).setInputFiles(files);
    await page.getByRole('heading', { name: 'What the signatures say' }).waitFor();
    await page.getByRole('article', { name: /^Result for .*\.pdf$/ }).waitFor();
    seen['verify, two results'] = await targetProblems(page);

    expectNoProblems(seen, 7);
  });
});

describe('the tap-target check', () => {
  it('finds a control that is too small and crowded, and one that something lies over', async () => {
    const { page } = await app.open();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // Built with DOM calls: the app's Trusted Types policy refuses innerHTML, as it should.
    await page.evaluate(() => {
      const make = (tag: string, style: string, text = '') => {
        const el = document.createElement(tag);
        el.textContent = text;
        el.style.cssText = style;
        return el;
      };
      const tiny = make('div', 'display:flex;gap:2px');
      tiny.append(make('button', 'all:unset;width:10px;height:10px;background:#000', 'a'), make('button', 'all:unset;width:10px;height:10px;background:#000', 'b'));
      const stack = make('div', 'position:relative');
      stack.append(make('button', 'min-width:44px;min-height:44px', 'Under'), make('div', 'position:absolute;inset:0;background:#fff'));
      document.querySelector('main')!.prepend(tiny, stack);
    });
    const { problems } = await targetProblems(page);
    expect(problems).toEqual(
      expect.arrayContaining([
        { control: 'button "a"', problem: expect.stringMatching(/^10 × 10 px, and button "b" is within 12 px/) },
        { control: 'button "Under"', problem: expect.stringMatching(/^covered at its centre by div/) },
      ]),
    );
  });
});
