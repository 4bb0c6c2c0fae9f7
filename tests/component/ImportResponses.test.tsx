import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSelfSignedIdentity, signPackage, type Identity } from '../../src/crypto';
import { loadChecklist } from '../../src/app/checklistCatalog';
import {
  changeVendorDraft,
  makeResponseFile,
  packContainer,
  requestHash,
  RequestSchema,
  serializeResponseFile,
  sha256OfBytes,
  startVendorDraft,
  startVendorRevision,
  type Request,
  type ResponseFile,
} from '../../src/domain/procurement';
import ProcurementPage from '../../src/ui/procurement/ProcurementPage';
import { requestInput, T0 } from '../unit/procurement/requestInput';
import type { AnswerStatus } from '../../src/domain';
import { captureDownloads, makeServices, renderWithServices, rowByColumn } from './helpers';
import { switchLanguage } from '../../src/i18n/language';
import { itemText, say } from '../e2e/support/say';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });
// See VendorResponse.test.tsx: fake-indexeddb keeps Node's Blob, not jsdom's.
beforeEach(() => {
  vi.stubGlobal('Blob', NodeBlob);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const PDF = new TextEncoder().encode('%PDF-1.7\n% impact assessment\n%%EOF\n');
const OTHER_PDF = new TextEncoder().encode('%PDF-1.7\n% something else\n%%EOF\n');
let request: Request;
let hash: string;
let vera: Identity;

beforeAll(async () => {
  request = RequestSchema.parse(requestInput((await loadChecklist('hrba-tech', '1.1.0')).ref));
  hash = await requestHash(request);
  vera = await createSelfSignedIdentity({ name: 'Vera Vendor', organisation: 'Argus Systems', email: 'vera@argus.example', algorithm: 'ECDSA-P256' });
});

/** A locked response to `request` answered through the same change path the app uses. */
const ARGUS = { id: '22222222-2222-4222-8222-222222222222', organisation: 'Argus Systems', answers: { 'CON-04': 'yes', 'DEP-03': 'yes', 'CQ-01': 'no' } } as const;

function responseFile(binding = { id: request.id, hash }, vendor: { id: string; organisation: string; answers: Record<string, AnswerStatus> } = ARGUS): ResponseFile {
  return makeResponseFile({ request: binding, ...lockedDraft(vendor), evidence: [pdfEntry()], generator: { name: 'test', version: '1' }, exportedAt: T0 });
}

const pdfEntry = () => ({ sha256: sha256OfBytes(PDF), questionKey: 'DEP-03', name: 'HRIA.pdf', mediaType: 'application/pdf', bytes: PDF.byteLength, description: '' });

/** Revision 2 of a vendor's locked response, as the vendor's app makes it for a clarification round, with one answer changed. */
function revision2(round1: ReturnType<typeof lockedDraft>): ResponseFile {
  let draft = startVendorRevision(round1, { id: '99999999-9999-4999-8999-999999999999', at: T0, by: 'Vera' });
  draft = changeVendorDraft(request, draft, { type: 'answer.set', itemId: 'CQ-01', status: 'yes', notes: 'All records stay here.', evidence: [] }, { at: T0, by: 'Vera' });
  draft = changeVendorDraft(request, draft, { type: 'revision.lock' }, { at: T0, by: 'Vera' });
  return makeResponseFile({ request: { id: request.id, hash }, ...draft, evidence: [pdfEntry()], generator: { name: 'test', version: '1' }, exportedAt: T0 });
}

function lockedDraft(vendor: { id: string; organisation: string; answers: Record<string, AnswerStatus> } = ARGUS) {
  let draft = startVendorDraft(request, { id: vendor.id, at: T0, productName: 'Vision', organisation: vendor.organisation, respondent: 'Vera' });
  const answers = vendor.answers;
  for (const [itemId, status] of Object.entries(answers)) draft = changeVendorDraft(request, draft, { type: 'answer.set', itemId, status, notes: '', evidence: [] }, { at: T0, by: 'Vera' });
  return changeVendorDraft(request, draft, { type: 'revision.lock' }, { at: T0, by: 'Vera' });
}

async function zip(file: ResponseFile, edit: (text: string) => string = (t) => t, files = new Map([[sha256OfBytes(PDF), PDF]])): Promise<File> {
  const text = edit(serializeResponseFile(await signPackage(file, vera)));
  return new File([packContainer(text, files) as Uint8Array<ArrayBuffer>], 'argus.hrba.zip', { type: 'application/zip' });
}

async function sentProcurement() {
  const services = makeServices();
  const repo = await services.procurements();
  await repo.saveDraft(request, T0);
  await repo.markSent(request.id, hash, T0);
  renderWithServices(<ProcurementPage id={request.id} />, services, `/procurement/${request.id}`);
  await screen.findByRole('heading', { name: 'Vendors’ responses' });
  return services;
}

const upload = async (file: File) => userEvent.upload(screen.getByLabelText('Response files from vendors (.hrba.zip; you may choose several)'), file);

describe('importing vendors’ responses', () => {
  it('imports a signed response and shows it verified, with who signed it and its red flag', async () => {
    await sentProcurement();
    await upload(await zip(responseFile()));
    await screen.findByText(/^Imported “argus\.hrba\.zip”:/, {}, { timeout: 20_000 });
    expect(screen.getByText(/^Imported “argus\.hrba\.zip”:/).textContent).toBe('Imported “argus.hrba.zip”: Argus Systems, revision 1.');
    const table = await screen.findByRole('table', { name: 'Imported responses' });
    const row = within(table).getByRole('row', { name: /Argus Systems/ });
    await waitFor(() => expect(rowByColumn(table, row).Signature).toBe('Verified: signed by Vera Vendor (not among the certificates you trust)'));
    // CQ-01 answered "No" is a deal-breaker under the buyer's own rule.
    expect(rowByColumn(table, row)).toMatchObject({ Revision: '1', Answered: '3 of 3', 'Red flags': '1 red flag' });
  });

  const refusals: [string, () => Promise<File>, string][] = [
    ['an answer changed after signing', () => zip(responseFile(), (t) => t.replace('"status": "no"', '"status": "yes"')), 'The signature does not match the response: its answers or its list of evidence files changed after it was signed.'],
    ['an evidence file swapped', () => zip(responseFile(), undefined, new Map([[sha256OfBytes(PDF), OTHER_PDF]])), 'An evidence file is not the one the response lists: its SHA-256 differs'],
    ['a response bound to another request', async () => zip(responseFile({ id: request.id, hash: `sha256:${'0'.repeat(64)}` })), 'This response answers a different request (or a different version of this one), not this procurement’s.'],
    ['a file that is not an archive', async () => new File(['{"kind":"hrba.response"}'], 'argus.hrba.zip'), 'The file is not a response archive (.hrba.zip): it cannot be read as a ZIP file.'],
  ];
  it.each(refusals)('refuses %s with a specific message and stores nothing', async (_, make, words) => {
    const services = await sentProcurement();
    await upload(await make());
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert.textContent).toContain('“argus.hrba.zip” was not imported, and nothing was stored.');
    expect(alert.textContent).toContain(words);
    expect(await services.db.responses.count()).toBe(0);
    expect(await services.db.evidenceFiles.count()).toBe(0);
  });

  it('imports a re-submission as revision 2 only when it names the revision stored here, and stores nothing otherwise', async () => {
    const services = await sentProcurement();
    const round2 = revision2(lockedDraft());
    // Revision 2 before its revision 1 is here.
    await upload(await zip(round2));
    expect((await screen.findByRole('alert', {}, { timeout: 20_000 })).textContent).toContain('whose earlier revision is not imported here');
    expect(await services.db.responses.count()).toBe(0);
    await upload(await zip(responseFile()));
    await waitFor(() => expect(screen.getByText(/^Imported “argus\.hrba\.zip”:/).textContent).toBe('Imported “argus.hrba.zip”: Argus Systems, revision 1.'), { timeout: 20_000 });
    // A revision 2 made from a round 1 other than the one the buyer holds (an answer rewritten): refused, nothing stored.
    const rewritten = revision2(lockedDraft({ ...ARGUS, answers: { ...ARGUS.answers, 'CQ-01': 'yes' } }));
    await upload(await zip(rewritten));
    expect((await screen.findByRole('alert', {}, { timeout: 20_000 })).textContent).toContain('This revision’s earlier revision differs from the one imported here: round 1 would be rewritten.');
    expect(await services.db.responses.count()).toBe(1);
    expect(await services.db.evidenceFiles.count()).toBe(1);
    await upload(await zip(round2));
    await waitFor(() => expect(screen.getByText(/^Imported “argus\.hrba\.zip”:/).textContent).toBe('Imported “argus.hrba.zip”: Argus Systems, revision 2.'), { timeout: 20_000 });
    expect(await services.db.responses.count()).toBe(2);
  });

  it('refuses an unsigned response unless the buyer chooses to accept unsigned ones', async () => {
    const services = await sentProcurement();
    const unsigned = new File([packContainer(serializeResponseFile(responseFile()), new Map([[sha256OfBytes(PDF), PDF]])) as Uint8Array<ArrayBuffer>], 'argus.hrba.zip');
    await upload(unsigned);
    expect((await screen.findByRole('alert', {}, { timeout: 20_000 })).textContent).toContain('Nobody signed this response');
    expect(await services.db.responses.count()).toBe(0);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Accept responses nobody signed' }));
    await upload(unsigned);
    const table = await screen.findByRole('table', { name: 'Imported responses' }, { timeout: 20_000 });
    await waitFor(() => expect(rowByColumn(table, within(table).getByRole('row', { name: /Argus Systems/ })).Signature).toBe('Not signed'));
  });

  it('compares vendors: the one with a red flag listed below the one without, flagged questions first, and exports the matrix as CSV', async () => {
    await sentProcurement();
    const downloads = captureDownloads();
    const clean = { id: '33333333-3333-4333-8333-333333333333', organisation: 'Zenith Labs', answers: { 'CON-04': 'yes', 'DEP-03': 'partial', 'CQ-01': 'yes' } } as const;
    await upload(await zip(responseFile(undefined, ARGUS)));
    await screen.findByText(/^Imported “argus\.hrba\.zip”:/, {}, { timeout: 20_000 });
    await upload(await zip(responseFile(undefined, clean)));
    const order = await screen.findByRole('table', { name: 'Vendors in order' }, { timeout: 20_000 });
    await waitFor(() => expect(within(order).getAllByRole('row').slice(1).map((r) => r.querySelector('th')?.textContent)).toEqual(['Zenith Labs', 'Argus Systems']));
    expect(rowByColumn(order, within(order).getByRole('row', { name: /Argus Systems/ }))['Red flags']).toBe('1 red flag');
    const matrix = screen.getByRole('table', { name: 'Answers by question and vendor' });
    const first = within(matrix).getAllByRole('row')[1]!;
    expect(rowByColumn(matrix, first)).toMatchObject({ Question: 'CQ-01 (deal-breaker)', 'Argus Systems': 'No Red flag: deal-breaker set by the buyer.', 'Zenith Labs': 'Yes' });
    await userEvent.click(screen.getByRole('button', { name: 'Export the comparison (CSV)' }));
    const csv = await downloads[0]!.blob.text();
    expect(csv).toContain('RED FLAG: Deal-breaker set by the buyer');
    expect(csv.split('\r\n')[1]).toMatch(/^CQ-01,/);
  });
});

describe('the decision form in French', () => {
  afterEach(async () => {
    await switchLanguage('en', false);
  });

  it('quotes a red flag’s checklist question in French, under the not-reviewed note; the buyer’s own question stays as written', async () => {
    await switchLanguage('fr', false);
    const fr = (english: string, values?: Record<string, string | number>, description?: string) => say('fr', english, values, description);
    const services = makeServices();
    const repo = await services.procurements();
    await repo.saveDraft(request, T0);
    await repo.markSent(request.id, hash, T0);
    renderWithServices(<ProcurementPage id={request.id} />, services, `/procurement/${request.id}`);
    await screen.findByRole('heading', { name: fr('Vendors’ responses') });
    const flagged = { ...ARGUS, answers: { 'CON-04': 'no', 'DEP-03': 'yes', 'CQ-01': 'no' } } as const;
    await userEvent.upload(screen.getByLabelText(fr('Response files from vendors (.hrba.zip; you may choose several)')), await zip(responseFile(undefined, flagged)));

    const form = await screen.findByRole('form', { name: fr('Record the decision') }, { timeout: 20_000 });
    const approve = fr('Approve', undefined, 'Procurement decision: approve the vendor');
    const conditions = fr('Approve with conditions');
    await userEvent.click(within(form).getAllByRole('radio').find((r) => r.closest('label')!.textContent!.trim().startsWith(approve) && !r.closest('label')!.textContent!.trim().startsWith(conditions))!);
    await userEvent.selectOptions(within(form).getByRole('combobox'), within(form).getAllByRole('option')[1]!);
    const french = itemText('fr', 'conception', 'CON-04');
    const confirm = await within(form).findByRole('checkbox', { name: fr('I approve despite the red flag on {key}: {question}', { key: 'CON-04', question: french }) });
    expect(confirm.closest('label')!.querySelector('bdi')!.lang).toBe('');
    const english = (await loadChecklist('hrba-tech', '1.1.0')).checklist.items.find((i) => i.id === 'CON-04')!.question;
    expect(form.textContent).not.toContain(english);
    // The buyer's own question is theirs, in their words.
    within(form).getByRole('checkbox', { name: fr('I approve despite the red flag on {key}: {question}', { key: 'CQ-01', question: request.customQuestions[0]!.question }) });
    expect(screen.getAllByRole('note').some((n) => /traduction pas encore relue/.test(n.textContent ?? ''))).toBe(true);
  });
});
