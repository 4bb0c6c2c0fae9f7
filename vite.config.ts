import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, SECURITY_HEADERS, staticHostHeaders } from './scripts/build/csp.ts';
import { progressiveWebApp } from './scripts/build/pwa.ts';
import { SINGLE_FILE_DIR, singleFileBuild } from './scripts/build/singleFile.ts';
import formatjs from '@formatjs/vite-plugin';
import { compiledCatalogues } from './scripts/build/catalogues.ts';

/**
 * Two builds from one source: the default one (dist/, served from an origin, with a
 * service worker and a web manifest) and `--mode single` (dist-single/hrba-tech.html,
 * one file that runs from file://). See scripts/build/.
 */
export default defineConfig(({ command, mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: [
      // Messages are compiled where they are defined (English) or imported (translations), so
      // the page carries intl-messageformat's formatter but not its parser (src/i18n).
      formatjs({ ast: true, removeDefaultMessage: false }),
      compiledCatalogues(),
      react(),
      ...(single ? singleFileBuild(import.meta.dirname) : [contentSecurityPolicy(), staticHostHeaders(), ...progressiveWebApp()]),
    ],
    resolve: {
      alias: [
        // Only in the app build: tests and tools parse messages (the catalogue checks do).
        ...(command === 'build' ? [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }] : []),
        // wouter reaches React's useSyncExternalStore through the shim written for React 17; React 19 has it.
        { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: resolve(import.meta.dirname, 'src/app/syncExternalStore.ts') },
      ],
    },
    // The import worker shares lazy chunks (the checklist catalogue) with the page: ES module workers allow that.
    worker: { format: 'es' as const },
    build: {
      target: 'es2022',
      assetsInlineLimit: 0,
      // Every browser the app supports (ES2022) preloads modules natively; Vite's polyfill would cost the first screen 0.6 kB.
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 1200,
      // Module bodies run in source order whatever chunk they land in. The entry's first
      // import sets zod's jitless mode; once lazy sections share zod and the domain with the
      // home screen, Rolldown moves them to a common chunk that would otherwise run (and
      // build schemas, probing eval against the CSP) before that line.
      rolldownOptions: {
        output: { strictExecutionOrder: true },
        // The domain and storage modules only define things (schemas, functions, classes); nothing
        // in them runs on import. Saying so lets the bundler leave out every such module the first
        // screen never uses, although all are reachable through their folders' index files.
        treeshake: { moduleSideEffects: (id: string) => (/[\\/]src[\\/](domain|db)[\\/]/.test(id) ? false : undefined) },
      },
      ...(single ? { outDir: SINGLE_FILE_DIR, copyPublicDir: false } : {}),
    },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      strictPort: true,
      headers: SECURITY_HEADERS,
    },
    test: {
      // CI runs on a shared 2-core machine that may be busy: tests prove behaviour, never speed.
      testTimeout: 60_000,
      hookTimeout: 60_000,
      expect: { poll: { timeout: 15_000 } },
      globalSetup: ['tests/support/tempRoot.ts'],
      projects: [
        {
          extends: true,
          test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
        },
        {
          extends: true,
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['tests/component/**/*.test.tsx'],
            setupFiles: ['tests/component/setup.ts'],
          },
        },
      ],
    },
  };
});
