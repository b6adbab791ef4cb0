import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Loading the full demo data set takes seconds on PGlite and longer on a slow machine.
    testTimeout: 120_000,
  },
});
