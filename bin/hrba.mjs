#!/usr/bin/env node
// The `hrba` command: runs the compiled CLI in dist-cli (built by `npm install` through the
// `prepare` script, or by `npm run build:cli`), so no TypeScript compiler runs at start-up.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('../dist-cli/hrba.mjs', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  console.error('hrba: the command-line tool is not built yet. Run `npm run build:cli` (npm install does it) in this package.');
  process.exit(2);
}
await import(compiled.href);
