import { fileURLToPath } from 'node:url';

import { createDatabase, migrateToLatest } from '@medsys/db';

import { createSessionManager } from './auth/session-manager';
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

  const services = {
    db: database.db,
    sessions: createSessionManager(database.db, { isSecureCookie: env.NODE_ENV === 'production' }),
    logger,
  };
  const server = createHttpServer(services, { webDistDir: env.WEB_DIST_DIR ?? DEFAULT_WEB_DIST });

  server.listen(env.PORT, env.HOST, () => {
    logger.info({ host: env.HOST, port: env.PORT }, 'server started');
    process.stdout.write(`\nmedsys is running at http://${env.HOST}:${env.PORT}/\n`);
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
