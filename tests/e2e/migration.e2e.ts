import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { createAssessment, download, exportButton } from './support/app';
import { flatten, pdfToText } from './support/pdf';

const app = useAppSessions();

interface V1Row {
  id: string;
  updatedAt: string;
  data: unknown;
}

/**
 * Replaces the app's database with one shaped exactly as release 1 left it (Dexie
 * version 1 is IndexedDB version 10), written with raw IndexedDB from a blank page
 * of the same origin (served by the test, not the app), so no code of today's app
 * touches it before the app itself opens it.
 */
async function writeVersion1Database(page: Page, baseURL: string, rows: V1Row[]): Promise<void> {
  const blank = new URL('__write-version-1', baseURL).href;
  await page.route(blank, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><link rel="icon" href="data:,"><title>writer</title>' }),
  );
  await page.goto(blank);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL).origin);
  await page.evaluate(async (rows) => {
    const done = (r: IDBRequest | IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        if (r instanceof IDBTransaction) {
          r.oncomplete = () => resolve();
          r.onerror = () => reject(r.error);
        } else {
          r.onsuccess = () => resolve();
          r.onerror = () => reject(r.error);
        }
      });
    // The app page this one replaced may still hold today's database for a moment (its
    // connection closes asynchronously): delete until an old-version open succeeds.
    let open: IDBOpenDBRequest | undefined;
    for (let attempt = 0; !open; attempt += 1) {
      await done(indexedDB.deleteDatabase('hrba-tech'));
      const request = indexedDB.open('hrba-tech', 10);
      request.onupgradeneeded = () => createVersion1Stores(request.result);
      try {
        await done(request);
        open = request;
      } catch (error) {
        if (attempt >= 20 || (error as DOMException).name !== 'VersionError') throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    function createVersion1Stores(db: IDBDatabase) {
      db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
      db.createObjectStore('wizardStates', { keyPath: 'assessmentId' });
      const changes = db.createObjectStore('changes', { keyPath: 'seq', autoIncrement: true });
      changes.createIndex('assessmentId', 'assessmentId');
      changes.createIndex('[assessmentId+seq]', ['assessmentId', 'seq']);
    }
    const db = open.result;
    const tx = db.transaction(['assessments', 'changes'], 'readwrite');
    for (const row of rows) {
      tx.objectStore('assessments').put(row);
      tx.objectStore('changes').add({ assessmentId: row.id, revision: 1, at: row.updatedAt, by: '', change: { type: 'assessment.created' } });
    }
    await done(tx);
    db.close();
  }, rows);
}

describe('opening a database written by the previous version', () => {
  it('migrates it: every row is listed from the new summary table, unreadable rows can be exported and deleted', async () => {
    const { page, baseURL } = await app.open();
    // A real assessment as today's app writes it, to stand in for the row release 1 stored.
    await createAssessment(page, 'Kestrel Insight', 'Kestrel Labs');
    await page.goto(baseURL);
    const { bytes } = await download(page, () => page.getByRole('button', { name: 'Export JSON of Kestrel Insight' }).click());
    const current = JSON.parse(bytes.toString('utf8')).assessment;
    const old = { ...current, id: '11111111-1111-4111-8111-111111111111', subject: { ...current.subject, productName: 'Migrated Kestrel' } };
    const newer = { ...current, id: '22222222-2222-4222-8222-222222222222', schemaVersion: 2, evidenceVault: [{ sha256: 'ab' }] };
    const damaged = { ...current, id: '33333333-3333-4333-8333-333333333333', mode: 'freestyle' };

    await writeVersion1Database(page, baseURL, [old, newer, damaged].map((data) => ({ id: data.id, updatedAt: data.updatedAt, data })));
    await page.goto(baseURL);

    const table = page.getByRole('table', { name: 'Assessments stored in this browser' });
    await table.getByRole('link', { name: 'Migrated Kestrel' }).waitFor();
    expect(await table.getByRole('link').allTextContents()).toEqual(['Migrated Kestrel']);
    const unreadable = page.getByRole('region', { name: 'Records this version cannot open' });
    await expect.poll(() => unreadable.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Saved by a newer version of this app (data version 2)'),
      expect.stringContaining('Damaged record: mode:'),
    ]);
    const stored = await page.evaluate(
      () =>
        new Promise<{ version: number; stores: string[]; summaries: number }>((resolve, reject) => {
          const open = indexedDB.open('hrba-tech');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const count = db.transaction('summaries').objectStore('summaries').count();
            count.onsuccess = () => {
              resolve({ version: db.version, stores: [...db.objectStoreNames], summaries: count.result });
              db.close();
            };
          };
        }),
    );
    expect(stored.version).toBeGreaterThanOrEqual(20);
    expect(stored.stores).toEqual(expect.arrayContaining(['assessments', 'trail', 'summaries', 'listLines', 'settings', 'wizardStates', 'journal']));
    expect(stored.stores).not.toContain('changes');
    expect(stored.summaries).toBe(3);

    const exported = await download(page, () => page.getByRole('button', { name: `Export record ${newer.id} as stored` }).click());
    expect(JSON.parse(exported.bytes.toString('utf8'))).toEqual(newer);

    await page.getByRole('button', { name: `Delete record ${damaged.id}` }).click();
    await page.getByRole('dialog', { name: 'Delete this record?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText(`Deleted record ${damaged.id}.`).waitFor();
    await expect.poll(() => unreadable.getByRole('listitem').count()).toBe(1);

    // The migrated row opens and edits like any other, and its list line follows the edit.
    await page.getByRole('link', { name: 'Migrated Kestrel' }).click();
    await page.getByLabel('Product name (required)').fill('Migrated Kestrel 2');
    await page.getByRole('button', { name: 'Continue to the profile' }).click();
    await page.getByRole('heading', { name: 'Profile', exact: true }).waitFor();
    await page.goto(baseURL);
    await table.getByRole('link', { name: 'Migrated Kestrel 2' }).waitFor();
  });

  it('neutralises a name stored before bidi controls were refused, and the PDF prints it as the app shows it', async () => {
    const { page, baseURL } = await app.open();
    await createAssessment(page, 'Kestrel Insight', 'Kestrel Labs');
    await page.goto(baseURL);
    const { bytes } = await download(page, () => page.getByRole('button', { name: 'Export JSON of Kestrel Insight' }).click());
    const current = JSON.parse(bytes.toString('utf8')).assessment;
    // U+202E shows "Kestrel Insight Invoice exe.pdf" on screen while the text says ".exe".
    const lying = { ...current, id: '44444444-4444-4444-8444-444444444444', subject: { ...current.subject, productName: 'Kestrel Insight Invoice \u202Efdp.exe' } };
    await writeVersion1Database(page, baseURL, [{ id: lying.id, updatedAt: lying.updatedAt, data: lying }]);
    await page.goto(baseURL);

    const neutral = 'Kestrel Insight Invoice fdp.exe';
    const link = page.getByRole('table', { name: 'Assessments stored in this browser' }).getByRole('link', { name: neutral, exact: true });
    await link.waitFor();
    expect(await link.textContent()).toBe(neutral);
    await link.click();
    await (await exportButton(page, 'Export PDF')).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain(neutral);

    const pdf = await download(page, async () => (await exportButton(page, 'Export PDF')).click());
    const text = pdfToText(pdf.bytes);
    expect(flatten(text)).toContain(neutral);
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(text).not.toContain('exe.pdf');
  }, 180_000);
});
