import { defineConfig } from 'vite';
import formatjs from '@formatjs/vite-plugin';
import { compiledCatalogues } from './scripts/build/catalogues.ts';

/**
 * The `hrba` command compiled to plain JavaScript for Node (`npm run build:cli`, run by `npm install`):
 * no TypeScript compiler at run time, so `hrba help` starts in a fraction of a second. Dependencies
 * stay external (they are installed beside it); each command is its own chunk, loaded when it runs.
 */
export default defineConfig({
  publicDir: false,
  // As in the app build: each message gets its catalogue id (and its English compiled), and a
  // translation (`--lang`) is a chunk of its own, read only when asked for.
  plugins: [formatjs({ ast: true, removeDefaultMessage: false }), compiledCatalogues()],
  logLevel: 'warn',
  build: {
    ssr: 'bin/hrba.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: true,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'hrba.mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
