#!/usr/bin/env node
// The `hrba` command: runs the TypeScript CLI with tsx, so it uses the very same
// domain and report code as the app, with no separate build step.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const tsx = require.resolve('tsx');
const result = spawnSync(process.execPath, ['--import', tsx, join(here, 'hrba.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
