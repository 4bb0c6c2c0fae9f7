import { defineConfig } from 'vite';

/**
 * The `hrba` command compiled to plain JavaScript for Node (`npm run build:cli`, run by `npm install`):
 * no TypeScript compiler at run time, so `hrba help` starts in a fraction of a second. Dependencies
 * stay external (they are installed beside it); each command is its own chunk, loaded when it runs.
 */
export default defineConfig({
  publicDir: false,
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
