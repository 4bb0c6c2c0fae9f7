import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  applyChange,
  AssessmentChangeSchema,
  makeHrbaFile,
  newAssessment,
  nextTrailEvent,
  serializeHrbaFile,
  type Assessment,
  type AssessmentChangeInput,
  type HrbaFile,
  type TrailEvent,
} from '../../src/domain';
import { useAppSessions } from './support/browser';
import { looksEnglish } from './support/english';
import { fileDesk, goToRoute, importResponses, personWithIdentity, requestOnDesk, vendorResponds } from './support/procurement';
import { say, type Language } from './support/say';

/**
 * The "lang truth" crawl (issue 12): with data in every screen, every route of the app is
 * visited in French, then in Arabic, and every text people see or hear (text, and the
 * aria-label, title, placeholder, alt and button values assistive technology reads) that the
 * page says is in that language (its nearest `lang`) is read. Any that looks English is a bug:
 * a missing translation, or English kept on purpose (a citation, untranslated checklist text)
 * without `lang="en"` around it, so a screen reader speaks it with the wrong voice. The seeded
 * data is in French (people's own words carry no language mark: the app cannot know it).
 * Failures are listed screen by screen.
 */
const app = useAppSessions();
const desk = fileDesk('hrba-language-crawl-e2e-');


/**
 * English still on screens other helpers are converting (issue 12), by screen and exact text:
 * each entry is a known leak, not an allowed one. Remove entries as those screens land; the
 * test fails on any leak not listed here.
 */
const PENDING: Record<string, readonly (string | RegExp)[]> = {};

/** The example assessment with every sentence people wrote in it replaced by French, rebuilt through the domain so its trail and hash are the app's own. */
function frenchExample(): { file: string; id: string; findingKey: string } {
  const source = JSON.parse(readFileSync(join(process.cwd(), 'examples', 'kestrel-insight.hrba.json'), 'utf8')) as HrbaFile;
  let n = 0;
  const french = <T,>(value: T): T => {
    if (typeof value === 'string') return (looksEnglish(value) ? `Texte saisi en français, numéro ${++n} : constat de l’équipe d’évaluation.` : value) as T;
    if (Array.isArray(value)) return value.map(french) as T;
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, french(v)])) as T;
    return value;
  };
  const [created, ...changes] = source.trail;
  const by = 'Zofia Wiśniewska';
  let assessment: Assessment = newAssessment({
    id: source.assessment.id,
    at: created!.at,
    mode: source.assessment.mode,
    subject: { ...french(source.assessment.subject), assessor: by },
    checklist: source.assessment.checklist,
  });
  const trail: TrailEvent[] = [nextTrailEvent(null, { at: created!.at, by, change: { type: 'assessment.created' } })];
  for (const event of changes) {
    const change = french(event.change) as AssessmentChangeInput;
    assessment = applyChange(assessment, change, { at: event.at, by });
    trail.push(nextTrailEvent(trail.at(-1), { at: event.at, by, change: AssessmentChangeSchema.parse(change) }));
  }
  const file = desk.save('evaluation.hrba.json', serializeHrbaFile(makeHrbaFile(assessment, source.generator, source.exportedAt, trail)));
  return { file, id: assessment.id, findingKey: Object.keys(assessment.findings)[0]! };
}

interface Leak {
  text: string;
  where: string;
}

/**
 * Everything on the page said to be in `language` (nearest `lang`), as phrases: an element's
 * text with its inline children's (a link or <bdi> inside a sentence), each block on its own;
 * and the spoken attributes. Closed <details> are opened first so their text is read too.
 */
