import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { loadChecklist } from '../../src/app/checklistCatalog';
import { makeRequestFile, requestHash, RequestSchema, serializeRequestFile, sha256OfBytes, verifyResponseContainer, type Request } from '../../src/domain/procurement';
import OpenRequestPage from '../../src/ui/procurement/vendor/OpenRequestPage';
import ResponsePage from '../../src/ui/procurement/vendor/ResponsePage';
import { requestInput } from '../unit/procurement/requestInput';
import { captureDownloads, makeServices, renderWithServices } from './helpers';

vi.setConfig({ testTimeout: 60_000 });
// Evidence is stored as a Blob in IndexedDB. fake-indexeddb copies values with Node's
// structuredClone, which keeps Node's Blob but turns jsdom's into an empty object; a
// browser keeps its own. So this file stores Node's Blob, as a browser would its own.
beforeEach(() => {
  vi.stubGlobal('Blob', NodeBlob);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const PDF = new TextEncoder().encode('%PDF-1.7\n% human rights impact assessment\n%%EOF\n');

async function requestFile(): Promise<{ request: Request; file: File }> {
  const { ref } = await loadChecklist('hrba-tech', '1.1.0');
  const request = RequestSchema.parse(requestInput(ref));
  const text = serializeRequestFile(makeRequestFile(request, { name: 'test', version: '1' }, '2026-03-01T09:00:00.000Z'));
  return { request, file: new File([text], 'lakeside-request.hrba.json', { type: 'application/json' }) };
}


describe('a vendor answering a request', () => {
  it('refuses a file that is not a request, saying what it is, and starts nothing', async () => {
    const services = makeServices();
    renderWithServices(<OpenRequestPage />, services, '/respond');
    const other = new File([JSON.stringify({ kind: 'hrba.assessment', formatVersion: 2 })], 'x.hrba.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Request file from the buyer (.hrba.json)'), other);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be opened as a request.');
    expect(alert.textContent).toContain('kind: The kind “hrba.assessment” is not one this version reads; expected hrba.request.');
    expect(await services.db.vendorResponses.count()).toBe(0);
  });

  it('opens the request, answers with evidence, cannot export until the mandatory question is answered, and exports a response the buyer accepts', async () => {
    const services = makeServices();
    const downloads = captureDownloads();
    const { request, file } = await requestFile();
    const { location } = renderWithServices(<OpenRequestPage />, services, '/respond');
    await userEvent.upload(screen.getByLabelText('Request file from the buyer (.hrba.json)'), file);
    await screen.findByRole('heading', { name: 'Live facial recognition for the transit police' });
    expect(screen.getByText(/The request is not signed/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Your organisation (required)'), 'Argus Systems');
    await userEvent.type(screen.getByLabelText('Your product’s name (required)'), 'Argus Vision');
    await userEvent.click(screen.getByRole('button', { name: 'Start the response' }));
    await waitFor(() => expect(location.history?.at(-1)).toMatch(/^\/respond\/[0-9a-f-]{36}$/));
    const id = location.history!.at(-1)!.split('/')[2]!;
    cleanup();

    renderWithServices(<ResponsePage id={id} />, services, `/respond/${id}`);
    const exportButton = await screen.findByRole('button', { name: 'Export the response' });
    expect(exportButton).toHaveProperty('disabled', true);
    expect(screen.getByText(/Answer every mandatory question before exporting/).closest('div')?.textContent).toContain('CON-04');
    // The deal-breaker policy and the buyer's own rule for CQ-01 are shown beside the questions.
    expect(screen.getByRole('article', { name: /^CQ-01 / }).textContent).toContain('Red flag on “No” (the buyer’s rule for this question). Partial hosting abroad may be acceptable.');

    await userEvent.click(within(screen.getByRole('group', { name: 'Answer to CON-04' })).getByRole('radio', { name: 'Yes' }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Answer to CQ-01' })).getByRole('radio', { name: 'Don’t know' }));
    await userEvent.type(screen.getByLabelText('Notes on CON-04'), 'See our impact assessment.');
    await userEvent.tab();
    await userEvent.upload(screen.getByLabelText('Attach evidence files to DEP-03'), new File([PDF], 'HRIA 2026.pdf', { type: 'application/pdf' }));
    await screen.findByText('HRIA 2026.pdf');
    await waitFor(() => expect(exportButton).toHaveProperty('disabled', false));
    await userEvent.click(exportButton);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^Argus-Systems-Argus-Vision-response-\d{4}-\d{2}-\d{2}\.hrba\.zip$/);

    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    const check = await verifyResponseContainer(bytes, { request, hash: await requestHash(request) }, async () => ({ valid: false, trusted: false, reasons: ['not-signed'] }), { allowUnsigned: true });
    if (!check.ok) throw new Error(JSON.stringify(check.failures));
    expect(check.file.assessment.answers['CON-04']).toMatchObject({ status: 'yes', notes: 'See our impact assessment.' });
    expect(check.file.assessment.answers['CQ-01']?.status).toBe('unknown');
    expect(check.file.assessment.revision.lockedAt).toBeTruthy();
    expect(check.file.evidence).toEqual([expect.objectContaining({ questionKey: 'DEP-03', name: 'HRIA 2026.pdf', sha256: sha256OfBytes(PDF), bytes: PDF.byteLength })]);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual([`evidence/${sha256OfBytes(PDF).slice(7)}`, 'hrba-response.json']);
    // Exported means locked: the answers can no longer change.
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Answer to CON-04' })).getByRole('radio', { name: 'No' }).matches(':disabled')).toBe(true));
    expect(screen.getByText(/this response is locked and can no longer change/)).toBeTruthy();
  });
});
