import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { applyChange, nextTrailEvent, type Checklist, type ChecklistRef, type TrailEvent } from '../../src/domain';
import {
  makeResponseFile,
  packContainer,
  requestHash,
  RequestSchema,
  serializeResponseFile,
  sha256OfBytes,
  startResponseAssessment,
  type EvidenceFile,
  type Request,
} from '../../src/domain/procurement';
import { createSelfSignedIdentity, signPackage } from '../../src/crypto';
import { loadChecklistDir, loadSourcesRegistry } from '../../src/node/loadChecklist';
import { newSession } from './browser';
import { openHome } from './app';

/**
 * The buyer's side of the procurement journey at the issue's sizes, through the built app:
 * a request of ANSWERS questions; vendors' responses made and signed with the project's own
 * domain and crypto code (what a vendor's app exports), the first carrying EVIDENCE_MB of
 * evidence files. The procurement row is seeded straight into IndexedDB (as the builder
 * stores a sent request); the responses go in through the page's own file input.
 */
export const ANSWERS = 120;
export const VENDORS = 10;
export const EVIDENCE_MB = 10;
export const IMPORT_RUNS = 3;
export const COMPARE_RUNS = 5;
/** The budget for the comparison page: navigation to the 10 × 120 matrix painted and ready for input. */
export const COMPARE_TARGET_MS = 2000;
const RESPONSE_INPUT = 'Response files from vendors (.hrba.zip; you may choose several)';
const MATRIX = 'Answers by question and vendor';
const AT = '2026-03-01T09:00:00.000Z';

export interface ProcurementBenchResult {
  evidenceBytes: number;
  /** File chosen to "Imported …": read, verified (signature, binding, trail, every hash), stored; per run. */
  importMs: number[];
  longestTaskMs: number[];
  /** Navigation to the matrix painted with every vendor and question, then a posted task run; per reload. */
  compareMs: number[];
  /** Of that, navigation to the responses section's heading (app start, procurement and checklist loaded); per reload. */
  sectionMs: number[];
  rows: number;
  columns: number;
  problems: string[];
}

async function fixtures(root: string): Promise<{ request: Request; hash: string; files: string[]; evidenceBytes: number }> {
  const loaded = await loadChecklistDir(join(root, 'checklists/hrba-tech/1.1.0'), loadSourcesRegistry(join(root, 'checklists')));
  if (!loaded.ok) throw new Error('checklist 1.1.0 does not load');
  const { checklist, ref } = loaded as { checklist: Checklist; ref: ChecklistRef };
  const items = checklist.items.slice(0, ANSWERS).map((i) => i.id);
  const request = RequestSchema.parse({
    schemaVersion: 1,
    id: randomUUID(),
    createdAt: AT,
    buyer: { organisation: 'Bench City' },
    procurement: { title: 'Bench procurement', stage: 'tender' },
    checklist: ref,
    items,
    mandatory: items.slice(0, 10),
    dealBreakers: Object.fromEntries(items.slice(0, 5).map((id) => [id, {}])),
  });
  const hash = await requestHash(request);
  const dir = mkdtempSync(join(tmpdir(), 'hrba-bench-procurement-'));
  const files: string[] = [];
  let evidenceBytes = 0;
  for (let v = 0; v < VENDORS; v++) {
    const organisation = `Bench vendor ${String(v + 1).padStart(2, '0')}`;
    const identity = await createSelfSignedIdentity({ name: `Signer ${v + 1}`, organisation, email: 'bench@vendor.example', algorithm: 'ECDSA-P256' });
    let assessment = startResponseAssessment(request, { id: randomUUID(), at: AT, productName: `${organisation} product`, organisation });
    const trail: TrailEvent[] = [nextTrailEvent(null, { at: AT, by: organisation, change: { type: 'assessment.created' } })];
    const statuses = ['yes', 'partial', 'no', 'unknown', 'yes'] as const;
    items.forEach((itemId, i) => {
      const change = { type: 'answer.set' as const, itemId, status: statuses[(i + v) % statuses.length]!, notes: `${organisation} on ${itemId}: policy, process and evidence described in the annex.`, evidence: [] };
      assessment = applyChange(assessment, change, { at: AT, by: organisation });
      trail.push(nextTrailEvent(trail.at(-1), { at: AT, by: organisation, change }));
    });
    // The first vendor carries EVIDENCE_MB in four files on four questions; the others one small file.
    const blobs = v === 0 ? [0, 1, 2, 3].map(() => randomBytes((EVIDENCE_MB * 1024 * 1024) / 4)) : [randomBytes(20_000)];
    const evidence: EvidenceFile[] = blobs.map((b, i) => ({ sha256: sha256OfBytes(b), questionKey: items[i]!, name: `evidence-${i + 1}.pdf`, mediaType: 'application/pdf', bytes: b.byteLength, description: '' }));
    if (v === 0) evidenceBytes = blobs.reduce((n, b) => n + b.byteLength, 0);
    const file = makeResponseFile({ request: { id: request.id, hash }, assessment, trail, evidence, generator: { name: 'HRBA@Tech bench', version: '1' }, exportedAt: AT });
    const signed = serializeResponseFile(await signPackage(file, identity));
    const path = join(dir, `vendor-${v + 1}.hrba.zip`);
    writeFileSync(path, packContainer(signed, new Map(evidence.map((e, i) => [e.sha256, new Uint8Array(blobs[i]!)]))));
    files.push(path);
  }
  return { request, hash, files, evidenceBytes };
}

