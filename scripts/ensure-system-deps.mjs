// End-to-end tests and the bench need Debian's Chromium and poppler-utils (pdftotext).
// Installs them with apt-get when missing, and says so; never downloads a browser build.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const needs = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
];
const missing = needs.filter((n) => !existsSync(n.bin)).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

console.log(`[setup] Installing ${missing.join(' and ')} with apt-get (needed by the end-to-end tests and the bench)…`);
const run = (args) => {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const cmd = [...sudo, 'apt-get', ...args];
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`[setup] "${cmd.join(' ')}" failed. Install ${missing.join(', ')} yourself, then run the command again.`);
    process.exit(1);
  }
};
run(['update', '-qq']);
run(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
console.log('[setup] Done.');
