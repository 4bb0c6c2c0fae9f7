import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomePage } from '../../src/ui/home/HomePage';
import { bundledAssessment, makeServices, renderWithServices } from './helpers';

afterEach(() => vi.restoreAllMocks());

const productLinks = (table: HTMLElement) => within(table).getAllByRole('link').map((l) => l.textContent);

/** Thirty assessments "Product 01" … "Product 30", edited in that order; odd ones belong to Acme. */
async function storeThirty() {
  const services = makeServices();
  for (let n = 1; n <= 30; n++) {
    const a = await bundledAssessment({ productName: `Product ${String(n).padStart(2, '0')}`, at: `2026-02-01T08:${String(n).padStart(2, '0')}:00.000Z` });
    await services.assessments.create({ ...a, subject: { ...a.subject, organisation: n % 2 ? 'Acme Robotics' : 'Other Org' } });
  }
  return services;
}

// Thirty stored assessments and a drawn page take a few seconds on a loaded machine.
describe('home list: paging, search and sort', { timeout: 30_000 }, () => {
  it('shows 25 rows per page, newest edit first, and pages forward and back', async () => {
    const services = await storeThirty();
    renderWithServices(<HomePage />, services);

    const table = await screen.findByRole('table', { name: 'Assessments stored in this browser' });
    expect(productLinks(table)).toHaveLength(25);
    expect(productLinks(table)[0]).toBe('Product 30');
    expect(screen.getByText('Showing 1–25 of 30.')).toBeTruthy();
    const pages = screen.getByRole('navigation', { name: 'Pages of assessments' });
    expect(within(pages).getByText('Page 1 of 2')).toBeTruthy();
    expect(within(pages).getByRole('button', { name: 'Previous page' })).toHaveProperty('disabled', true);

    await userEvent.click(within(pages).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(productLinks(screen.getByRole('table'))).toEqual(['Product 05', 'Product 04', 'Product 03', 'Product 02', 'Product 01']));
    const pagesNow = screen.getByRole('navigation', { name: 'Pages of assessments' });
    expect(within(pagesNow).getByRole('button', { name: 'Next page' })).toHaveProperty('disabled', true);

    await userEvent.click(within(pagesNow).getByRole('button', { name: 'Previous page' }));
    expect(productLinks(screen.getByRole('table'))[0]).toBe('Product 30');
  });

  it('draws the first page from the newest lines alone; the whole list is read after, for search and paging', async () => {
    const services = await storeThirty();
    // The whole list never arrives: the first page must not wait for it.
    let asked = 0;
    services.assessments.lines = () => {
      asked += 1;
      return new Promise(() => undefined);
    };
    renderWithServices(<HomePage />, services);

    const table = await screen.findByRole('table', { name: 'Assessments stored in this browser' });
    expect(productLinks(table)).toHaveLength(25);
    expect(productLinks(table)[0]).toBe('Product 30');
    expect(productLinks(table)[24]).toBe('Product 06');
    expect(screen.getByText('Showing 1–25 of 30.')).toBeTruthy();
    await waitFor(() => expect(asked).toBeGreaterThan(0));

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by product or organisation' }), 'acme');
    expect(await screen.findByText('Loading the whole list…')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('searches by organisation and product name and sorts by name', async () => {
    const services = await storeThirty();
    renderWithServices(<HomePage />, services);
    await screen.findByRole('table');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by product or organisation' }), 'acme');
    await waitFor(() => expect(productLinks(screen.getByRole('table'))).toHaveLength(15));
    expect(screen.getByText('Showing 1–15 of 15 matching (30 in all).')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Pages of assessments' })).toBeNull();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Product name, A to Z');
    expect(productLinks(screen.getByRole('table')).slice(0, 3)).toEqual(['Product 01', 'Product 03', 'Product 05']);

    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'product 2');
    await waitFor(() => expect(productLinks(screen.getByRole('table'))).toEqual([
      'Product 20', 'Product 21', 'Product 22', 'Product 23', 'Product 24', 'Product 25', 'Product 26', 'Product 27', 'Product 28', 'Product 29',
    ]));

    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    expect(await screen.findByText('No assessment matches "zzz".')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('home list: rows this version cannot open', () => {
  async function withUnreadable() {
    const services = makeServices();
    const good = await bundledAssessment({ productName: 'FaceGate' });
    await services.assessments.create(good);
    const newer = { ...(await bundledAssessment()), schemaVersion: 2, futureField: { x: 1 } };
    const damaged = { ...(await bundledAssessment()), mode: 'freestyle' };
    // Written the way a later release or a broken build would have: straight into the table.
    await services.db.assessments.bulkPut([
      { id: newer.id, updatedAt: newer.updatedAt, data: newer },
      { id: damaged.id, updatedAt: damaged.updatedAt, data: damaged },
    ]);
    // Their summaries and list lines are built as the version-2 and version-5 upgrades do for rows found in the table.
    const { listEntryFor } = await import('../../src/db/rows');
    const { putEntry } = await import('../../src/db/assessments');
    for (const d of [newer, damaged]) await putEntry(services.db, listEntryFor(d.id, d));
    return { services, good, newer, damaged };
  }

  it('says which record is from a newer version and which is damaged', async () => {
    const { services, newer, damaged } = await withUnreadable();
    renderWithServices(<HomePage />, services);
    const section = await screen.findByRole('region', { name: 'Records this version cannot open' });
    const items = within(section).getAllByRole('listitem');
    const text = (id: string) => items.find((li) => li.textContent?.includes(id))?.textContent ?? '';
    expect(text(newer.id)).toContain('Saved by a newer version of this app (data version 2)');
    expect(text(damaged.id)).toContain('Damaged record: mode:');
    expect(screen.getByRole('link', { name: 'FaceGate' })).toBeTruthy();
  });

  it('exports a newer record exactly as stored', async () => {
    const { services, newer } = await withUnreadable();
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/raw';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderWithServices(<HomePage />, services);

    await userEvent.click(await screen.findByRole('button', { name: `Export record ${newer.id} as stored` }));

    await waitFor(() => expect(names).toEqual([`record-${newer.id}.json`]));
    expect(JSON.parse(await blobs[0]!.text())).toEqual(newer);
  });

  it('deletes a damaged record only after confirmation, leaving the others', async () => {
    const { services, good, newer, damaged } = await withUnreadable();
    renderWithServices(<HomePage />, services);

    await userEvent.click(await screen.findByRole('button', { name: `Delete record ${damaged.id}` }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this record?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await services.assessments.exists(damaged.id)).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: `Delete record ${damaged.id}` }));
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Delete this record?' })).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(screen.queryByRole('button', { name: `Delete record ${damaged.id}` })).toBeNull());
    expect(await services.assessments.exists(damaged.id)).toBe(false);
    expect(await services.assessments.exists(newer.id)).toBe(true);
    expect(await services.assessments.exists(good.id)).toBe(true);
    expect(screen.getByText(`Deleted record ${damaged.id}.`)).toBeTruthy();
  });
});
