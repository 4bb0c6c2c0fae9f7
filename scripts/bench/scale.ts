import type { Browser, Page } from 'playwright-core';
import { lineOf, summariseAssessment, type Assessment, type ListEntry } from '../../src/domain';
import { newSession, type Session } from './browser';
import { openHome } from './app';
import { median, ms } from './stats';
import { statusFor, type Row } from './table';

const NO_TARGET = 'none set';

/**
 * The home list at scale: N stored assessments of ANSWERS answers each, seeded
 * straight into IndexedDB (rows, summaries and list lines, as the app's write path
 * stores them) so seeding takes seconds; then the built app is reloaded and timed.
 * Both counts are seeded first and then measured in turns (10, 1000, 10, 1000, …),
 * so a machine that is busier for a while slows both alike; each figure is a median.
 */
export const SCALE_COUNTS = [10, 1000] as const;
export const ANSWERS = 120;
/** Measured reloads per count, after one warm-up load (a person returning to the app). */
export const SCALE_RUNS = 5;
const FIRST_PRODUCT = 'Bench product 0001';

export interface ScaleResult {
  count: number;
  /** Navigation start to the first row painted and the main thread free to take a keystroke in the search box (median). */
  interactive: number[];
  /** Longest task from navigation to one second after interactive, per run. */
  longestTaskLoad: number[];
  /** Click on "Duplicate" to the status line saying the copy was created, per run. */
  duplicate: number[];
  longestTaskDuplicate: number[];
  /** Every long task of every load ("duration@start" from navigation, ms), for the details under the table. */
  loadTasks: string[];
  problems: string[];
}

/** The template row, topped up to ANSWERS answers (ids the schema accepts) if the checklist has fewer items. */
export function scaleTemplate(fullyAnswered: Assessment): Assessment {
  const answers = { ...fullyAnswered.answers };
  const sample = Object.values(answers)[0]!;
  for (let n = 1; Object.keys(answers).length < ANSWERS; n++) answers[`BEN-${String(n).padStart(3, '0')}`] = sample;
  return { ...fullyAnswered, answers };
}

/**
 * Installed before the app's own scripts: collects long tasks, and notes when the
 * first row of the list and the search box are in the page. "Interactive" is the
 * moment after that when the frame showing them has been produced (requestAnimationFrame)
 * and a task posted then has run: a keystroke in the search box would have been
 * handled no later. Work the app defers until after the first draw still counts in
 * the longest task, which is watched for a second more.
 */
const OBSERVE = `(() => {
  const s = (window.__hrbaScale = { tasks: [], ready: null, interactive: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) s.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (s.ready !== null) return;
    const table = [...document.querySelectorAll('table')].find((t) => t.caption && t.caption.textContent === 'Assessments stored in this browser');
    const link = table && [...table.querySelectorAll('a')].find((a) => a.textContent === ${JSON.stringify(FIRST_PRODUCT)});
    const search = document.querySelector('input[type="search"]');
    if (!link || !search || link.getClientRects().length === 0 || search.disabled) return;
    s.ready = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { s.interactive = performance.now(); };
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})()`;

const SEED = `async ({ template, summary, line, count }) => {
  const open = indexedDB.open('hrba-tech');
  await new Promise((resolve, reject) => { open.onsuccess = resolve; open.onerror = () => reject(open.error); });
  const db = open.result;
  const tx = db.transaction(['assessments', 'summaries', 'listLines'], 'readwrite');
  for (let i = 0; i < count; i++) {
    const id = '00000000-0000-4000-8000-' + String(i + 1).padStart(12, '0');
    const productName = 'Bench product ' + String(i + 1).padStart(4, '0');
    const updatedAt = new Date(Date.parse(template.updatedAt) - i * 60000).toISOString();
    const data = { ...template, id, updatedAt, subject: { ...template.subject, productName } };
    tx.objectStore('assessments').put({ id, updatedAt, data });
    tx.objectStore('summaries').put({ id, entry: { state: 'ok', id, summary: { ...summary, id, productName, updatedAt } } });
    tx.objectStore('listLines').put({ id, line: { state: 'ok', id, summary: { ...line.summary, id, productName, updatedAt } } });
  }
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  db.close();
}`;

const DUPLICATE = `(name) => new Promise((resolve, reject) => {
  const button = document.querySelector('button[aria-label="Duplicate ' + name + '"]');
  if (!button) return reject(new Error('no Duplicate button for ' + name));
  const s = window.__hrbaScale;
  const before = s.tasks.length;
  const t0 = performance.now();
  const observer = new MutationObserver(() => {
    if (!document.body.textContent.includes('Created "' + name + ' (copy)".')) return;
    observer.disconnect();
    const t1 = performance.now();
    setTimeout(() => resolve({ ms: t1 - t0, tasks: s.tasks.slice(before).map((t) => t.duration) }), 500);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  button.click();
})`;

interface Seeded {
  result: ScaleResult;
  session: Session;
}

async function seed(browser: Browser, baseURL: string, template: Assessment, count: number): Promise<Seeded> {
  const session = await newSession(browser);
  const { page } = session;
  // Let the app create its database (current version), then fill it behind its back.
  await openHome(page, baseURL);
  const summary = summariseAssessment(template);
  const entry: ListEntry = { state: 'ok', id: template.id, summary };
  await page.evaluate(`(${SEED})(${JSON.stringify({ template, summary, line: lineOf(entry), count })})`);
  await page.addInitScript(OBSERVE);
  await loadOnce(page); // warm-up: the HTTP cache and compiled code, as for a person returning to the app
  return { session, result: { count, interactive: [], longestTaskLoad: [], duplicate: [], longestTaskDuplicate: [], loadTasks: [], problems: session.problems } };
}

