import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * A separate build of the report bench page, into .tmp/bench-dist: never part
 * of dist/, so the product ships no bench code. `npm run bench` builds and
 * serves it itself.
 */
export const BENCH_DIST = fileURLToPath(new URL('../../../.tmp/bench-dist', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: { outDir: BENCH_DIST, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
});
