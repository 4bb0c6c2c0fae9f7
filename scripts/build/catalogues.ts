import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/**
 * Translated catalogues (src/i18n/messages/<locale>.json, `{ id: "ICU message" }`) are parsed
 * here, at build time, when imported as `<locale>.json?compiled`: the page receives the
 * messages as ICU syntax trees and so never needs the message parser (about 8 kB gzip). The
 * English text needs no catalogue at all: @formatjs/vite-plugin compiles each message where
 * the code defines it, so English travels with the screen that shows it.
 *
 * It runs before Vite's JSON handling and returns a JavaScript module (JSON.parse of a string
 * is the fastest way for a browser to read a large literal).
 */
export function compiledCatalogues(): Plugin {
  return {
    name: 'hrba-compiled-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.json?compiled')) return null;
      const source = JSON.parse(code) as Record<string, string>;
      const compiled = Object.fromEntries(Object.entries(source).map(([key, message]) => [key, parse(message)]));
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(compiled))});`, map: null, moduleType: 'js' };
    },
  };
}
