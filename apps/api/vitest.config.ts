import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const postgresUrl = process.env.TEST_DATABASE_URL;

function integrationProject(engine: 'pglite' | 'postgres'): TestProjectInlineConfiguration {
  return {
    test: {
      name: engine,
      include: ['src/**/*.test.ts'],
      env: { TEST_ENGINE: engine },
      testTimeout: 30_000,
      hookTimeout: 60_000,
      ...(engine === 'postgres' ? { globalSetup: ['./src/test/postgres-global-setup.ts'] } : {}),
    },
  };
}

// Integration tests run on PGlite always, and once more on PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
  test: {
    projects: [
      integrationProject('pglite'),
      ...(postgresUrl ? [integrationProject('postgres')] : []),
    ],
  },
});
