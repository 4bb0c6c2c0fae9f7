import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppSessions } from './support/browser';
import { download } from './support/app';
import {
  answerQuestions,
  EVIDENCE_PDF,
  exportSignedResponse,
  fileDesk,
  goToRoute,
  importedRow,
  importResponses,
  makeRequest,
  personWithIdentity,
  requestOnDesk,
  RESPONSE_INPUT,
  TRANSIT_REQUEST,
  vendorResponds,
} from './support/procurement';

const app = useAppSessions();
const desk = fileDesk('hrba-procurement-e2e-');
const PDF = desk.save('HRIA 2026.pdf', EVIDENCE_PDF);
const HOSTING = desk.save('hosting.pdf', '%PDF-1.7\n% Hosting statement: every record stays in the country\n%%EOF\n');

describe('the procurement journey, as a buyer and a vendor in separate browsers', () => {
  it('buyer requests, vendor answers with evidence and signs, buyer imports it verified, refuses a tampered copy, and compares', async () => {
    // The buyer makes a request with a deal-breaker question of its own.
    const buyer = (await app.open()).page;
    const { requestFile } = await requestOnDesk(buyer, desk, 'request.hrba.json', TRANSIT_REQUEST);

    // The vendor, another person in another browser, makes a signing identity and answers.
    const { page: vendor, responseFile } = await vendorResponds(app, desk, 'response.hrba.zip', requestFile, {
      organisation: 'Argus Systems',
      productName: 'Argus Vision',
      answers: { 'CON-04': 'yes', 'CQ-01': 'unknown' },
      evidence: { 'CON-04': [PDF] },
      signer: 'Vera Vendor',
    });

    // A copy with the answer changed after signing.
    const entries = unzipSync(new Uint8Array(readFileSync(responseFile)));
    entries['hrba-response.json'] = strToU8(strFromU8(entries['hrba-response.json']!).replace('"status": "unknown"', '"status": "yes"'));
    const tampered = desk.save('tampered.hrba.zip', zipSync(entries));

    // The buyer imports the tampered copy (refused, nothing stored), then the real one.
    await buyer.getByLabel(RESPONSE_INPUT).setInputFiles(tampered);
    const refusal = buyer.getByRole('alert').filter({ hasText: 'was not imported' });
    await expect.poll(() => refusal.textContent(), { timeout: 60_000 }).toContain('The signature does not match the response');
    expect(await buyer.getByText('No response imported yet.').count()).toBe(1);
    // A copy with the evidence file swapped for another one under the same name.
    const swapped = unzipSync(new Uint8Array(readFileSync(responseFile)));
    const evidenceEntry = Object.keys(swapped).find((name) => name.startsWith('evidence/'))!;
    swapped[evidenceEntry] = strToU8('%PDF-1.7\n% a different report\n%%EOF\n');
    await buyer.getByLabel(RESPONSE_INPUT).setInputFiles(desk.save('swapped.hrba.zip', zipSync(swapped)));
    await expect.poll(() => refusal.textContent()).toContain('“swapped.hrba.zip” was not imported');
    expect(await refusal.textContent()).toContain('An evidence file is not the one the response lists: its SHA-256 differs');
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
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-scroll')).map((e) => `${e.tagName}.${e.className}`).slice(0, 5),
      );
      expect(wide).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }

    // The same response imported into another procurement of the buyer's: it answers a different request.
    await goToRoute(buyer, '/');
    await makeRequest(buyer, { organisation: 'City of Lakeside', title: 'Parking sensors', dealBreakers: [] });
    await buyer.getByLabel(RESPONSE_INPUT).setInputFiles(responseFile);
    await expect.poll(() => refusal.textContent()).toContain('This response answers a different request (or a different version of this one), not this procurement’s.');
    expect(await buyer.getByText('No response imported yet.').count()).toBe(1);
  });
});

