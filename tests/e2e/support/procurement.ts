import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { download, STATUS_LABELS } from './app';
import type { AppSession } from './browser';

/**
 * The procurement journey's steps as the people in it take them (buyer, vendor), by role
 * and label, shared by the end-to-end files that build on the journey (procurement,
 * decision). Each step waits for what the app says when it is done, never for a time.
 */

/** A fresh folder for the files people pass to each other, and a way to write one there. */
export function fileDesk(prefix: string): { dir: string; save: (name: string, bytes: Uint8Array | string) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    save: (name, bytes) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      return file;
    },
  };
}

/** A small real-looking PDF for evidence: only its bytes and hash matter to the app. */
export const EVIDENCE_PDF = '%PDF-1.7\n% Human rights impact assessment\n%%EOF\n';

export interface RequestSpec {
  organisation: string;
  title: string;
  /** Checklist items made deal-breakers; every other pre-set deal-breaker is unticked. */
  dealBreakers: string[];
  /** Checklist items made mandatory. */
  mandatory?: string[];
  /** Questions of the buyer's own, in order (CQ-01, CQ-02…). */
  custom?: { question: string; dealBreaker?: boolean; mandatory?: boolean }[];
  /** The name of a signing identity of the buyer's, to sign the request. */
  signer?: string;
}

/** The buyer makes a request from the home page and exports it; returns the request file's bytes. */
export async function makeRequest(buyer: Page, spec: RequestSpec): Promise<Buffer> {
  await buyer.getByRole('link', { name: 'New procurement' }).click();
  await buyer.getByLabel('Buying organisation (required)').fill(spec.organisation);
  await buyer.getByLabel('Procurement title (required)').fill(spec.title);
  // Every stage opened, as a person would to see every question.
  const closed = buyer.locator('details.request-stage:not([open]) > summary');
  while (await closed.count()) await closed.first().click();
  const item = (id: string) => buyer.getByRole('group', { name: new RegExp(`^${id} `) });
  // The checklist's red-flag items come pre-set as deal-breakers: keep only the ones asked for.
  const preset = buyer.locator('fieldset.request-item').filter({ has: buyer.getByRole('checkbox', { name: 'Deal-breaker', checked: true }) });
  for (const legend of await preset.locator('legend .item-id').allTextContents()) {
    if (!spec.dealBreakers.includes(legend.trim())) await item(legend.trim()).getByRole('checkbox', { name: 'Deal-breaker' }).uncheck();
  }
  for (const id of spec.dealBreakers) await item(id).getByRole('checkbox', { name: 'Deal-breaker' }).check();
  for (const id of spec.mandatory ?? []) await item(id).getByRole('checkbox', { name: 'Mandatory' }).check();
  for (const [i, q] of (spec.custom ?? []).entries()) {
    await buyer.getByRole('button', { name: 'Add a question of your own' }).click();
    await buyer.getByLabel(`Question ${i + 1}`, { exact: true }).fill(q.question);
    const group = buyer.getByRole('group', { name: `Custom question ${i + 1}` });
    if (q.dealBreaker) await group.getByRole('checkbox', { name: 'Deal-breaker' }).check();
    if (q.mandatory) await group.getByRole('checkbox', { name: 'Mandatory' }).check();
  }
  if (spec.signer) await buyer.getByLabel('Sign the request with').selectOption({ label: spec.signer });
  const request = await download(buyer, () => buyer.getByRole('button', { name: 'Export request for vendors' }).click());
  expect(request.download.suggestedFilename()).toMatch(/-request\.hrba\.json$/);
  await buyer.getByRole('heading', { name: 'Vendors’ responses' }).waitFor();
  return request.bytes;
}

/** The request most journeys start from: one checklist deal-breaker (also mandatory) and a deal-breaking question of the buyer's own. */
export const TRANSIT_REQUEST: RequestSpec = {
  organisation: 'City of Lakeside',
  title: 'Live facial recognition for transit',
  dealBreakers: ['CON-04'],
  mandatory: ['CON-04'],
  custom: [{ question: 'Will you host every record inside the country?', dealBreaker: true }],
};

type Desk = ReturnType<typeof fileDesk>;
type OpenApp = { open: () => Promise<AppSession> };

/** A person in a browser of their own with a signing identity, on the home page. */
export async function personWithIdentity(app: OpenApp, name: string, organisation: string): Promise<Page> {
  const { page } = await app.open();
  await createIdentity(page, name, organisation);
  await goToRoute(page, '/');
  return page;
}

/** The buyer makes a request and saves it on the desk; returns the file and the procurement's page. */
export async function requestOnDesk(buyer: Page, desk: Desk, fileName: string, spec: RequestSpec): Promise<{ requestFile: string; procurementUrl: string }> {
  const requestFile = desk.save(fileName, await makeRequest(buyer, spec));
  return { requestFile, procurementUrl: buyer.url() };
}

/** A vendor in a browser of their own makes an identity, answers the request, signs with it and saves the response on the desk. */
export async function vendorResponds(
  app: OpenApp,
  desk: Desk,
  fileName: string,
  requestFile: string,
  vendor: { signer: string } & Omit<ResponseSpec, 'signer'>,
): Promise<{ page: Page; responseFile: string }> {
  const page = await personWithIdentity(app, vendor.signer, vendor.organisation);
  return { page, responseFile: desk.save(fileName, await respondToRequest(page, requestFile, vendor)) };
}

