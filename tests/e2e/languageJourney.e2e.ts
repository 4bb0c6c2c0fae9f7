import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { download, expectNoAxeViolations } from './support/app';
import { flatten, pdfToText } from './support/pdf';
import { itemText, say, type Language } from './support/say';
import { escapeHtml } from '../../src/report/html/escape';

/**
 * The start-up journey, start to PDF, in each language the app speaks: every screen on the
 * way is in that language (found through the catalogues, so the test does not copy the
 * translations), the checklist's own questions too, Arabic runs right to left with nothing
 * sticking out sideways, and the PDF carries what was typed in that script, quotes the checklist's
 * translation (saying it is not yet reviewed) and says which language the answer was given in.
 */
const app = useAppSessions();

const PRODUCTS: Record<Exclude<Language, 'en'>, string> = {
  fr: 'Moulin Équitable',
  es: 'Cóndor Justo',
  ar: 'منصة العدالة',
};

const documentLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(['fr', 'es', 'ar'] as const)('the start-up journey in %s', (language) => {
  it('goes from the home page to a PDF and an HTML report with the screens, the questions and the report’s headings in that language', async () => {
    const { page } = await app.open();
    await page.getByRole('heading', { name: 'Your assessments' }).waitFor();
    await page.getByLabel('Language', { exact: true }).selectOption(language);
    const direction = { lang: language, dir: language === 'ar' ? 'rtl' : 'ltr' };
    const screens: Record<string, number> = {};
    const check = async (screen: string) => {
      expect(await documentLanguage(page), screen).toEqual(direction);
      screens[screen] = await sidewaysScroll(page);
      if (language === 'ar') await expectNoAxeViolations(page, `${screen} in Arabic`);
    };

    await page.getByRole('heading', { level: 1, name: say(language, 'Your assessments') }).waitFor();
    await check('home');
    await page.getByRole('link', { name: say(language, 'New assessment', undefined, 'Home: button to start an assessment') }).click();
    await page.getByRole('heading', { level: 1, name: say(language, 'New assessment', undefined, 'New assessment page heading') }).waitFor();
    await check('new assessment');
    const product = PRODUCTS[language];
    await page.locator('#productName').fill(product);
    await page.locator('#purpose-own-product').check();
    await page.getByRole('button', { name: say(language, 'Continue to the profile') }).click();

    await page.getByRole('heading', { level: 2, name: say(language, 'Profile', undefined, 'Profile step heading: questions that decide which items apply') }).waitFor();
    await check('profile');
    await page.locator('#triage-role-builder').check();
    for (const [question, value] of [['decisions', 'no'], ['public-users', 'yes'], ['emergency', 'no'], ['cross-border', 'no']] as const) {
      await page.locator(`#triage-${question}-${value}`).check();
    }
    await page.getByRole('button', { name: say(language, 'Continue to conception') }).click();

    // The first conception item, asked in the checklist's translation.
    const item = page.locator('article').first();
    await item.getByText(itemText(language, 'conception', 'CON-01')).waitFor();
    await check('first question');
    await item.getByRole('group', { name: say(language, 'Your answer') }).getByLabel(say(language, 'Partly'), { exact: true }).check();
    await item.getByLabel(say(language, 'Notes'), { exact: true }).fill(`${product}: ${language}`);
    await page.locator('[data-save-state="saved"]').waitFor();

    await page.getByRole('button', { name: say(language, 'Export', undefined, 'Assessment header: button that shows the export choices') }).click();
    const { bytes } = await download(page, () => page.getByRole('button', { name: say(language, 'Export PDF'), exact: true }).click());
    const text = flatten(pdfToText(bytes)).normalize('NFKC');
    expect(text).toContain(product.normalize('NFKC'));
    // The report's own headings are in the language too.
    for (const heading of ['Executive summary', 'Methodology', 'Answers by stage']) expect(text).toContain(say(language, heading).normalize('NFKC'));
    // It quotes the checklist's translation, says it is not yet reviewed, and in which language the one answer was given.
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language)!;
    const notice = say(language, 'The checklist’s questions are quoted in {language}, a translation not yet reviewed; the English text is the reference.', { language: name });
    const answeredIn = say(language, 'The checklist was answered in: {languages}.', {
      languages: say(language, '{language} ({count, plural, one {# answer} other {# answers}})', { language: name, count: 1 }),
    });
    if (language === 'ar') {
      // pdftotext gives the Arabic of this PDF with direction marks of its own around each run, brackets mirrored and
      // marks moved, a long phrase wrapped: Arabic is compared on its letters only, in phrases that fit on one line:
      // the item's gap title, the notice's first clause, the answered-in line.
      const letters = (s: string) => s.normalize('NFKC').replace(/[^\u0621-\u064A]/g, '');
      const all = letters(text);
      expect(all).toContain(letters(itemText(language, 'conception', 'CON-01', 'gapTitle')));
      expect(all).toContain(letters(notice.split('،')[0]!));
      expect(all).toContain(letters(answeredIn));
    } else {
      expect(text).toContain(itemText(language, 'conception', 'CON-01').normalize('NFKC'));
      expect(text).toContain(notice.normalize('NFKC'));
      expect(text).toContain(answeredIn.normalize('NFKC'));
    }
    expect(text).not.toContain('\uFFFD');

    // The HTML report quotes the same translation, the question marked with its language, under the same notice.
    const exportMenu = page.getByRole('button', { name: say(language, 'Export', undefined, 'Assessment header: button that shows the export choices'), exact: true }).first();
    if ((await exportMenu.getAttribute('aria-expanded')) === 'false') await exportMenu.click();
    const htmlReport = (await download(page, () => page.getByRole('button', { name: say(language, 'Export HTML report'), exact: true }).click())).bytes.toString('utf8');
    expect(htmlReport).toContain(`<h4 id="item-CON-01">CON-01 <span lang="${language}">${escapeHtml(itemText(language, 'conception', 'CON-01'))}</span></h4>`);
    const header = htmlReport.slice(0, htmlReport.indexOf('</header>'));
    for (const line of [notice, answeredIn]) expect(header).toContain(`<p>${escapeHtml(line)}</p>`);

    expect(Object.entries(screens).filter(([, extra]) => extra > 0)).toEqual([]);
  });
});
