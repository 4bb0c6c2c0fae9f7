import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Locale } from './locales';

export type CompiledCatalogue = Record<string, MessageFormatElement[]>;

/**
 * Each translation is its own lazy chunk, loaded only when chosen (the service worker
 * precaches every chunk, so a language chosen offline still loads; the single-file build
 * inlines them). English has no catalogue: its messages are in the code.
 */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: CompiledCatalogue }>> = {
  fr: () => import('./messages/fr.json?compiled'),
  es: () => import('./messages/es.json?compiled'),
  ar: () => import('./messages/ar.json?compiled'),
};

export async function loadCatalogue(locale: Locale): Promise<CompiledCatalogue> {
  return locale === 'en' ? {} : (await loaders[locale]()).default;
}