const SEED = `async ({ row }) => {
  const open = indexedDB.open('hrba-tech');
  await new Promise((resolve, reject) => { open.onsuccess = resolve; open.onerror = () => reject(open.error); });
  const db = open.result;
  const tx = db.transaction(['procurements'], 'readwrite');
  tx.objectStore('procurements').put(row);
  await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  db.close();
}`;

const OBSERVE = `(() => {
  const s = (window.__hrbaProcurement = { tasks: [], ready: null, section: null });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) s.tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (s.ready !== null) return;
    if (s.section === null && [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Vendors’ responses')) s.section = performance.now();
    const table = [...document.querySelectorAll('table')].find((t) => t.caption && t.caption.textContent === ${JSON.stringify(MATRIX)});
    if (!table || table.tBodies[0]?.rows.length !== ${ANSWERS} || table.tHead?.rows[0]?.cells.length !== ${VENDORS + 1}) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { s.ready = performance.now(); };
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true });
})()`;

async function importOne(page: Page, path: string, organisation: string): Promise<{ ms: number; longest: number }> {
  const start = await page.evaluate(() => performance.now());
  await page.getByLabel(RESPONSE_INPUT).setInputFiles(path);
  await page.getByRole('status').filter({ hasText: `: ${organisation}, revision 1.` }).waitFor();
  const end = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(() => (window as unknown as { __hrbaProcurement: { tasks: { start: number; duration: number }[] } }).__hrbaProcurement.tasks);
  return { ms: end - start, longest: Math.max(0, ...tasks.filter((t) => t.start + t.duration >= start).map((t) => t.duration)) };
}

export async function measureProcurement(browser: Browser, baseURL: string, root: string, log: (m: string) => void): Promise<ProcurementBenchResult> {
  log(`procurement: making a ${ANSWERS}-question request and ${VENDORS} signed responses (the first with ${EVIDENCE_MB} MB of evidence)…`);
  const { request, hash, files, evidenceBytes } = await fixtures(root);
  const result: ProcurementBenchResult = { evidenceBytes, importMs: [], longestTaskMs: [], compareMs: [], sectionMs: [], rows: 0, columns: 0, problems: [] };
  const route = `${baseURL}#/procurement/${request.id}`;
  for (let run = 1; run <= IMPORT_RUNS; run++) {
    log(`procurement: import and verify the ${EVIDENCE_MB} MB response, run ${run} of ${IMPORT_RUNS}…`);
    const session = await newSession(browser);
    try {
      session.context.setDefaultTimeout(180_000);
      await session.page.addInitScript(OBSERVE);
      await openHome(session.page, baseURL);
      await session.page.evaluate(`(${SEED})(${JSON.stringify({ row: { id: request.id, request, requestHash: hash, sentAt: AT, updatedAt: AT } })})`);
      await session.page.goto(route);
      await session.page.getByRole('heading', { name: 'Vendors’ responses' }).waitFor();
      const one = await importOne(session.page, files[0]!, 'Bench vendor 01');
      result.importMs.push(one.ms);
      result.longestTaskMs.push(one.longest);
      if (run === IMPORT_RUNS) {
        log(`procurement: importing the other ${VENDORS - 1} responses, then reloading the comparison ${COMPARE_RUNS} times…`);
        await session.page.getByLabel(RESPONSE_INPUT).setInputFiles(files.slice(1));
        await session.page.getByRole('status').filter({ hasText: `: Bench vendor ${String(VENDORS).padStart(2, '0')}, revision 1.` }).waitFor();
        for (let i = 0; i <= COMPARE_RUNS; i++) {
          await session.page.goto('about:blank');
          await session.page.goto(route);
          await session.page.waitForFunction(() => (window as unknown as { __hrbaProcurement: { ready: number | null } }).__hrbaProcurement.ready !== null);
          const marks = await session.page.evaluate(() => (window as unknown as { __hrbaProcurement: { ready: number; section: number } }).__hrbaProcurement);
          // The first load warms the HTTP cache, as a returning person's would be.
          if (i > 0) {
            result.compareMs.push(marks.ready);
            result.sectionMs.push(marks.section);
          }
        }
        const matrix = session.page.getByRole('table', { name: MATRIX });
        result.rows = await matrix.locator('tbody tr').count();
        result.columns = (await matrix.locator('thead th').count()) - 1;
      }
      result.problems.push(...session.problems);
    } finally {
      await session.context.close();
    }
  }
  return result;
}
