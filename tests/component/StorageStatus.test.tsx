import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';

/**
 * The storage panel over a stand-in for navigator.storage (jsdom has none): when it
 * asks the browser to keep the data, and what it tells the person either way.
 */
function fakeStorage(answer: { persistedAtStart: boolean; grant: boolean }) {
  let persisted = answer.persistedAtStart;
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = answer.grant;
      return answer.grant;
    }),
    estimate: vi.fn(async () => ({ usage: 1_234_567, quota: 10_000_000_000 })),
  };
  Object.defineProperty(navigator, 'storage', { configurable: true, value: storage });
  return storage;
}

// The request is made once per page; each test is a fresh page.
async function renderPanel(hasAssessments: boolean) {
  vi.resetModules();
  const { StorageStatus } = await import('../../src/ui/storage/StorageStatus');
  render(<StorageStatus hasAssessments={hasAssessments} />);
  return screen.findByRole('region', { name: 'Storage on this device' });
}

describe('StorageStatus', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    delete (navigator as { storage?: unknown }).storage;
  });

  it('shows space used and free, links to the backup page, and asks nothing while no assessment is stored', async () => {
    const storage = fakeStorage({ persistedAtStart: false, grant: true });
    const panel = await renderPanel(false);
    await waitFor(() => expect(panel.textContent).toContain('Used: 1.2 MB. Free for this app: about 10 GB (this browser allows it 10 GB in all).'));
    expect(within(panel).getByText(/may clear them when space runs low\. Keep backups\./)).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'Back up or restore all assessments' }).getAttribute('href')).toBe('#/backup');
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('asks the browser to keep the data once there is an assessment, and says when it agreed', async () => {
    const storage = fakeStorage({ persistedAtStart: false, grant: true });
    const panel = await renderPanel(true);
    expect(await within(panel).findByText(/This browser has agreed to keep your assessments: it will not clear them to free space/)).toBeTruthy();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('says plainly that the data may be cleared when the browser refuses', async () => {
    const storage = fakeStorage({ persistedAtStart: false, grant: false });
    const panel = await renderPanel(true);
    expect(
      await within(panel).findByText('This browser has not promised to keep your assessments: it may clear them when space runs low, or after a long time without a visit. Keep backups.'),
    ).toBeTruthy();
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when the browser already keeps the data', async () => {
    const storage = fakeStorage({ persistedAtStart: true, grant: true });
    const panel = await renderPanel(true);
    expect(await within(panel).findByText(/has agreed to keep your assessments/)).toBeTruthy();
    expect(storage.persist).not.toHaveBeenCalled();
  });
});