async function loadOnce(page: Page): Promise<{ interactive: number; longestTask: number; tasks: string }> {
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __hrbaScale?: { interactive: number | null } }).__hrbaScale?.interactive != null);
  await page.waitForTimeout(1000);
  return page.evaluate(() => {
    const s = (window as unknown as { __hrbaScale: { interactive: number; tasks: { start: number; duration: number }[] } }).__hrbaScale;
    const within = s.tasks.filter((t) => t.start <= s.interactive + 1000);
    const tasks = within.map((t) => `${t.duration.toFixed(0)}@${t.start.toFixed(0)}`).join(' ');
    return { interactive: s.interactive, longestTask: Math.max(0, ...within.map((t) => t.duration)), tasks };
  });
}

/** Both counts seeded, then measured in turns; returns one result per count, in SCALE_COUNTS order. */
export async function measureScale(browser: Browser, baseURL: string, template: Assessment, log: (m: string) => void): Promise<ScaleResult[]> {
  const seeded: Seeded[] = [];
  try {
    for (const count of SCALE_COUNTS) {
      log(`scale: seeding ${count} assessments…`);
      seeded.push(await seed(browser, baseURL, template, count));
    }
    for (let run = 0; run < SCALE_RUNS; run++) {
      for (const s of seeded) {
        const load = await loadOnce(s.session.page);
        s.result.interactive.push(load.interactive);
        s.result.longestTaskLoad.push(load.longestTask);
        s.result.loadTasks.push(`interactive at ${load.interactive.toFixed(0)}; long tasks: ${load.tasks || 'none'}`);
      }
    }
    // Each run duplicates a different product, all on the first page (newest first).
    for (let run = 0; run < SCALE_RUNS; run++) {
      for (const s of seeded) {
        const name = `Bench product ${String(run + 1).padStart(4, '0')}`;
        const d = (await s.session.page.evaluate(`(${DUPLICATE})(${JSON.stringify(name)})`)) as { ms: number; tasks: number[] };
        s.result.duplicate.push(d.ms);
        s.result.longestTaskDuplicate.push(Math.max(0, ...d.tasks));
      }
    }
    return seeded.map((s) => s.result);
  } finally {
    for (const s of seeded) await s.session.context.close().catch(() => undefined);
  }
}

/** The goals at 1,000 assessments. */
const HOME_TARGET_MS = 1000;
const LONG_TASK_TARGET_MS = 200;
const DUPLICATE_TARGET_MS = 300;
const RATIO_TARGET = 1.5;

const runs = (values: readonly number[]) => values.map((v) => v.toFixed(0)).join(', ');

export function scaleRows(small: ScaleResult, large: ScaleResult): Row[] {
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Infinity);
  const home = { small: median(small.interactive), large: median(large.interactive) };
  const dup = { small: median(small.duplicate), large: median(large.duplicate) };
  const homeRatio = ratio(home.large, home.small);
  const dupRatio = ratio(dup.large, dup.small);
  const longest = (r: ScaleResult) => Math.max(...r.longestTaskLoad, ...r.longestTaskDuplicate);
  const n = `${large.count} × ${ANSWERS} answers`;
  const median3 = `median of ${SCALE_RUNS}`;
  return [
    { metric: `Home interactive, ${small.count} assessments (${median3}: ${runs(small.interactive)} ms)`, value: ms(home.small), target: NO_TARGET, status: 'info' },
    { metric: `Home interactive, ${n} (${median3}: ${runs(large.interactive)} ms)`, value: ms(home.large), target: `≤ ${ms(HOME_TARGET_MS)}`, status: statusFor(home.large, HOME_TARGET_MS) },
    { metric: `    ratio ${large.count} ÷ ${small.count}`, value: `${homeRatio.toFixed(2)}×`, target: `≤ ${RATIO_TARGET}×`, status: statusFor(homeRatio, RATIO_TARGET) },
    { metric: `Duplicate from the home list, ${small.count} assessments (${median3}: ${runs(small.duplicate)} ms)`, value: ms(dup.small), target: NO_TARGET, status: 'info' },
    { metric: `Duplicate from the home list, ${n} (${median3}: ${runs(large.duplicate)} ms)`, value: ms(dup.large), target: `≤ ${ms(DUPLICATE_TARGET_MS)}`, status: statusFor(dup.large, DUPLICATE_TARGET_MS) },
    { metric: `    ratio ${large.count} ÷ ${small.count}`, value: `${dupRatio.toFixed(2)}×`, target: `≤ ${RATIO_TARGET}×`, status: statusFor(dupRatio, RATIO_TARGET) },
    { metric: `Longest task, ${small.count} assessments (every load + 1 s, every duplicate)`, value: ms(longest(small)), target: NO_TARGET, status: 'info' },
    { metric: `Longest task, ${n} (every load + 1 s, every duplicate)`, value: ms(longest(large)), target: `≤ ${ms(LONG_TASK_TARGET_MS)}`, status: statusFor(longest(large), LONG_TASK_TARGET_MS) },
  ];
}
