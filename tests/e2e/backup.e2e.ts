import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { canonicalJson, sha256Hex } from '../../src/domain';
import { useAppSessions } from './support/browser';
import { answerCurrentItem, answerProfile, createAssessment, download, expectNoAxeViolations, submitProfile } from './support/app';

const app = useAppSessions();

/** Every stored row and its trail, read with raw IndexedDB, hashed over canonical JSON (the `sealed` bookkeeping flag aside). */
async function storedHash(page: Page): Promise<{ hash: string; assessments: number; changes: number }> {
  const state = await page.evaluate(
    () =>
      new Promise<{ rows: { id: string; data: unknown }[]; changes: Record<string, unknown>[] }>((resolve, reject) => {
        const open = indexedDB.open('hrba-tech');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['assessments', 'trail']);
          const rows = tx.objectStore('assessments').getAll();
          const changes = tx.objectStore('trail').getAll();
          tx.oncomplete = () => {
            resolve({ rows: rows.result, changes: changes.result });
            db.close();
          };
        };
      }),
  );
  const rows = [...state.rows].sort((a, b) => a.id.localeCompare(b.id));
  const value = rows.map((r) => ({
    data: r.data,
    trail: state.changes.filter((c) => c.assessmentId === r.id).map(({ sealed: _sealed, ...c }) => c),
  }));
  return { hash: await sha256Hex(canonicalJson(value)), assessments: rows.length, changes: state.changes.length };
}

async function twoAssessments(page: Page) {
  await createAssessment(page, 'Kestrel Insight', 'Kestrel Labs');
  await answerProfile(page, { role: 'We build or sell the product (a company or start-up)', technology: ['Data analytics'] });
  await submitProfile(page);
  await answerCurrentItem(page, 'partial', 'Purpose statement approved; prohibited uses listed in annex B.');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await answerCurrentItem(page, 'no', 'No owner yet.');
  await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
  await createAssessment(page, 'Łódź Transit Gate', 'Miasto');
  await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();
  await page.getByRole('table', { name: 'Assessments stored in this browser' }).waitFor();
}

async function backUp(page: Page, passphrase = ''): Promise<Buffer> {
  await page.getByRole('link', { name: 'Back up or restore everything' }).click();
  await page.getByRole('heading', { name: 'Back up and restore', level: 1 }).waitFor();
  if (passphrase) {
    await page.getByLabel('Passphrase (optional)').fill(passphrase);
    await page.getByLabel('Passphrase again').fill(passphrase);
  }
  const { bytes, download: d } = await download(page, () => page.getByRole('button', { name: 'Back up everything' }).click());
  expect(d.suggestedFilename()).toMatch(/^hrba-backup-\d{4}-\d{2}-\d{2}(\.encrypted)?\.hrba-backup\.json$/);
  await page.getByRole('status').filter({ hasText: /^Saved hrba-backup-.* with 2 assessments/ }).waitFor();
  return bytes;
}