describe('the three-person round: a buyer and two vendors, with a clarification round', () => {
  it('two vendors answer and sign, the buyer verifies both, reviews, asks one to clarify, imports revision 2 with the diff, and compares', async () => {
    const buyer = await personWithIdentity(app, 'Bea Buyer', 'City of Lakeside');
    // Two deal-breakers: a checklist item and the buyer's own question.
    const { requestFile, procurementUrl } = await requestOnDesk(buyer, desk, 'round-request.hrba.json', {
      ...TRANSIT_REQUEST,
      title: 'Ticket validation cameras',
      mandatory: [],
      signer: 'Bea Buyer',
    });

    // Two vendors, each in their own browser: Argus attaches a PDF and half-answers the buyer's question; Zenith does not know about CON-04.
    const { page: argus, responseFile: argus1 } = await vendorResponds(app, desk, 'argus.hrba.zip', requestFile, {
      organisation: 'Argus Systems',
      productName: 'Argus Gate',
      answers: { 'CON-04': 'yes', 'CQ-01': 'partial' },
      notes: { 'CQ-01': 'Backups are kept abroad.' },
      evidence: { 'CON-04': [PDF] },
      signer: 'Vera Vendor',
    });
    const { page: zenith, responseFile: zenith1 } = await vendorResponds(app, desk, 'zenith.hrba.zip', requestFile, {
      organisation: 'Zenith Labs',
      productName: 'Zenith Eye',
      answers: { 'CON-04': 'unknown', 'CQ-01': 'yes' },
      signer: 'Zeno Zenith',
    });

    // The buyer imports both at once and sees both verified, with who signed them.
    await importResponses(buyer, [
      { path: argus1, vendor: 'Argus Systems' },
      { path: zenith1, vendor: 'Zenith Labs' },
    ]);
    await expect.poll(() => importedRow(buyer, 'Argus Systems').textContent()).toContain('Verified: signed by Vera Vendor');
    await expect.poll(() => importedRow(buyer, 'Zenith Labs').textContent()).toContain('Verified: signed by Zeno Zenith');

    // Review of Argus: CON-04 accepted, the half answer to CQ-01 needs clarifying.
    await buyer.getByLabel('Vendor to review').selectOption({ label: 'Argus Systems (revision 1)' });
    await reviewAnswer(buyer, 'CON-04', 'Accepted');
    await reviewAnswer(buyer, 'CQ-01', 'Clarification needed', 'Which records are kept abroad, and where?');
    // Verdicts are stored, not held by the page: they are there after a reload.
    await buyer.reload();
    await buyer.getByLabel('Vendor to review').selectOption({ label: 'Argus Systems (revision 1)' });
    expect(await reviewCard(buyer, 'CQ-01').getByLabel('Clarification needed').isChecked()).toBe(true);
    expect(await reviewCard(buyer, 'CQ-01').getByLabel('Comment on CQ-01').inputValue()).toBe('Which records are kept abroad, and where?');
    await buyer.getByRole('checkbox', { name: 'Only answers not reviewed yet' }).check();
    expect(await reviewCard(buyer, 'CON-04').count()).toBe(0);
    expect(await reviewCard(buyer, 'CON-01').count()).toBe(1);
    await buyer.getByRole('checkbox', { name: 'Only answers not reviewed yet' }).uncheck();

    await buyer.getByLabel('Sign the clarification questions with').selectOption({ label: 'Bea Buyer' });
    const clarification = await download(buyer, () => buyer.getByRole('button', { name: 'Export the clarification questions' }).click());
    expect(clarification.download.suggestedFilename()).toMatch(/-clarification\.hrba\.json$/);
    const clarificationFile = desk.save('clarification.hrba.json', clarification.bytes);
    const clar = JSON.parse(clarification.bytes.toString('utf8')) as { kind: string; questions: { key: string; comment: string }[]; signatures?: unknown[] };
    expect(clar).toMatchObject({ kind: 'hrba.clarification', questions: [{ key: 'CQ-01', comment: 'Which records are kept abroad, and where?' }] });
    expect(clar.signatures).toHaveLength(1);

    // Zenith cannot answer questions that were put to Argus.
    await zenith.getByLabel('Clarification questions from the buyer (.hrba.json)').setInputFiles(clarificationFile);
    await expect.poll(() => zenith.getByRole('alert').textContent()).toContain('about another response or another revision');

    // Argus opens them on its exported response, answers in revision 2, and sends it back signed.
    await argus.getByLabel('Clarification questions from the buyer (.hrba.json)').setInputFiles(clarificationFile);
    await argus.getByRole('heading', { name: 'The buyer’s questions (round 1)' }).waitFor();
    expect(await argus.getByText('Signed by Bea Buyer; the signature matched the questions when you opened them.').count()).toBe(1);
    expect(await argus.getByText(/^The buyer asks:/).textContent()).toBe('The buyer asks: Which records are kept abroad, and where?');
    await answerQuestions(argus, { answers: { 'CQ-01': 'yes' }, notes: { 'CQ-01': 'Every record, backups included, stays in the country.' }, evidence: { 'CQ-01': [HOSTING] } });
    const argus2 = desk.save('argus-revision-2.hrba.zip', await exportSignedResponse(argus, 'Vera Vendor'));

    // The buyer imports it as revision 2 and sees what changed since round 1.
    await buyer.goto(procurementUrl);
    await importResponses(buyer, [{ path: argus2, vendor: 'Argus Systems', revision: 2 }]);
    await expect.poll(() => importedRow(buyer, 'Argus Systems', 2).textContent()).toContain('Verified: signed by Vera Vendor');
    await buyer.getByLabel('Vendor to review').selectOption({ label: 'Argus Systems (revision 2)' });
    const diff = buyer.getByRole('table', { name: 'Changed since round 1' });
    const changed = diff.getByRole('row', { name: /^CQ-01/ });
    expect(await changed.textContent()).toBe(
      'CQ-01Partly → YesChanged from “Backups are kept abroad.” to “Every record, backups included, stays in the country.”Added hosting.pdf. ',
    );
    expect(await diff.getByRole('row').count()).toBe(2);
    // Round 1's verdict on the unchanged answer carries over; the changed one waits for a new verdict.
    expect(await reviewCard(buyer, 'CON-04').getByLabel('Accepted').isChecked()).toBe(true);
    expect(await reviewCard(buyer, 'CQ-01').getByText('Changed since round 1').count()).toBe(1);
    await reviewAnswer(buyer, 'CQ-01', 'Accepted');

    // Comparison: Argus (no red flag now) above Zenith, whose "Don't know" on a deal-breaker is a red flag.
    const order = buyer.getByRole('table', { name: 'Vendors in order' });
    await expect.poll(async () => (await order.getByRole('rowheader').allTextContents()).slice(0, 2)).toEqual(['Argus Systems', 'Zenith Labs']);
    expect(await order.getByRole('row').filter({ has: buyer.getByRole('rowheader', { name: 'Zenith Labs' }) }).textContent()).toContain('1 red flag');
    const matrix = buyer.getByRole('table', { name: 'Answers by question and vendor' });
    expect(await matrix.getByRole('row', { name: /^CON-04/ }).textContent()).toBe(
      'CON-04 (deal-breaker)Yes Review: Accepted. 1 evidence.Don’t know Red flag: deal-breaker set by the buyer.',
    );
    expect(await matrix.getByRole('row', { name: /^CQ-01/ }).textContent()).toBe('CQ-01 (deal-breaker)Yes Review: Accepted. 1 evidence.Yes');
    // Filters narrow the rows: by stage (the buyer's question is a deployment one), by red flag.
    await buyer.getByLabel('Lifecycle stage').selectOption({ label: 'Deployment' });
    expect(await matrix.getByRole('row', { name: /^CON-04/ }).count()).toBe(0);
    expect(await matrix.getByRole('row', { name: /^CQ-01/ }).count()).toBe(1);
    await buyer.getByLabel('Lifecycle stage').selectOption({ label: 'Every stage' });
    await buyer.getByRole('checkbox', { name: 'Only questions with a red flag' }).check();
    expect(await matrix.getByRole('rowheader').allTextContents()).toEqual(['CON-04 (deal-breaker)']);
    // Coverage per principle, one column per vendor in the same order.
    const coverage = buyer.getByRole('table', { name: 'Coverage by principle' });
    expect(await coverage.getByRole('columnheader').allTextContents()).toEqual(['Principle', 'Argus Systems', 'Zenith Labs']);
    expect(await coverage.getByRole('rowheader').count()).toBe(13);
    // The CSV carries the answers, the review verdicts and the red flag.
    const csv = (await download(buyer, () => buyer.getByRole('button', { name: 'Export the comparison (CSV)' }).click())).bytes.toString('utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toContain('Argus Systems: review');
    expect(lines.find((l) => l.startsWith('CON-04,'))).toBe('CON-04,Conception,,yes,Yes,Accepted,1,,Don’t know,,0,RED FLAG: Deal-breaker set by the buyer');
  });
});

/** The buyer's review card for one answer of the vendor under review. */
function reviewCard(buyer: Page, key: string) {
  return buyer.getByRole('article', { name: new RegExp(`^${key} `) });
}

async function reviewAnswer(buyer: Page, key: string, verdict: 'Accepted' | 'Clarification needed' | 'Insufficient', comment = ''): Promise<void> {
  const card = reviewCard(buyer, key);
  await card.getByLabel(verdict, { exact: true }).check();
  if (comment) await card.getByLabel(`Comment on ${key}`).fill(comment);
  await card.getByRole('button', { name: `Save the review of ${key}` }).click();
  await card.getByRole('status').filter({ hasText: `Saved: ${verdict}.` }).waitFor();
}
