import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const postgresUrl = process.env.TEST_DATABASE_URL;

// Each engine's run has the server process in a different time zone from UTC and from the other,
// so code that reads the process's zone gives wrong results in at least one of them.
const PROCESS_TIME_ZONES = { pglite: 'America/New_York', postgres: 'Asia/Tashkent' } as const;

function integrationProject(engine: 'pglite' | 'postgres'): TestProjectInlineConfiguration {
  return {
    test: {
      name: engine,
      include: ['src/**/*.test.ts'],
      env: { TEST_ENGINE: engine, TZ: PROCESS_TIME_ZONES[engine] },
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
