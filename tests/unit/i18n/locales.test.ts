import { describe, expect, it } from 'vitest';
import { bestLocale, localeLabel } from '../../../src/i18n/locales';

describe('choosing a language', () => {
  it('takes the first of the browser languages the app speaks, by base language, else English', () => {
    expect(bestLocale(['de-DE', 'fr-CA', 'es'])).toBe('fr');
    expect(bestLocale(['ar-EG'])).toBe('ar');
    expect(bestLocale(['ES_mx'])).toBe('es');
    expect(bestLocale(['de', 'ja'])).toBe('en');
    expect(bestLocale([])).toBe('en');
  });

  it('names each language in itself, and no longer calls any partial: every screen is translated', () => {
    expect(localeLabel('en')).toBe('English');
    expect(localeLabel('fr')).toBe('Français');
    expect(localeLabel('es')).toBe('Español');
    expect(localeLabel('ar')).toBe('العربية');
  });
});
