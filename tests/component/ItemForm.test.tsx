import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ItemForm } from '../../src/ui/wizard/ItemForm';
import { loadChecklist } from '../../src/app/checklistCatalog';
import type { AssessmentChange, ChecklistItem, ItemAnswer } from '../../src/domain';

let item: ChecklistItem;
beforeAll(async () => {
  const { checklist } = await loadChecklist();
  item = checklist.items.find((i) => i.id === 'CON-01')!;
});

function renderForm(answer?: ItemAnswer) {
  const onChange = vi.fn<(change: AssessmentChange) => void>();
  render(<ItemForm item={item} answer={answer} onChange={onChange} />);
  return onChange;
}

describe('ItemForm', () => {
  it('holds back “Not applicable” on a red flag until the notes say why, and says so', async () => {
    const { checklist } = await loadChecklist();
    const redFlag = checklist.items.find((i) => i.redFlag)!;
    const onChange = vi.fn<(change: AssessmentChange) => void>();
    render(<ItemForm item={redFlag} answer={undefined} onChange={onChange} />);

    await userEvent.click(screen.getByRole('radio', { name: 'Not applicable' }));
    expect(onChange).not.toHaveBeenCalled();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(notes.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('This is a red flag: say why it does not apply to this product.');

    await userEvent.type(notes, 'We sell no product to any state.');
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.lastCall![0]).toMatchObject({ itemId: redFlag.id, status: 'not-applicable', notes: 'We sell no product to any state.' });
    expect(notes.getAttribute('aria-invalid')).toBe('false');
  });

  it('accepts “Not applicable” without a reason on an item that is not a red flag', async () => {
    expect(item.redFlag).toBeFalsy();
    const onChange = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: 'Not applicable' }));
    expect(onChange.mock.lastCall![0]).toMatchObject({ status: 'not-applicable', notes: '' });
  });

  it('hands a status and notes to onChange as one answer.set change', async () => {
    const onChange = renderForm();

    await userEvent.click(screen.getByRole('radio', { name: 'Partly' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Notes' }), 'Aim drafted, not yet approved');

    expect(onChange.mock.lastCall![0]).toStrictEqual({
      type: 'answer.set',
      itemId: 'CON-01',
      status: 'partial',
      notes: 'Aim drafted, not yet approved',
      evidence: [],
    });
  });

  it('starts from the stored answer', () => {
    renderForm({
      status: 'no',
      notes: 'Nothing written yet',
      evidence: [{ label: 'Board minutes', url: '' }],
      answeredAt: '2026-02-01T09:00:00.000Z',
      answeredBy: '',
      review: null,
    });

    expect((screen.getByRole('radio', { name: 'No' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Notes' }) as HTMLTextAreaElement).value).toBe('Nothing written yet');
    expect((screen.getByRole('textbox', { name: 'Evidence 1: what it is' }) as HTMLInputElement).value).toBe('Board minutes');
  });

  it('shows a web address as a real link that opens apart from the app, and refuses any other scheme with a message', async () => {
    const onChange = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'What the evidence is' }), 'DPIA');
    await userEvent.type(screen.getByRole('textbox', { name: 'Link or location (optional)' }), 'https://example.org/dpia');
    await userEvent.click(screen.getByRole('button', { name: 'Add this evidence' }));

    const link = await screen.findByRole('link', { name: 'https://example.org/dpia' });
    expect(link.getAttribute('href')).toBe('https://example.org/dpia');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(onChange.mock.lastCall![0]).toMatchObject({ evidence: [{ label: 'DPIA', url: 'https://example.org/dpia' }] });

    // Editing the stored row's link to another scheme is refused there, as it is typed.
    onChange.mockClear();
    const url = screen.getByRole('textbox', { name: 'Evidence 1: link or location (optional)' });
    await userEvent.clear(url);
    await userEvent.type(url, 'javascript:alert(1)');
    const evidenceGroup = screen.getByRole('group', { name: 'Evidence' });
    expect((await within(evidenceGroup).findByRole('alert')).textContent).toBe('A link must be a web address starting with https:// or http://.');
    expect(screen.queryByRole('link')).toBeNull();
    for (const [change] of onChange.mock.calls) expect(JSON.stringify(change)).not.toContain('javascript:');
  });

  it('checks new evidence when it is added, not when the form opens: a summary at the top links to the field, and nothing invalid is handed on', async () => {
    const onChange = renderForm();
    await userEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    onChange.mockClear();

    await userEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    const adder = screen.getByRole('group', { name: 'New evidence' });
    const label = within(adder).getByRole('textbox', { name: 'What the evidence is' });
    // Opening the form is not a mistake: no message yet, and the description box has focus.
    expect(within(adder).queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(label);

    await userEvent.click(within(adder).getByRole('button', { name: 'Add this evidence' }));
    const summary = await within(adder).findByRole('alert', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(label.getAttribute('aria-describedby')!)!.textContent).toBe('describe the evidence');
    await userEvent.click(within(summary).getByRole('link', { name: 'What the evidence is: describe the evidence' }));
    expect(document.activeElement).toBe(label);
    expect(onChange).not.toHaveBeenCalled();

    // Spaces are not a description either, and a link does not smuggle the evidence through.
    await userEvent.type(label, '   ');
    await userEvent.type(within(adder).getByRole('textbox', { name: 'Link or location (optional)' }), 'https://example.org/aim');
    await userEvent.click(within(adder).getByRole('button', { name: 'Add this evidence' }));
    expect(within(adder).getByRole('link', { name: 'What the evidence is: describe the evidence' })).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();

    await userEvent.clear(label);
    await userEvent.type(label, 'Approved aim statement{Enter}');
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({
        type: 'answer.set',
        itemId: 'CON-01',
        status: 'yes',
        notes: '',
        evidence: [{ label: 'Approved aim statement', url: 'https://example.org/aim' }],
      }),
    );
    // The form closes, the evidence is listed, and focus returns to "Add evidence".
    expect(screen.queryByRole('group', { name: 'New evidence' })).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Evidence 1: what it is' }) as HTMLInputElement).value).toBe('Approved aim statement');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add evidence' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('cancels new evidence without a message or a change', async () => {
    const onChange = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'What the evidence is' }), 'Half a thought');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: 'New evidence' })).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
    // Opened again, it starts empty.
    await userEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    expect((screen.getByRole('textbox', { name: 'What the evidence is' }) as HTMLInputElement).value).toBe('');
  });

  it('hands on the removal of an evidence entry', async () => {
    const onChange = renderForm({
      status: 'yes',
      notes: '',
      evidence: [
        { label: 'Aim statement', url: '' },
        { label: 'Board minutes', url: '' },
      ],
      answeredAt: '2026-02-01T09:00:00.000Z',
      answeredBy: '',
      review: null,
    });

    await userEvent.click(screen.getByRole('button', { name: 'Remove evidence 1' }));

    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ type: 'answer.set', evidence: [{ label: 'Board minutes', url: '' }] }),
      ),
    );
  });
});