async function deleteAll(page: Page) {
  await page.goto(page.url().replace(/#.*$/, '#/'));
  for (const name of ['Kestrel Insight', 'Łódź Transit Gate']) {
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await page.getByRole('dialog', { name: 'Delete this assessment?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('link', { name, exact: true }).waitFor({ state: 'detached' });
  }
  await page.getByRole('region', { name: /Check a technology/ }).waitFor();
}

async function chooseBackup(page: Page, bytes: Buffer) {
  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'backup.hrba-backup.json', mimeType: 'application/json', buffer: bytes });
}

/** Node's own crypto, not the app's code, opens the file: proof the format is the standard one it claims. */
function decryptWithNode(bytes: Buffer, passphrase: string): unknown {
  const env = JSON.parse(bytes.toString('utf8'));
  const key = pbkdf2Sync(Buffer.from(passphrase.normalize('NFC')), Buffer.from(env.kdf.salt, 'base64'), env.kdf.iterations, 32, 'sha256');
  const sealed = Buffer.from(env.ciphertext, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(env.cipher.iv, 'base64'));
  const { ciphertext: _c, ...header } = env;
  decipher.setAAD(Buffer.from(canonicalJson(header)));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8'));
}

describe('back up everything, delete everything, restore', () => {
  it('gives back identical data from a plain backup', async () => {
    const { page } = await app.open();
    await twoAssessments(page);
    const before = await storedHash(page);
    expect(before.assessments).toBe(2);

    const bytes = await backUp(page);
    const file = JSON.parse(bytes.toString('utf8'));
    expect(file).toMatchObject({ kind: 'hrba.backup', formatVersion: 1 });
    expect(file.assessments.map((e: { changes: unknown[] }) => e.changes.length).reduce((a: number, b: number) => a + b)).toBe(before.changes);

    await deleteAll(page);
    expect((await storedHash(page)).assessments).toBe(0);

    await page.getByRole('link', { name: 'Back up or restore everything' }).click();
    await chooseBackup(page, bytes);
    const preview = page.getByRole('table', { name: 'What the backup holds and what is stored here' });
    await preview.waitFor();
    expect(await preview.getByRole('cell', { name: 'Not stored here' }).count()).toBe(2);
    await page.getByText('Restore will add 2, add 0 as copies, replace 0 and skip 0.').waitFor();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Restored: 2 added, 0 added as copies, 0 replaced, 0 skipped.' }).waitFor();

    expect(await storedHash(page)).toEqual(before);
    await page.getByRole('link', { name: 'Back to your assessments' }).click();
    await page.getByRole('link', { name: 'Kestrel Insight' }).waitFor();
  });

  it('gives back identical data from an encrypted backup, and says when a passphrase does not open it', async () => {
    const { page } = await app.open();
    await twoAssessments(page);
    const before = await storedHash(page);

    const bytes = await backUp(page, 'Zażółć gęślą jaźń 42');
    expect(bytes.toString('utf8')).not.toContain('Kestrel');
    const inner = decryptWithNode(bytes, 'Zażółć gęślą jaźń 42') as { kind: string; assessments: unknown[] };
    expect(inner.kind).toBe('hrba.backup');
    expect(inner.assessments).toHaveLength(2);

    await deleteAll(page);
    await page.getByRole('link', { name: 'Back up or restore everything' }).click();
    await chooseBackup(page, bytes);
    await page.getByLabel('Passphrase of this backup').fill('Zazolc gesla jazn 42');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page.getByRole('alert').filter({ hasText: 'That passphrase does not open this backup' }).waitFor();
    expect((await storedHash(page)).assessments).toBe(0);

    await page.getByLabel('Passphrase of this backup').fill('Zażółć gęślą jaźń 42');
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Restored: 2 added' }).waitFor();
    expect(await storedHash(page)).toEqual(before);
  });
});

describe('restoring over what is stored', () => {
  it('adds a copy by default, and replaces only when chosen and confirmed', async () => {
    const { page, baseURL } = await app.open();
    await twoAssessments(page);
    const bytes = await backUp(page);

    // After the backup: Kestrel is renamed, Łódź deleted.
    await page.goto(baseURL);
    await page.getByRole('link', { name: 'Kestrel Insight' }).click();
    await page.getByRole('navigation', { name: 'Assessment steps' }).getByRole('button', { name: 'Product', exact: true }).click();
    await page.getByLabel('Product name (required)').fill('Kestrel Insight renamed');
    await page.getByRole('button', { name: 'Continue to the profile' }).click();
    await page.getByRole('heading', { name: 'Profile', exact: true }).waitFor();
    await page.goto(baseURL);
    await page.getByRole('button', { name: 'Delete Łódź Transit Gate' }).click();
    await page.getByRole('dialog', { name: 'Delete this assessment?' }).getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Deleted "Łódź Transit Gate".').waitFor();

    await page.getByRole('link', { name: 'Back up or restore everything' }).click();
    await chooseBackup(page, bytes);
    const kestrel = page.getByRole('combobox', { name: 'What to do with Kestrel Insight' });
    const lodz = page.getByRole('combobox', { name: 'What to do with Łódź Transit Gate' });
    expect(await kestrel.inputValue()).toBe('copy');
    expect(await lodz.inputValue()).toBe('add');
    expect(await kestrel.locator('option').allTextContents()).toEqual(['Add as a copy', 'Skip (keep the stored one)', 'Replace the stored one']);
    await page.getByRole('row', { name: /Kestrel Insight/ }).getByText('Named "Kestrel Insight renamed"').waitFor();
    await expectNoAxeViolations(page, 'the backup page with a restore preview');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Restored: 1 added, 1 added as copies, 0 replaced, 0 skipped.' }).waitFor();

    await page.getByRole('link', { name: 'Back to your assessments' }).click();
    const table = page.getByRole('table', { name: 'Assessments stored in this browser' });
    await table.getByRole('link', { name: 'Kestrel Insight (restored copy)' }).waitFor();
    expect((await table.getByRole('link').allTextContents()).sort()).toEqual(['Kestrel Insight (restored copy)', 'Kestrel Insight renamed', 'Łódź Transit Gate']);

    // Now replace explicitly: a confirmation names what is replaced; Cancel changes nothing.
    await page.getByRole('link', { name: 'Back up or restore everything' }).click();
    await chooseBackup(page, bytes);
    await page.getByRole('combobox', { name: 'What to do with Kestrel Insight' }).selectOption('replace');
    await page.getByRole('combobox', { name: 'What to do with Łódź Transit Gate' }).selectOption('skip');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Replace stored assessments?' });
    expect(await confirm.getByRole('listitem').allTextContents()).toEqual(['Kestrel Insight']);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await page.goto(baseURL);
    await table.getByRole('link', { name: 'Kestrel Insight renamed' }).waitFor();

    await page.getByRole('link', { name: 'Back up or restore everything' }).click();
    await chooseBackup(page, bytes);
    await page.getByRole('combobox', { name: 'What to do with Kestrel Insight' }).selectOption('replace');
    await page.getByRole('combobox', { name: 'What to do with Łódź Transit Gate' }).selectOption('skip');
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByRole('dialog', { name: 'Replace stored assessments?' }).getByRole('button', { name: 'Replace and restore' }).click();
    await page.getByRole('status').filter({ hasText: 'Restored: 0 added, 0 added as copies, 1 replaced, 1 skipped.' }).waitFor();
    await page.getByRole('link', { name: 'Back to your assessments' }).click();
    expect((await table.getByRole('link').allTextContents()).sort()).toEqual(['Kestrel Insight', 'Kestrel Insight (restored copy)', 'Łódź Transit Gate']);
  });
});
