import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReportExportButtons } from '../../src/ui/common/ReportExportButtons';
import { bundledAssessment, makeServices, renderWithServices } from './helpers';

const exports = vi.hoisted(() => ({ pdf: vi.fn(), html: vi.fn() }));
vi.mock('../../src/ui/common/exports', () => ({ exportAssessmentPdf: exports.pdf, exportAssessmentHtml: exports.html }));

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('ReportExportButtons', () => {
  it.each([
    ['Export PDF', 'Preparing PDF…', exports.pdf],
    ['Export HTML report', 'Preparing HTML report…', exports.html],
  ])('"%s" is busy while the export runs, then ready again', async (label, busy, run) => {
    const pending = deferred();
    run.mockReturnValueOnce(pending.promise);
    const assessment = await bundledAssessment();
    renderWithServices(<ul><ReportExportButtons assessment={assessment} /></ul>, makeServices());
    await userEvent.click(screen.getByRole('button', { name: label }));
    const button = screen.getByRole<HTMLButtonElement>('button', { name: busy });
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    // The report is given the trail, for its annex.
    await waitFor(() => expect(run).toHaveBeenCalledWith(assessment, expect.any(Date), expect.any(Array)));
    pending.resolve();
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: label }).disabled).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['Export PDF', 'PDF export failed: something unexpected went wrong in the browser.', exports.pdf],
    ['Export HTML report', 'HTML report export failed: something unexpected went wrong in the browser.', exports.html],
  ])('"%s" says why it failed, and can be tried again', async (label, message, run) => {
    run.mockRejectedValueOnce(new Error('no fonts'));
    renderWithServices(<ul><ReportExportButtons assessment={await bundledAssessment()} /></ul>, makeServices());
    await userEvent.click(screen.getByRole('button', { name: label }));
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('p')?.textContent).toBe(message);
    // The code's own English words only under "Technical details", marked as English.
    expect(alert.querySelector('details [lang="en"]')?.textContent).toBe('Error: no fonts');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: label }).disabled).toBe(false);
  });
});
