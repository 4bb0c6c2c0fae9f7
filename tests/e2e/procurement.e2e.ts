import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useAppSessions } from './support/browser';
import { createIdentity, EVIDENCE_PDF, fileDesk, importedRow, importResponses, makeRequest, respondToRequest, RESPONSE_INPUT } from './support/procurement';

const app = useAppSessions();
const desk = fileDesk('hrba-procurement-e2e-');
const PDF = desk.save('HRIA 2026.pdf', EVIDENCE_PDF);

describe('the procurement journey, as a buyer and a vendor in separate browsers', () => {
  it('buyer requests, vendor answers with evidence and signs, buyer imports it verified, refuses a tampered copy, and compares', async () => {
    // The buyer makes a request with a deal-breaker question of its own.
    const buyer = (await app.open()).page;
    const requestFile = desk.save(
      'request.hrba.json',
      await makeRequest(buyer, {
        organisation: 'City of Lakeside',
        title: 'Live facial recognition for transit',
        dealBreakers: ['CON-04'],
        mandatory: ['CON-04'],
        custom: [{ question: 'Will you host every record inside the country?', dealBreaker: true }],
      }),
    );

    // The vendor, another person in another browser, makes a signing identity and answers.
    const vendor = (await app.open()).page;
    await createIdentity(vendor, 'Vera Vendor', 'Argus Systems');
    const responseFile = desk.save(
      'response.hrba.zip',
      await respondToRequest(vendor, requestFile, {
        organisation: 'Argus Systems',
        productName: 'Argus Vision',
        answers: { 'CON-04': 'yes', 'CQ-01': 'unknown' },
        evidence: { 'CON-04': [PDF] },
        signer: 'Vera Vendor',
      }),
    );

    // A copy with the answer changed after signing.
    const entries = unzipSync(new Uint8Array(readFileSync(responseFile)));
    entries['hrba-response.json'] = strToU8(strFromU8(entries['hrba-response.json']!).replace('"status": "unknown"', '"status": "yes"'));
    const tampered = desk.save('tampered.hrba.zip', zipSync(entries));

    // The buyer imports the tampered copy (refused, nothing stored), then the real one.
    await buyer.getByLabel(RESPONSE_INPUT).setInputFiles(tampered);
    const refusal = buyer.getByRole('alert').filter({ hasText: 'was not imported' });
    await expect.poll(() => refusal.textContent(), { timeout: 60_000 }).toContain('The signature does not match the response');
    expect(await buyer.getByText('No response imported yet.').count()).toBe(1);
    await importResponses(buyer, [{ path: responseFile, vendor: 'Argus Systems' }]);
    const imported = importedRow(buyer, 'Argus Systems');
    await expect.poll(() => imported.textContent(), { timeout: 60_000 }).toContain('Verified: signed by Vera Vendor');
    expect(await imported.textContent()).toContain('1 red flag');
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
