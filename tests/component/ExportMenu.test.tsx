import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportMenu } from '../../src/ui/assessment/ExportMenu';
import { bundledAssessment, makeServices, renderWithServices } from './helpers';

const exports = vi.hoisted(() => ({ pdf: vi.fn(), html: vi.fn() }));
vi.mock('../../src/ui/common/exports', () => ({ exportAssessmentPdf: exports.pdf, exportAssessmentHtml: exports.html }));

describe('ExportMenu', () => {
  it('is one closed button until opened by keyboard; then lists the three exports with focus on the first, and Escape closes it', async () => {
    const json = vi.fn();
    renderWithServices(<ExportMenu assessment={await bundledAssessment()} onExportJson={json} />, makeServices());
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // Closed, only the one button is on the page.
    expect(screen.getAllByRole('button')).toEqual([toggle]);

    await userEvent.tab();
    expect(document.activeElement).toBe(toggle);
    await userEvent.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('list', { name: 'Exports' });
    expect(toggle.getAttribute('aria-controls')).toBe(list.id);
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['Export JSON', 'Export PDF', 'Export HTML report']);
    await waitFor(() => expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'Export JSON' })));

    await userEvent.keyboard('{Enter}');
    expect(json).toHaveBeenCalledTimes(1);
    await userEvent.tab();
    expect(document.activeElement).toBe(within(list).getByRole('button', { name: 'Export PDF' }));

    await userEvent.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Export PDF' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('stays open while a report is prepared, so its failure stays in view', async () => {
    exports.pdf.mockRejectedValueOnce(new Error('no fonts'));
    renderWithServices(<ExportMenu assessment={await bundledAssessment()} onExportJson={() => {}} />, makeServices());
    await userEvent.click(screen.getByRole('button', { name: 'Export' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect((await screen.findByRole('alert')).querySelector('p')?.textContent).toBe('PDF export failed: something unexpected went wrong in the browser.');
    expect(screen.getByRole('button', { name: 'Export' }).getAttribute('aria-expanded')).toBe('true');
  });
});