async function textsIn(page: Page, language: Language): Promise<Leak[]> {
  return page.evaluate((language) => {
    for (const d of document.querySelectorAll('details:not([open])')) (d as HTMLDetailsElement).open = true;
    const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'tspan']);
    const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang') ?? '';
    const shown = (el: Element): boolean => {
      if (el.tagName === 'OPTION' || el.tagName === 'OPTGROUP') return !!el.closest('select')?.checkVisibility();
      if (el.tagName === 'title' && el.parentElement?.tagName === 'svg') return el.parentElement.checkVisibility();
      return el.checkVisibility();
    };
    const phrase = (el: Element): string =>
      [...el.childNodes]
        .map((node) => {
          if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
          if (!(node instanceof Element)) return '';
          if (!INLINE.has(node.tagName) || langOf(node) !== language || !shown(node)) return ' ';
          return phrase(node);
        })
        .join('');
    const where = (el: Element) => {
      const label = el.getAttribute('aria-label') ?? el.closest('section[aria-labelledby], [role="dialog"], main, header, footer')?.tagName.toLowerCase() ?? '';
      return `<${el.tagName.toLowerCase()}>${label && el.hasAttribute('aria-label') ? '' : ` in ${label}`}`;
    };
    const found: { text: string; where: string }[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(el.tagName) || langOf(el) !== language || !shown(el)) continue;
      if (!INLINE.has(el.tagName) || (el.parentElement && langOf(el.parentElement) !== language)) {
        const text = phrase(el).replace(/\s+/g, ' ').trim();
        if (text) found.push({ text, where: where(el) });
      }
      for (const attribute of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attribute)?.trim();
        if (value) found.push({ text: value, where: `${attribute} of <${el.tagName.toLowerCase()}>` });
      }
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type) && el.value) found.push({ text: el.value, where: 'value of a button' });
      if (el.tagName === 'OPTGROUP' && el.getAttribute('label')) found.push({ text: el.getAttribute('label')!, where: 'label of <optgroup>' });
    }
    return found;
  }, language);
}

/** Reads the page until two reads a moment apart agree (the screen has finished drawing), then keeps what looks English. */
async function englishOn(page: Page, language: Language): Promise<Leak[]> {
  let previous = '';
  let texts: Leak[] = [];
  await expect
    .poll(async () => {
      texts = await textsIn(page, language);
      const now = JSON.stringify(texts);
      const settled = now === previous;
      previous = now;
      return settled;
    }, { interval: 400 })
    .toBe(true);
  const seen = new Set<string>();
  return texts.filter((t) => looksEnglish(t.text) && !seen.has(t.text) && seen.add(t.text));
}

interface Screen {
  name: string;
  /** Goes to the screen and waits until it shows (in the current language). */
  open: (page: Page, language: Language) => Promise<void>;
}

/** A route, shown once its top heading is drawn and nothing says it is loading. */
const route = (name: string, path: string, ready?: (page: Page, language: Language) => Promise<void>): Screen => ({
  name,
  open: async (page, language) => {
    await goToRoute(page, path);
    await page.locator('main h1, main h2').first().waitFor();
    await ready?.(page, language);
  },
});

async function switchTo(page: Page, from: Language, to: Language): Promise<void> {
  await page.getByLabel(say(from, 'Language', undefined, 'Header: label of the language switch'), { exact: true }).selectOption(to);
  await page.waitForFunction((to) => document.documentElement.lang === to, to);
  await page.getByRole('link', { name: say(to, 'Signing identities', undefined, 'Header link to the page that keeps signing keys and certificates') }).waitFor();
}

let visited = 0;

async function crawl(page: Page, language: Language, screens: Screen[], leaks: Map<string, Leak[]>): Promise<void> {
  for (const screen of screens) {
    visited++;
    await screen.open(page, language);
    const pending = PENDING[screen.name] ?? [];
    const found = (await englishOn(page, language)).filter((l) => !pending.some((p) => (typeof p === 'string' ? p === l.text : p.test(l.text))));
    if (found.length) leaks.set(`${language} ${screen.name}`, found);
  }
}

const report = (leaks: Map<string, Leak[]>) =>
  [...leaks].map(([screen, found]) => `${screen}:\n${found.map((l) => `  ${l.where}: ${l.text}`).join('\n')}`).join('\n');

