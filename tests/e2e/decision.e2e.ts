import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { useAppSessions } from './support/browser';
import { download } from './support/app';
import { flatten, pdfToText } from './support/pdf';
import { say } from './support/say';
import { fileDesk, goToRoute, importResponses, personWithIdentity, requestOnDesk, TRANSIT_REQUEST, vendorResponds } from './support/procurement';

const app = useAppSessions();
const desk = fileDesk('hrba-decision-e2e-');

/**
 * The end of the buyer's journey: two vendors answer a request with two deal-breakers
 * (one answers "Don't know" on one), the buyer imports both, approves the flagged vendor
 * with two clauses from the clause library (which the app refuses until the red flag is
 * confirmed), and exports the decision report, read back with poppler; then signs it,
 * checked with pdfsig; and the home page lists the procurement as decided, per vendor. Then,
 * with the app switched to Arabic, the same report is exported (PDF and HTML) and signed in
 * Arabic, right to left.
 */
describe('the decision on a procurement', () => {
  it('approve with conditions from the clause library, the red flag stated, the report exported and signed', async () => {
    const buyer = await personWithIdentity(app, 'Olu Officer', 'City of Lakeside');
    const { requestFile, procurementUrl } = await requestOnDesk(buyer, desk, 'request.hrba.json', TRANSIT_REQUEST);
    // Two vendors, each in a browser of their own; Argus does not know whether it hosts in the country.
    const argus = { organisation: 'Argus Systems', productName: 'Argus Vision', signer: 'Vera Vendor', answers: { 'CON-04': 'yes', 'CQ-01': 'unknown' } } as const;
    const { responseFile: argusFile } = await vendorResponds(app, desk, 'argus.hrba.zip', requestFile, argus);
    const beacon = { organisation: 'Beacon Analytics', productName: 'Beacon Watch', signer: 'Ben Beacon', answers: { 'CON-04': 'yes', 'CQ-01': 'yes' } } as const;
    const { responseFile: beaconFile } = await vendorResponds(app, desk, 'beacon.hrba.zip', requestFile, beacon);

    await importResponses(buyer, [
      { path: argusFile, vendor: 'Argus Systems' },
      { path: beaconFile, vendor: 'Beacon Analytics' },
    ]);

    // The decision: approve Argus, which still raises a red flag, with two library clauses.
    const decision = buyer.getByRole('form', { name: 'Record the decision' });
    await decision.getByLabel('Approve with conditions').check();
    await decision.getByLabel('Vendor (required)').selectOption({ label: 'Argus Systems (revision 1) — 1 red flag' });
    await decision.getByLabel('Reasons for the decision (required)').fill('Argus meets every other requirement; in-country hosting is made a contract condition, audited.');
    await decision.getByRole('button', { name: 'Add CL-02 as a condition' }).click();
    await decision.getByRole('button', { name: 'Add CL-06 as a condition' }).click();
    const audit = decision.getByLabel('Text of condition CL-02 (edit it for this procurement)');
    await audit.fill(`${await audit.inputValue()} Every record stays on servers in the country.`);
    await decision.getByRole('group', { name: 'What condition CL-02 answers' }).getByRole('checkbox', { name: /CQ-01 \(red flag\): Will you host/ }).check();
    await decision.getByLabel('Decided by').fill('Olu Officer');

    // Not recorded until the red flag is confirmed: no score softens it.
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    const refusal = decision.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('Argus Systems’s response still raises a red flag on CQ-01');
    await decision.getByRole('checkbox', { name: /I approve despite the red flag on CQ-01/ }).check();
    await decision.getByRole('button', { name: 'Record the decision' }).click();
    await buyer.getByRole('status').filter({ hasText: 'Approve with conditions: Argus Systems (response revision 1)' }).waitFor();

    // The decision report, read by poppler.
    const pdf = await download(buyer, () => buyer.getByRole('button', { name: 'Export the decision report (PDF)', exact: true }).click());
    expect(pdf.download.suggestedFilename()).toMatch(/decision-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = flatten(pdfToText(pdf.bytes));
    for (const expected of [
      'Live facial recognition for transit',
      'Buyer: City of Lakeside',
      'Approve with conditions: Argus Systems (response revision 1)',
      'in-country hosting is made a contract condition, audited.',
      'The officer confirmed approving it despite this red flag',
      'Red flag on CQ-01: “Don’t know” (deal-breaker set by the buyer)',
      'Beacon Analytics: None',
      'Argus Systems: 1 red flag',
      // Each vendor's signer, checked again when the report is made (the cell wraps in -layout text).
      'Vera Vendor',
      'Ben Beacon',
      'CL-02: Audit and access rights',
      'Every record stays on servers in the country.',
      'CQ-01 (red flag): Will you host every record inside the country?',
      'UNGP 5',
      'Privacy International',
      'CL-06: Grievance mechanism and remedy',
      'UNGP 31',
      'Comparison matrix',
      // The matrix cell, wrapped in its narrow column (the table's words are checked whole in the unit test).
      'RED FLAG',
    ]) {
      expect(text).toContain(expected);
    }

    // The HTML report says the same.
    const page = await download(buyer, () => buyer.getByRole('button', { name: 'Export the decision report (HTML)', exact: true }).click());
    const html = flatten(page.bytes.toString('utf8').replace(/<[^>]+>/g, ' '));
    for (const expected of ['Approve with conditions: Argus Systems', 'Red flag on CQ-01: “Don’t know”', 'CL-06: Grievance mechanism and remedy', 'UNGP 31', 'Beacon Analytics']) {
      expect(html).toContain(expected);
    }

    // Signed through the same PAdES path as an assessment's report; pdfsig checks it.
    await buyer.getByLabel('Sign the decision report with').selectOption({ label: 'Olu Officer' });
    const signed = await download(buyer, () => buyer.getByRole('button', { name: 'Sign and export the decision report (PDF)' }).click());
    const signedFile = desk.save('decision-signed.pdf', signed.bytes);
    const check = spawnSync('pdfsig', [signedFile], { encoding: 'utf8' });
    expect(check.stdout).toContain('Signature Validation: Signature is Valid.');
    expect(check.stdout).toContain('Olu Officer');
    expect(flatten(pdfToText(signed.bytes))).toContain('Signed by Olu Officer (City of Lakeside) on');

    // Home: one row for the procurement, decided, each vendor with its red flags.
    await goToRoute(buyer, '/');
    const row = buyer.getByRole('table', { name: 'Your procurements' }).getByRole('row', { name: /Live facial recognition for transit/ });
    await expect.poll(() => row.textContent(), { timeout: 60_000 }).toContain('Argus Systems: 1 red flag');
    expect(await row.textContent()).toContain('Decided');
    expect(await row.textContent()).toContain('Beacon Analytics: no red flag');
    expect(procurementUrl).toContain('#/procurement/');

    // The same report in the buyer's chosen language: Arabic, right to left, exported and signed from the same decision.
    await buyer.getByLabel('Language', { exact: true }).selectOption('ar');
    await buyer.goto(procurementUrl);
    const headings = [
      say('ar', 'Contract conditions', undefined, 'Decision report heading: the contract conditions set on the approved vendor'),
      say('ar', 'Comparison matrix', undefined, 'Decision report heading: the table of every question with each vendor’s answer'),
    ];
    // Joined Arabic letters folded back (NFKC), poppler's direction marks dropped.
    const norm = (text: string) => flatten(text.normalize('NFKC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, ''));
    const arabicPdf = await download(buyer, () => buyer.getByRole('button', { name: say('ar', 'Export the decision report (PDF)'), exact: true }).click());
    const arabicText = norm(pdfToText(arabicPdf.bytes));
    for (const expected of [...headings, 'Argus Systems', 'City of Lakeside']) expect(arabicText, expected).toContain(norm(expected));
    expect(arabicText).not.toContain('Comparison matrix');
    const arabicHtml = (await download(buyer, () => buyer.getByRole('button', { name: say('ar', 'Export the decision report (HTML)'), exact: true }).click())).bytes.toString('utf8');
    expect(arabicHtml).toContain('<html lang="ar" dir="rtl">');
    for (const heading of headings) expect(arabicHtml).toContain(`>${heading}</h2>`);
    await buyer.getByLabel(say('ar', 'Sign the decision report with')).selectOption({ label: 'Olu Officer' });
    const arabicSigned = await download(buyer, () => buyer.getByRole('button', { name: say('ar', 'Sign and export the decision report (PDF)') }).click());
    expect(spawnSync('pdfsig', [desk.save('decision-signed-ar.pdf', arabicSigned.bytes)], { encoding: 'utf8' }).stdout).toContain('Signature Validation: Signature is Valid.');
    expect(norm(pdfToText(arabicSigned.bytes))).toContain(norm(headings[1]!));
  });
});