/** Makes a self-signed signing identity on the Signing identities page. */
export async function createIdentity(page: Page, name: string, organisation: string): Promise<void> {
  await page.getByRole('link', { name: 'Signing identities' }).click();
  await page.getByLabel('Your name (required)').fill(name);
  await page.getByLabel('Organisation').fill(organisation);
  await page.getByRole('button', { name: 'Create identity' }).click();
  await page.getByRole('listitem', { name: `Identity ${name}` }).waitFor();
}

/** Goes to an app route (`#/…`) in the same page, as following a link would. */
export async function goToRoute(page: Page, route: string): Promise<void> {
  const url = new URL(page.url());
  await page.goto(`${url.origin}${url.pathname}#${route}`);
}

export interface ResponseSpec {
  organisation: string;
  productName: string;
  /** Answer per question key (CON-04, CQ-01…). */
  answers: Record<string, keyof typeof STATUS_LABELS>;
  notes?: Record<string, string>;
  /** Evidence files (paths) per question key. */
  evidence?: Record<string, string[]>;
  /** The name of the vendor's signing identity; unsigned when absent. */
  signer?: string;
}

/** The vendor opens the buyer's request file and starts a response (lands on the response page). */
export async function startResponse(vendor: Page, requestFile: string, spec: Pick<ResponseSpec, 'organisation' | 'productName'>): Promise<void> {
  await goToRoute(vendor, '/respond');
  await vendor.getByLabel('Request file from the buyer (.hrba.json)').setInputFiles(requestFile);
  await vendor.getByRole('button', { name: 'Start the response' }).waitFor();
  await vendor.getByLabel('Your organisation (required)').fill(spec.organisation);
  await vendor.getByLabel('Your product’s name (required)').fill(spec.productName);
  await vendor.getByRole('button', { name: 'Start the response' }).click();
  await vendor.getByRole('button', { name: /^Export the response/ }).waitFor();
}

/** Answers, notes and evidence on the vendor's response page, each waited for until the page shows it. */
export async function answerQuestions(vendor: Page, spec: Pick<ResponseSpec, 'answers' | 'notes' | 'evidence'>): Promise<void> {
  for (const [key, status] of Object.entries(spec.answers)) {
    await vendor.getByRole('group', { name: `Answer to ${key}` }).getByLabel(STATUS_LABELS[status], { exact: true }).check();
  }
  for (const [key, text] of Object.entries(spec.notes ?? {})) {
    const notes = vendor.getByLabel(`Notes on ${key}`);
    await notes.fill(text);
    await notes.blur();
  }
  for (const [key, files] of Object.entries(spec.evidence ?? {})) {
    for (const file of files) {
      await vendor.getByLabel(`Attach evidence files to ${key}`).setInputFiles(file);
      await vendor.getByRole('status').filter({ hasText: `to ${key}.` }).last().waitFor();
    }
  }
}

/** Signs (when a signer is named) and exports the response on the page; returns the `.hrba.zip` bytes. */
export async function exportSignedResponse(vendor: Page, signer?: string): Promise<Buffer> {
  if (signer) await vendor.getByLabel('Sign the response with').selectOption({ label: signer });
  const button = vendor.getByRole('button', { name: /^Export the (re-submission|response)$/ });
  await expect.poll(() => button.isEnabled()).toBe(true);
  const response = await download(vendor, () => button.click());
  expect(response.download.suggestedFilename()).toMatch(/\.hrba\.zip$/);
  return response.bytes;
}

/** The vendor's whole turn: open the request, answer, attach, sign and export. */
export async function respondToRequest(vendor: Page, requestFile: string, spec: ResponseSpec): Promise<Buffer> {
  await startResponse(vendor, requestFile, spec);
  await answerQuestions(vendor, spec);
  return exportSignedResponse(vendor, spec.signer);
}

export const RESPONSE_INPUT = 'Response files from vendors (.hrba.zip; you may choose several)';

/**
 * The buyer imports response files on the procurement's page and waits until the app
 * says each was imported (as revision 1 unless another is named).
 */
export async function importResponses(buyer: Page, files: { path: string; vendor: string; revision?: number }[]): Promise<void> {
  await buyer.getByLabel(RESPONSE_INPUT).setInputFiles(files.map((f) => f.path));
  for (const f of files) {
    const name = f.path.split('/').pop()!;
    await buyer.getByRole('status').filter({ hasText: `Imported “${name}”: ${f.vendor}, revision ${f.revision ?? 1}.` }).waitFor();
  }
}

/** The row of the imported-responses table for one vendor's revision. */
export function importedRow(buyer: Page, vendor: string, revision = 1) {
  return buyer
    .getByRole('table', { name: 'Imported responses' })
    .getByRole('row')
    .filter({ has: buyer.getByRole('rowheader', { name: vendor, exact: true }) })
    .filter({ has: buyer.getByRole('cell', { name: String(revision), exact: true }) });
}