describe('language crawl', () => {
  it('shows no English on any screen in French or Arabic, except inside lang="en"', async () => {
    const started = Date.now();
    const example = frenchExample();
    // The buyer: the example assessment and a procurement with a vendor's signed response.
    const buyer = await personWithIdentity(app, 'Amélie Durand', 'Ville de Lacbleu');
    await buyer.getByLabel('Import a .hrba.json file').setInputFiles(example.file);
    await buyer.getByRole('status').filter({ hasText: /^Imported / }).waitFor();
    const { requestFile, procurementUrl } = await requestOnDesk(buyer, desk, 'demande.hrba.json', {
      organisation: 'Ville de Lacbleu',
      title: 'Reconnaissance faciale dans les transports',
      dealBreakers: ['CON-04'],
      mandatory: ['CON-04'],
      custom: [{ question: 'Hébergez-vous chaque dossier dans le pays ?', dealBreaker: true }],
      signer: 'Amélie Durand',
    });
    const { page: vendor, responseFile } = await vendorResponds(app, desk, 'reponse.hrba.zip', requestFile, {
      organisation: 'Société Hibou',
      productName: 'Regard Vif',
      answers: { 'CON-04': 'yes', 'CQ-01': 'unknown' },
      notes: { 'CON-04': 'Nous conservons les journaux pendant trente jours.' },
      signer: 'Bruno Lefèvre',
    });
    const vendorUrl = vendor.url();
    await goToRoute(buyer, new URL(procurementUrl).hash.slice(1));
    await importResponses(buyer, [{ path: responseFile, vendor: 'Société Hibou' }]);
    const procurement = new URL(procurementUrl).hash.slice(1);

    const a = `/a/${example.id}`;
    const steps = (page: Page, language: Language) => page.getByRole('navigation', { name: say(language, 'Assessment steps') });
    const buyerScreens: Screen[] = [
      route('home', '/'),
      route('new assessment', '/new'),
      route('checklist (review)', a, async (page, language) => void (await steps(page, language).waitFor())),
      route('checklist item', `${a}/item/CON-01`, async (page, language) => void (await page.getByRole('group', { name: say(language, 'Your answer') }).waitFor())),
      ...['findings', 'actions', 'context', 'dashboard', 'audit', 'sign', 'upgrade'].map((section) => route(section, `${a}/${section}`)),
      route('finding editor', `${a}/findings/${example.findingKey}`),
      // The forms behind the "Add" buttons: their choices (rights, groups of people) are checklist and registry words.
      ...[
        ['context', 'Add a stakeholder'],
        ['context', 'Add a benefit'],
        ['context', 'Add a trade-off'],
        ['actions', 'Add an action'],
      ].map(([section, button]) =>
        route(`${section}: ${button!.toLowerCase()} (form)`, `${a}/${section}`, async (page, language) => {
          await page.getByRole('button', { name: say(language, button!) }).click();
          await page.locator('main form').first().waitFor();
        }),
      ),
      route('signing identities', '/identity'),
      route('verify', '/verify'),
      route('backup', '/backup'),
      route('new procurement (request builder)', '/procurement/new'),
      route('procurement (responses, review, comparison, decision)', procurement),
      route('respond (open a request)', '/respond'),
      route('page not found', '/no-such-page'),
    ];
    // Each step of the checklist walk, opened from its navigation: last first, as the product step
    // (the first) closes the others until it is saved again.
    const stepScreens = async (page: Page, language: Language): Promise<Screen[]> => {
      await goToRoute(page, a);
      await steps(page, language).waitFor();
      const count = await steps(page, language).getByRole('button').count();
      return Array.from({ length: count }, (_, j) => count - 1 - j).map((i) => ({
        name: `checklist step ${i + 1}`,
        open: async (p: Page, l: Language) => {
          await goToRoute(p, a);
          await steps(p, l).getByRole('button').nth(i).click();
          await p.locator('main h2').first().waitFor();
        },
      }));
    };
    const vendorScreens: Screen[] = [route('vendor home', '/'), route('vendor response', new URL(vendorUrl).hash.slice(1))];

    const leaks = new Map<string, Leak[]>();
    let from: Language = 'en';
    for (const language of ['fr', 'ar'] as const) {
      await switchTo(buyer, from, language);
      await switchTo(vendor, from, language);
      from = language;
      await crawl(buyer, language, [...buyerScreens, ...(await stepScreens(buyer, language))], leaks);
      await crawl(vendor, language, vendorScreens, leaks);
    }
    console.info(`language crawl: ${visited} screens in French and Arabic, ${Math.round((Date.now() - started) / 1000)} s`);
    expect(leaks.size, `English outside lang="en":\n${report(leaks)}`).toBe(0);
  });
});
