import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useUnsavedChangesGuard } from '../../src/ui/common/useUnsavedChangesGuard';

const UNSAVED_MESSAGE = 'You have changes that are not saved yet. Leave and lose them?';

function Page(props: { dirty: boolean; onFollow: () => void }) {
  useUnsavedChangesGuard(props.dirty);
  return (
    <a href="#/a/1/dashboard" onClick={(e) => (e.preventDefault(), props.onFollow())}>
      Dashboard
    </a>
  );
}

afterEach(() => vi.restoreAllMocks());

describe('useUnsavedChangesGuard', () => {
  it('asks before an in-app link leaves unsaved edits, and stays when the person says no', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const onFollow = vi.fn();
    render(<Page dirty onFollow={onFollow} />);

    await userEvent.click(screen.getByRole('link', { name: 'Dashboard' }));

    expect(confirm).toHaveBeenCalledWith(UNSAVED_MESSAGE);
    expect(onFollow).not.toHaveBeenCalled();
  });

  it('leaves when the person agrees, and never asks when nothing is unsaved', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const onFollow = vi.fn();
    const { rerender } = render(<Page dirty onFollow={onFollow} />);
    await userEvent.click(screen.getByRole('link', { name: 'Dashboard' }));
    expect(onFollow).toHaveBeenCalledTimes(1);

    confirm.mockClear();
    rerender(<Page dirty={false} onFollow={onFollow} />);
    await userEvent.click(screen.getByRole('link', { name: 'Dashboard' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(onFollow).toHaveBeenCalledTimes(2);
  });

  it('asks the browser to confirm closing the tab while edits are unsaved', () => {
    render(<Page dirty onFollow={() => undefined} />);
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });
});
