import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { requestHash, restoreRequestFile } from '../../src/domain/procurement';
import NewProcurementPage from '../../src/ui/procurement/NewProcurementPage';
import { ProcurementSection } from '../../src/ui/procurement/ProcurementSection';
import { captureDownloads, makeServices, renderWithServices } from './helpers';

// Building 128 question rows shares two cores with the rest of the suite.
vi.setConfig({ testTimeout: 60_000 });


async function fillDetails() {
  await userEvent.type(await screen.findByLabelText('Buying organisation (required)'), 'City of Lakeside');
  await userEvent.type(screen.getByLabelText('Procurement title (required)'), 'Live facial recognition for transit');
  await userEvent.type(screen.getByLabelText('Deadline for responses'), '2026-04-15');
}

const itemRow = (id: string) => screen.getByRole('group', { name: new RegExp(`^${id} `) });

describe('the request builder', () => {
  it('refuses to export without the buyer and title, names both in an error summary, and stores nothing', async () => {
    const services = makeServices();
    renderWithServices(<NewProcurementPage />, services);
    await screen.findByLabelText('Buying organisation (required)');
    await userEvent.click(screen.getByRole('button', { name: 'Export request for vendors' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: /^Buying organisation: Name the buying organisation\.$/ })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: /^Procurement title: Give the procurement a title\.$/ })).toBeTruthy();
    expect(await services.db.procurements.count()).toBe(0);
  });

  it('exports the request a vendor can read back: chosen items, a custom deal-breaker, frozen under its hash', async () => {
    const services = makeServices();
    const downloads = captureDownloads();
    const { location } = renderWithServices(<NewProcurementPage />, services, '/procurement/new');
    await fillDetails();
    // CON-01 comes pre-selected (it applies with no profile); the buyer drops it and makes CON-04 mandatory.
    expect(within(itemRow('CON-01')).getByRole('checkbox', { name: 'Ask' })).toHaveProperty('checked', true);
    await userEvent.click(within(itemRow('CON-01')).getByRole('checkbox', { name: 'Ask' }));
    expect(within(itemRow('CON-01')).getByRole('checkbox', { name: 'Mandatory' })).toHaveProperty('disabled', true);
    await userEvent.click(within(itemRow('CON-04')).getByRole('checkbox', { name: 'Mandatory' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a question of your own' }));
    await userEvent.type(screen.getByLabelText('Question 1'), 'Will you host every record inside the country?');
    await userEvent.click(within(screen.getByRole('group', { name: 'Custom question 1' })).getByRole('checkbox', { name: 'Deal-breaker' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export request for vendors' }));

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^Live-facial-recognition-for-transit-\d{4}-\d{2}-\d{2}-request\.hrba\.json$/);
    const read = restoreRequestFile(await downloads[0]!.blob.text());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const request = read.file.request;
    expect(request.buyer.organisation).toBe('City of Lakeside');
    expect(request.deadline).toBe('2026-04-15');
    expect(request.items).not.toContain('CON-01');
    expect(request.items).toContain('CON-04');
    expect(request.mandatory).toEqual(['CON-04']);
    expect(request.customQuestions).toEqual([{ id: 'CQ-01', question: 'Will you host every record inside the country?', stage: 'deployment', guidance: '' }]);
    expect(Object.keys(request.dealBreakers)).toContain('CQ-01');
    expect(read.file.signatures).toBeUndefined();

    const stored = await services.db.procurements.get(request.id);
    expect(stored?.sentAt).toBeTruthy();
    expect(stored?.requestHash).toBe(await requestHash(request));
    expect(location.history?.at(-1)).toBe(`/procurement/${request.id}`);
  });

  it('lists procurements on the home page with their status', async () => {
    const services = makeServices();
    renderWithServices(<NewProcurementPage />, services, '/procurement/new');
    await fillDetails();
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(async () => expect(await services.db.procurements.count()).toBe(1));
    renderWithServices(<ProcurementSection />, services);
    const link = await screen.findByRole('link', { name: 'Live facial recognition for transit' });
    const row = link.closest('tr')!;
    expect(within(row).getByRole('rowheader').textContent).toBe('Live facial recognition for transit — City of Lakeside');
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Draft, not sent', 'No vendor yet', '15 Apr 2026']);
  });
});
