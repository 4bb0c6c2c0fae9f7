import { defineConfig } from 'vitest/config';

/** End-to-end tests drive the built app in Debian's Chromium; one file at a time, one server. */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/support/tempRoot.ts', 'tests/e2e/support/globalSetup.ts'],
    fileParallelism: false,
    // Generous: CI shares 2 cores and may be busy; a test proves behaviour, never speed.
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // expect.poll waits 1 s by default: far too short for a busy machine.
    expect: { poll: { timeout: 60_000, interval: 100 } },
  },
});
