import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { switchLanguage } from '../../src/i18n/language';
import NewProcurementPage from '../../src/ui/procurement/NewProcurementPage';
import { makeServices, renderWithServices } from './helpers';

// Building 128 question rows shares two cores with the rest of the suite.
vi.setConfig({ testTimeout: 60_000 });

afterEach(async () => {
  await switchLanguage('en', false);
});

describe('the request builder in another language', () => {
  it('speaks French: headings, labels, the stages, the deal-breaker policy with its answers listed the French way, and the counts', async () => {
    await switchLanguage('fr', false);
    renderWithServices(<NewProcurementPage />, makeServices());
    await screen.findByRole('heading', { level: 1, name: 'Demande aux fournisseurs' });
    expect(screen.getByLabelText('Organisation acheteuse (obligatoire)')).toBeTruthy();
    const stage = screen.getByLabelText('Étape de la passation');
    expect(within(stage).getByRole('option', { name: 'Appel d’offres' })).toBeTruthy();
    expect(screen.getByText(/^Un critère éliminatoire est une question/).textContent).toContain(
      '« Non », « Ne sait pas », « En partie » et l’absence de réponse déclenchent tous un signal d’alerte',
    );
    expect(screen.getByText(/^Questions posées : \d+ sur \d+\./)).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { name: 'Critère éliminatoire' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Exporter la demande pour les fournisseurs' })).toBeTruthy();
    expect(screen.queryByText('Request to vendors')).toBeNull();
  });

  it('speaks Arabic, right to left: headings, buttons, the stage names and the policy with Arabic quotation marks', async () => {
    await switchLanguage('ar', false);
    expect(document.documentElement.dir).toBe('rtl');
    renderWithServices(<NewProcurementPage />, makeServices());
    await screen.findByRole('heading', { level: 1, name: 'طلب إلى الموردين' });
    expect(screen.getByRole('heading', { level: 2, name: 'أسئلتك الخاصة' })).toBeTruthy();
    expect(within(screen.getByLabelText('مرحلة الشراء')).getByRole('option', { name: 'المناقصة' })).toBeTruthy();
    expect(screen.getByText(/^المعيار الإقصائي سؤال/).textContent).toContain('«لا»');
    expect(screen.getByRole('button', { name: 'حفظ المسودة' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { name: 'طرح السؤال' }).length).toBeGreaterThan(0);
    expect(screen.queryByText('Save draft')).toBeNull();
  });
});
