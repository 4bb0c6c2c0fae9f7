import type { Browser } from 'playwright-core';
import { summariseAssessment, type Assessment } from '../../src/domain';
import { newSession } from './browser';
import { openHome } from './app';
import { ms } from './stats';
import { statusFor, type Row } from './table';

const NO_TARGET = 'none set';

/**
 * The home list at scale: N stored assessments of ANSWERS answers each, seeded
 * straight into IndexedDB (rows and their summaries, as the app's write path
 * stores them) so seeding takes seconds; then the built app is loaded and timed.
 */
export const SCALE_COUNTS = [10, 1000] as const;
export const ANSWERS = 120;

export interface ScaleResult {
  count: number;
  /** Navigation start to the first page of the list drawn (rows in the table). */
  homeReady: number;
  /** Longest task from navigation to one second after the list is drawn. */
  longestTaskLoad: number;
  /** Click on "Duplicate" to the status line saying the copy was created. */
  duplicate: number;
  longestTaskDuplicate: number;
  problems: string[];
}

/** The template row, topped up to ANSWERS answers (ids the schema accepts) if the checklist has fewer items. */
export function scaleTemplate(fullyAnswered: Assessment): Assessment {
  const answers = { ...fullyAnswered.answers };
  const sample = Object.values(answers)[0]!;
  for (let n = 1; Object.keys(answers).length < ANSWERS; n++) answers[`BEN-${String(n).padStart(3, '0')}`] = sample;
  return { ...fullyAnswered, answers };
}

const OBSERVE_LONG_TASKS = `(() => {
  window.__hrbaLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__hrbaLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})()`;

const SEED = `async ({ template, summary, count }) => {
  const open = indexedDB.open('hrba-tech');
  await new Promise((resolve, reject) => { open.onsuccess = resolve; open.onerror = () => reject(open.error); });
  const db = open.result;
  const tx = db.transaction(['assessments', 'summaries'], 'readwrite');
  for (let i = 0; i < count; i++) {
    const id = '00000000-0000-4000-8000-' + String(i + 1).padStart(12, '0');
    const productName = 'Bench product ' + String(i + 1).padStart(4, '0');
    const updatedAt = new Date(Date.parse(template.updatedAt) - i * 60000).toISOString();
    const data = { ...template, id, updatedAt, subject: { ...template.subject, productName } };
    tx.objectStore('assessments').put({ id, updatedAt, data });
    tx.objectStore('summaries').put({ id, entry: { state: 'ok', id, summary: { ...summary, id, productName, updatedAt } } });
  }
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  db.close();
}`;

export async function measureScale(browser: Browser, baseURL: string, template: Assessment, count: number): Promise<ScaleResult> {
  const { context, page, problems } = await newSession(browser);
  try {
    // Let the app create its database (current version), then fill it behind its back and reload.
    await openHome(page, baseURL);
    await page.evaluate(`(${SEED})(${JSON.stringify({ template, summary: summariseAssessment(template), count })})`);
    await page.addInitScript(OBSERVE_LONG_TASKS);
    await page.reload();
    const table = page.getByRole('table', { name: 'Assessments stored in this browser' });
    await table.getByRole('link', { name: 'Bench product 0001', exact: true }).waitFor();
    const homeReady = await page.evaluate(() => performance.now());
    await page.waitForTimeout(1000);
    const loadTasks = await page.evaluate(() => (window as unknown as { __hrbaLongTasks: { duration: number }[] }).__hrbaLongTasks.map((t) => t.duration));

    const duplicate = (await page.evaluate(`new Promise((resolve, reject) => {
      const button = document.querySelector('button[aria-label="Duplicate Bench product 0001"]');
      if (!button) return reject(new Error('no Duplicate button for Bench product 0001'));
      const before = window.__hrbaLongTasks.length;
      const t0 = performance.now();
      const observer = new MutationObserver(() => {
        if (!document.body.textContent.includes('Created "Bench product 0001 (copy)".')) return;
        observer.disconnect();
        const t1 = performance.now();
        setTimeout(() => resolve({ ms: t1 - t0, tasks: window.__hrbaLongTasks.slice(before).map((t) => t.duration) }), 500);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      button.click();
    })`)) as { ms: number; tasks: number[] };
    return {
      count,
      homeReady,
      longestTaskLoad: Math.max(0, ...loadTasks),
      duplicate: duplicate.ms,
      longestTaskDuplicate: Math.max(0, ...duplicate.tasks),
      problems,
    };
  } finally {
    await context.close();
  }
}

/** The goals at 1,000 assessments. */
const HOME_TARGET_MS = 1000;
const LONG_TASK_TARGET_MS = 200;
const DUPLICATE_TARGET_MS = 300;
const RATIO_TARGET = 1.5;

export function scaleRows(small: ScaleResult, large: ScaleResult): Row[] {
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Infinity);
  const homeRatio = ratio(large.homeReady, small.homeReady);
  const dupRatio = ratio(large.duplicate, small.duplicate);
  const longest = Math.max(large.longestTaskLoad, large.longestTaskDuplicate);
  const n = `${large.count} × ${ANSWERS} answers`;
  return [
    { metric: `Home list drawn, ${small.count} assessments (navigation to first page)`, value: ms(small.homeReady), target: NO_TARGET, status: 'info' },
    { metric: `Home list drawn, ${n}`, value: ms(large.homeReady), target: `≤ ${ms(HOME_TARGET_MS)}`, status: statusFor(large.homeReady, HOME_TARGET_MS) },
    { metric: `    ratio ${large.count} ÷ ${small.count}`, value: `${homeRatio.toFixed(2)}×`, target: `≤ ${RATIO_TARGET}×`, status: statusFor(homeRatio, RATIO_TARGET) },
    { metric: `Duplicate from the home list, ${small.count} assessments`, value: ms(small.duplicate), target: NO_TARGET, status: 'info' },
    { metric: `Duplicate from the home list, ${n}`, value: ms(large.duplicate), target: `≤ ${ms(DUPLICATE_TARGET_MS)}`, status: statusFor(large.duplicate, DUPLICATE_TARGET_MS) },
    { metric: `    ratio ${large.count} ÷ ${small.count}`, value: `${dupRatio.toFixed(2)}×`, target: `≤ ${RATIO_TARGET}×`, status: statusFor(dupRatio, RATIO_TARGET) },
    { metric: `Longest task, ${n} (load + 1 s, and duplicate)`, value: ms(longest), target: `≤ ${ms(LONG_TASK_TARGET_MS)}`, status: statusFor(longest, LONG_TASK_TARGET_MS) },
  ];
}
