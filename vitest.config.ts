import { defineConfig } from 'vitest/config';

/** Unit tests: the import pipeline, the repair step and the Markdown plugins. No build needed. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
