import { defineConfig } from 'vitest/config';

/**
 * Tests of the built site in dist/: static checks over the HTML (tests/build) and real-Chromium
 * tests against dist/ served on a free loopback port (tests/e2e). Run after `npm run build`.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium per file is plenty on two cores.
    fileParallelism: false,
  },
});
