import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { say } from './support/say';
import { expectNoAxeViolations } from './support/app';
import { answerQuestions, exportSignedResponse, fileDesk, importResponses, requestOnDesk, startResponse, TRANSIT_REQUEST } from './support/procurement';

/**
 * The language switch in the header: Arabic lays the page out right to left with no sideways
 * scroll on a desktop or a phone, the choice survives a reload, and without a choice the
 * browser's own languages decide.
 */
const app = useAppSessions();
const EXAMPLE = join(process.cwd(), 'examples', 'kestrel-insight.hrba.json');
const EXAMPLE_ID = '6f1c2a8e-4b7d-4e2a-9c3f-1d5e8b7a9c01';
const desk = fileDesk('hrba-languages-e2e-');

const documentLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** How far the page is wider than its viewport (0 = no sideways scroll), and the first elements that stick out on either side. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && !el.parentElement?.closest('.table-scroll');
      })
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)} px`);
    return { extra: document.documentElement.scrollWidth - width, wide };
  });

const KESTREL = '6f1c2a8e-4b7d-4e2a-9c3f-1d5e8b7a9c01';

// Routes whose screens are laid out right to left in Arabic; the header on each is translated.
// `ready` is what shows once the screen is drawn in Arabic (beyond its heading).
const ROUTES: { route: string; heading: RegExp; ready?: (page: Page) => Promise<void> }[] = [
  { route: '/', heading: /^تقييماتك$/ },
  { route: '/identity', heading: /^هويات التوقيع$/ },
  { route: '/verify', heading: /^التحقق من ملف موقَّع$/ },
  { route: '/backup', heading: /^النسخ الاحتياطي والاستعادة$/ },
  { route: '/new', heading: /^تقييم جديد$/, ready: (page) => page.getByRole('heading', { level: 2, name: 'ما الذي تقيّمه؟' }).waitFor() },
  // The imported example: its checklist walk (the review, an item, the profile) and its Context section.
  // Where the walk was left: the review on the first visit, the item below on the second.
  { route: `/a/${KESTREL}`, heading: /^Kestrel Insight$/, ready: (page) => page.getByRole('navigation', { name: 'خطوات التقييم' }).waitFor() },
  {
    route: `/a/${KESTREL}/item/CON-01`,
    heading: /^Kestrel Insight$/,
    ready: async (page) => {
      await page.getByRole('group', { name: 'إجابتك' }).waitFor();
      await page.getByRole('note').filter({ hasText: 'ترجمة لم تُراجَع بعد' }).waitFor();
    },
  },
  { route: `/a/${KESTREL}/context`, heading: /^Kestrel Insight$/, ready: (page) => page.getByRole('heading', { level: 2, name: 'الموازنات' }).waitFor() },
  { route: '/no-such-page', heading: /^الصفحة غير موجودة$/ },
  // The imported example's own sections converted so far: charts mirrored, verdicts, signing.
  ...['dashboard', 'audit', 'sign', 'findings', 'actions'].map((section) => ({ route: `/a/${EXAMPLE_ID}/${section}`, heading: /^Kestrel Insight/ })),  // A finding's editor (scales, anchors, involvement) and the upgrade from the example's checklist 1.0.0 (its long table).
  {
    route: `/a/${EXAMPLE_ID}/findings/CON-05`,
    heading: /^Kestrel Insight/,
    ready: (page) => page.getByRole('form', { name: say('ar', 'Rate and describe this finding') }).waitFor(),
  },
  {
    route: `/a/${EXAMPLE_ID}/upgrade`,
    heading: /^Kestrel Insight/,
    ready: (page) => page.getByRole('heading', { level: 2, name: say('ar', 'Upgrade from checklist {from} to {to}', { from: '1.0.0', to: '1.1.0' }) }).waitFor(),
  },
];

describe('languages', () => {
  it('switches to Arabic: right to left, no sideways scroll at 1280 and 390 px, no axe violations, remembered after a reload', async () => {
    const { page } = await app.open();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    // A stored assessment, so the home table (a card per row on a phone) is laid out too.
    await page.getByLabel('Import a .hrba.json file').setInputFiles(EXAMPLE);
    await page.getByRole('status').filter({ hasText: /^Imported / }).waitFor();

    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('link', { name: 'هويات التوقيع' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    await page.getByRole('button', { name: 'قراءة ميسَّرة' }).waitFor();
    // The home page speaks Arabic: its table's headers, a row's mode and its buttons' spoken names.
    const table = page.getByRole('table', { name: 'التقييمات المخزَّنة في هذا المتصفح' });
    await table.getByRole('columnheader', { name: 'أبعد خطوة فُتحت' }).waitFor();
    await table.getByRole('cell', { name: 'تقييم ذاتي' }).waitFor();
    await table.getByRole('button', { name: /^حذف Kestrel/ }).waitFor();
    // The switch names each language in itself (no longer "partial": every screen is translated).
    await expect.poll(() => page.getByLabel('اللغة').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).toBe('العربية');

    const seen: Record<string, { extra: number; wide: string[] }> = {};
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      for (const { route, heading, ready } of ROUTES) {
        await page.goto(new URL(`#${route}`, page.url()).href);
        await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
        await ready?.(page);
        await page.waitForLoadState('networkidle');
        expect(await documentLanguage(page), route).toEqual({ lang: 'ar', dir: 'rtl' });
        seen[`${route} at ${width}`] = await sidewaysScroll(page);
        if (width === 1280) await expectNoAxeViolations(page, `${route} in Arabic`);
      }
    }
    // The skip link, once focused, is on the page's right-hand (start) side and inside it.
    // On a fresh load, so focus starts at the top of the document: a route change inside the app moves focus to
    // the new page's heading (after an assessment's screens, focus was inside the page), and Tab goes on from there.
    await page.goto(new URL('#/', page.url()).href);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^تقييماتك$/ }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'الانتقال إلى المحتوى الرئيسي' });
    await expect.poll(() => skip.evaluate((el) => document.activeElement === el)).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(390 - (box.x + box.width)).toBeLessThan(box.x);
    seen['skip link focused'] = await sidewaysScroll(page);
    expect(Object.entries(seen).filter(([, o]) => o.extra > 0)).toEqual([]);

    await page.reload();
    await page.getByRole('link', { name: 'هويات التوقيع' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    await page.getByLabel('اللغة').selectOption('en');
    await page.getByRole('link', { name: 'Signing identities' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.reload();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('lays the buyer’s and the vendor’s procurement screens out right to left in Arabic, with no sideways scroll at 1280 and 390 px and no axe violations', async () => {
    const { page } = await app.open();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    // A sent request, and a vendor's response to it with one answer, so those screens have content.
    const { requestFile, procurementUrl } = await requestOnDesk(page, desk, 'request.hrba.json', TRANSIT_REQUEST);
    await startResponse(page, requestFile, { organisation: 'Argus Systems', productName: 'Argus Vision' });
    await answerQuestions(page, { answers: { 'CON-04': 'yes', 'CQ-01': 'unknown' } });
    const responseUrl = page.url();
    // Exported unsigned and imported by the buyer, so the sent request's page shows its review, comparison and decision too.
    const responseFile = desk.save('response.hrba.zip', await exportSignedResponse(page));
    await page.goto(procurementUrl);
    await page.getByRole('checkbox', { name: 'Accept responses nobody signed' }).check();
    await importResponses(page, [{ path: responseFile, vendor: 'Argus Systems' }]);

    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await page.getByRole('link', { name: 'هويات التوقيع' }).waitFor();
    const screens: { name: string; url: string; heading: RegExp; shows: RegExp }[] = [
      { name: 'home', url: new URL('#/', page.url()).href, heading: /^تقييماتك$/, shows: /^عمليات الشراء الخاصة بك$/ },
      { name: 'new procurement', url: new URL('#/procurement/new', page.url()).href, heading: /^طلب إلى الموردين$/, shows: /^أسئلتك الخاصة$/ },
      { name: 'open a request', url: new URL('#/respond', page.url()).href, heading: /^الرد على طلب مشترٍ$/, shows: /^ردودك$/ },
      { name: 'sent request with a response', url: procurementUrl, heading: /^Live facial recognition for transit$/, shows: /^الردود المستورَدة$/ },
      { name: 'exported vendor response', url: responseUrl, heading: /^الرد على Live facial recognition for transit$/, shows: /^تصدير الرد مرة أخرى$/ },
    ];
    const seen: Record<string, { extra: number; wide: string[] }> = {};
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      for (const screen of screens) {
        await page.goto(screen.url);
        await page.getByRole('heading', { level: 1, name: screen.heading }).waitFor();
        // Something of the screen's own in Arabic (a heading, a caption or a button), not only the header.
        await page.getByText(screen.shows).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await documentLanguage(page), screen.name).toEqual({ lang: 'ar', dir: 'rtl' });
        seen[`${screen.name} at ${width}`] = await sidewaysScroll(page);
        if (width === 1280) await expectNoAxeViolations(page, `${screen.name} in Arabic`);
      }
    }
    expect(Object.entries(seen).filter(([, o]) => o.extra > 0)).toEqual([]);
    // The vendor's page says its counts and answers in Arabic: the deal-breaker rule lists the answers with Arabic quotation marks.
    expect(await page.getByText(/^معيار إقصائي\. علامة تحذير عند/).first().textContent()).toContain('«لا»');
    // The vendor reads the checklist's questions in Arabic, marked as a translation not yet reviewed.
    await page.getByRole('note').filter({ hasText: 'ترجمة لم تُراجَع بعد' }).waitFor();
    const question = await page.locator('#q-CON-04 bdi').textContent();
    expect(question).toMatch(/[\u0600-\u06FF]/);
    // The buyer's review says the vendor's answer and its red flag in Arabic.
    await page.goto(procurementUrl);
    const card = page.getByRole('article', { name: /^CQ-01 / });
    await expect.poll(() => card.textContent()).toContain('الإجابة: لا أعرف');
    expect(await card.textContent()).toContain('علامة تحذير: معيار إقصائي حدده المشتري.');
    // The comparison and the decision below it are in Arabic too.
    const matrix = page.getByRole('table', { name: 'الإجابات حسب السؤال والمورد' });
    await expect.poll(() => matrix.getByRole('row', { name: /^CQ-01/ }).textContent()).toContain('CQ-01 (معيار إقصائي)لا أعرف');
    await page.getByRole('heading', { level: 2, name: 'القرار' }).waitFor();
    await page.getByRole('button', { name: 'تسجيل القرار' }).waitFor();
  });

  it('starts in the browser’s language when none was chosen, and falls back to English for one it does not speak', async () => {
    const { context, page } = await app.open();
    // What Chromium reports when its language is Mexican Spanish then English.
    await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['es-MX', 'en'], configurable: true }));
    await page.reload();
    await page.getByRole('link', { name: 'Identidades de firma' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'es', dir: 'ltr' });
    await page.getByText('Funciona sin conexión. Sus datos permanecen en este dispositivo.').waitFor();

    await context.addInitScript(() => Object.defineProperty(navigator, 'languages', { get: () => ['de-DE', 'ja'], configurable: true }));
    await page.reload();
    await page.getByRole('link', { name: 'Signing identities' }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
