import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { download } from './support/app';
import { hostileCorpus } from '../hostile/corpus';
import { writeOversizedFiles } from '../hostile/oversized';

const tmp = mkdtempSync(join(tmpdir(), 'hrba-e2e-hostile-'));
const EXAMPLE = readFileSync(join(import.meta.dirname, '../../examples/kestrel-insight.hrba.json'), 'utf8');

async function importFile(page: Page, path: string) {
  await page.getByLabel('Import a .hrba.json file').setInputFiles(path);
}

async function exportAssessment(page: Page, name: string): Promise<unknown> {
  const { bytes } = await download(page, () => page.getByRole('button', { name: `Export JSON of ${name}`, exact: true }).click());
  return (JSON.parse(bytes.toString('utf8')) as { assessment: unknown }).assessment;
}

describe('hostile files through the app’s Import', () => {
  const app = useAppSessions();

  it('refuses each with a specific message, stores nothing, runs no script, with Trusted Types enforced', async () => {
    const session = await app.open();
    const { page } = session;
    expect(await page.evaluate(() => (window as unknown as { trustedTypes?: { defaultPolicy: unknown } }).trustedTypes?.defaultPolicy != null)).toBe(true);
    const example = join(tmp, 'example.hrba.json');
    writeFileSync(example, EXAMPLE);
    await importFile(page, example);
    await page.getByRole('status').filter({ hasText: 'Imported "Kestrel Insight".' }).waitFor();
    const before = await exportAssessment(page, 'Kestrel Insight');

    const rows = () => page.locator('table.assessments tbody tr').count();
    const refuse = async (fileName: string, refusal: RegExp) => {
      const alert = page.getByRole('alert').filter({ hasText: `Could not import "${fileName}". Nothing was changed.` });
      await alert.waitFor({ timeout: 60_000 });
      expect(await alert.textContent(), fileName).toMatch(refusal);
      await alert.getByRole('button', { name: 'Dismiss' }).click();
    };
    // Over the size limit: refused from the size alone (the 600 MB one could not even be read into a string).
    for (const big of await writeOversizedFiles(tmp)) {
      await importFile(page, big.path);
      await refuse(big.name, big.refusal);
      expect(await rows(), big.name).toBe(1);
    }

    const corpus = hostileCorpus(EXAMPLE);
    const accepted: string[] = [];
    for (const hostile of corpus) {
      const path = join(tmp, `${hostile.name}.hrba.json`);
      writeFileSync(path, hostile.bytes);
      const before = await rows();
      await importFile(page, path);
      if (hostile.refusal === null) {
        await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
        if (hostile.accepted) await page.getByRole('link', { name: hostile.accepted, exact: true }).waitFor();
        accepted.push(hostile.name);
        continue;
      }
      await refuse(`${hostile.name}.hrba.json`, hostile.refusal);
      expect(await rows(), hostile.name).toBe(before);
    }
    expect(accepted).toEqual(corpus.filter((c) => c.refusal === null).map((c) => c.name));
    expect(accepted).toEqual(expect.arrayContaining(['bom-utf8', 'utf16le-bom', 'utf16be-bom', 'long-trail', 'xss-everywhere']));
    expect(await rows()).toBe(1 + accepted.length);

    // The markup-laden assessment shows as text on the home screen and its own pages, and runs nothing.
    await page.getByRole('link', { name: /^Kestrel <img/ }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    for (const section of ['Findings', 'Action plan', 'Dashboard']) {
      await page.getByRole('link', { name: section, exact: true }).first().click();
      await page.getByRole('heading', { name: section, level: 2 }).waitFor();
    }
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.getByRole('link', { name: 'HRBA@Tech due diligence' }).click();

    expect(await exportAssessment(page, 'Kestrel Insight')).toEqual(before);
  }, 600_000);
});
