import { fileURLToPath } from 'node:url';

import {
  createDatabase,
  migrateToLatest,
  refreshPlannerStatistics,
  seedDemoData,
  type DemoSummary,
} from '@medsys/db';

import { hashPassword } from './auth/passwords';
import { createSessionManager } from './auth/session-manager';
import { SignInLimiter } from './auth/sign-in-limiter';
import { describeStart } from './demo-banner';
import { readEnv } from './env';
import { createHttpServer } from './http/server';
import { createLogger } from './logger';

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function main(): Promise<void> {
  const env = readEnv();
  const logger = createLogger(env.LOG_LEVEL);
  const database = await createDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  logger.info({ engine: database.engine }, 'database opened');

  await migrateToLatest(database.db);

  let demo: DemoSummary | null = null;

  if (env.DEMO_DATA === 'auto') {
    demo = await seedDemoData(database.db, {
      hashPassword,
      log: (message) => {
        logger.info(message);
      },
    });
    logger.info(
      { isLoaded: demo !== null },
      demo ? 'demo data loaded' : 'database not empty; demo data skipped',
    );

    if (demo) {
      await refreshPlannerStatistics(database.db);
    }
  }

  const services = {
    db: database.db,
    sessions: createSessionManager(database.db, { isSecureCookie: env.NODE_ENV === 'production' }),
    signInLimiter: new SignInLimiter(),
    logger,
  };
  const server = createHttpServer(services, { webDistDir: env.WEB_DIST_DIR ?? DEFAULT_WEB_DIST });

  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `port ${env.PORT} on ${env.HOST} is already in use; set PORT to a free port`
        : `cannot listen on ${env.HOST}:${env.PORT}: ${error.message}; check HOST and PORT`;
    process.stderr.write(`medsys failed to start: ${reason}\n`);
    process.exit(1);
  });

  server.listen(env.PORT, env.HOST, () => {
    logger.info({ host: env.HOST, port: env.PORT }, 'server started');
    const url = `http://${env.HOST}:${env.PORT}/`;
    process.stdout.write(describeStart(url, demo));
  });

  const stop = (signal: string) => {
    logger.info({ signal }, 'server stopping');
    server.close(() => {
      void database.close().then(() => process.exit(0));
    });
  };
  process.once('SIGINT', () => {
    stop('SIGINT');
  });
  process.once('SIGTERM', () => {
    stop('SIGTERM');
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `medsys failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
