import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useAppSessions } from './support/browser';
import { download } from './support/app';

const app = useAppSessions();
const work = mkdtempSync(join(tmpdir(), 'hrba-procurement-e2e-'));
const save = (name: string, bytes: Uint8Array | string) => {
  const file = join(work, name);
  writeFileSync(file, bytes);
  return file;
};
const PDF = save('HRIA 2026.pdf', '%PDF-1.7\n% Argus human rights impact assessment\n%%EOF\n');

describe('the procurement journey, as a buyer and a vendor in separate browsers', () => {
  it('buyer requests, vendor answers with evidence and signs, buyer imports it verified, refuses a tampered copy, and compares', async () => {
    // The buyer makes a request with a deal-breaker question of its own.
    const buyer = (await app.open()).page;
    await buyer.getByRole('link', { name: 'New procurement' }).click();
    await buyer.getByLabel('Buying organisation (required)').fill('City of Lakeside');
    await buyer.getByLabel('Procurement title (required)').fill('Live facial recognition for transit');
    await buyer.getByRole('group', { name: /^CON-04 / }).getByRole('checkbox', { name: 'Mandatory' }).check();
    await buyer.getByRole('button', { name: 'Add a question of your own' }).click();
    await buyer.getByLabel('Question 1', { exact: true }).fill('Will you host every record inside the country?');
    await buyer.getByRole('group', { name: 'Custom question 1' }).getByRole('checkbox', { name: 'Deal-breaker' }).check();
    const request = await download(buyer, () => buyer.getByRole('button', { name: 'Export request for vendors' }).click());
    expect(request.download.suggestedFilename()).toMatch(/-request\.hrba\.json$/);
    const requestFile = save('request.hrba.json', request.bytes);
    await buyer.getByRole('heading', { name: 'Vendors’ responses' }).waitFor();

    // The vendor, another person in another browser, makes a signing identity and answers.
    const vendor = (await app.open()).page;
    await vendor.getByRole('link', { name: 'Signing identities' }).click();
    await vendor.getByLabel('Your name (required)').fill('Vera Vendor');
    await vendor.getByLabel('Organisation').fill('Argus Systems');
    await vendor.getByRole('button', { name: 'Create identity' }).click();
    await vendor.getByRole('listitem', { name: 'Identity Vera Vendor' }).waitFor();
    await vendor.goto(`${new URL(vendor.url()).origin}${new URL(vendor.url()).pathname}#/respond`);
    await vendor.getByLabel('Request file from the buyer (.hrba.json)').setInputFiles(requestFile);
    await vendor.getByRole('heading', { name: 'Live facial recognition for transit' }).waitFor();
    await vendor.getByLabel('Your organisation (required)').fill('Argus Systems');
    await vendor.getByLabel('Your product’s name (required)').fill('Argus Vision');
    await vendor.getByRole('button', { name: 'Start the response' }).click();
    const exportButton = vendor.getByRole('button', { name: 'Export the response' });
    expect(await exportButton.isDisabled()).toBe(true);
    await vendor.getByRole('group', { name: 'Answer to CON-04' }).getByLabel('Yes', { exact: true }).check();
    await vendor.getByRole('group', { name: 'Answer to CQ-01' }).getByLabel('Don’t know', { exact: true }).check();
    await vendor.getByLabel('Attach evidence files to CON-04').setInputFiles(PDF);
    await vendor.getByText('HRIA 2026.pdf', { exact: true }).waitFor();
    await vendor.getByLabel('Sign the response with').selectOption({ label: 'Vera Vendor' });
    await expect.poll(() => exportButton.isEnabled()).toBe(true);
    const response = await download(vendor, () => exportButton.click());
    expect(response.download.suggestedFilename()).toMatch(/\.hrba\.zip$/);
    const responseFile = save('response.hrba.zip', response.bytes);

    // A copy with the answer changed after signing.
    const entries = unzipSync(new Uint8Array(readFileSync(responseFile)));
    entries['hrba-response.json'] = strToU8(strFromU8(entries['hrba-response.json']!).replace('"status": "unknown"', '"status": "yes"'));
    const tampered = save('tampered.hrba.zip', zipSync(entries));

    // The buyer imports the tampered copy (refused, nothing stored), then the real one.
    const input = buyer.getByLabel('Response files from vendors (.hrba.zip; you may choose several)');
    await input.setInputFiles(tampered);
    const refusal = buyer.getByRole('alert').filter({ hasText: 'was not imported' });
    await expect.poll(() => refusal.textContent(), { timeout: 60_000 }).toContain('The signature does not match the response');
    expect(await buyer.getByText('No response imported yet.').count()).toBe(1);
    await input.setInputFiles(responseFile);
    await buyer.getByText(/^Imported “response\.hrba\.zip”: Argus Systems, revision 1\./).waitFor();
    const imported = buyer.getByRole('table', { name: 'Imported responses' }).getByRole('row', { name: /Argus Systems/ });
    await expect.poll(() => imported.textContent(), { timeout: 60_000 }).toContain('Verified: signed by Vera Vendor');
    // Unanswered deal-breakers raise flags too, so the count is at least the one for CQ-01.
    expect(await imported.textContent()).toMatch(/\d+ red flags?/);
    // "Don't know" on a deal-breaker is a red flag, said in words in the matrix.
    const cq = buyer.getByRole('table', { name: 'Answers by question and vendor' }).getByRole('row', { name: /^CQ-01/ });
    expect(await cq.textContent()).toBe('CQ-01 (deal-breaker)Don’t know Red flag: deal-breaker set by the buyer.');
    // The one that was answered "Yes" with evidence raises none.
    expect(await buyer.getByRole('table', { name: 'Answers by question and vendor' }).getByRole('row', { name: /^CON-04/ }).textContent()).toMatch(/^CON-04 \(deal-breaker\) \(mandatory\)Yes 1 evidence\.$/);

    // On a phone the page never scrolls sideways: wide tables scroll inside their own region.
    for (const page of [buyer, vendor]) {
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });
});
