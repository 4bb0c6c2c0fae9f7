import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomePage } from '../../src/ui/home/HomePage';
import { makeServices, renderWithServices } from './helpers';

describe('the notice of rows repaired on upgrade', () => {
  it('names each repaired assessment with its number of changes, isolated, until dismissed', async () => {
    const services = makeServices();
    // What the version-5 upgrade leaves behind (tests/unit/db/repairMigration.test.ts checks the upgrade itself).
    await services.settings.set({ repairNotice: [{ id: 'a1', productName: 'שלום Kestrel', changes: 3 }] });
    renderWithServices(<HomePage />, services);

    const notice = await screen.findByRole('region', { name: 'Text repaired when this version opened your data' });
    const item = within(notice).getByRole('listitem');
    expect(item.textContent).toBe('שלום Kestrel: 3 changes');
    expect(item.querySelector('bdi')?.textContent).toBe('שלום Kestrel');
    expect(notice.textContent).toMatch(/recorded in the assessment's change trail/);

    await userEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Text repaired when this version opened your data' })).toBeNull());
    expect((await services.settings.get()).repairNotice).toEqual([]);
  });
});
