import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'must be a PostgreSQL URL such as postgres://user@host:5432/db',
    })
    .optional(),
  DATA_DIR: z.string().min(1).default('.data/pglite'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'must be a port number from 1 to 65535' })
    .int({ error: 'must be a port number from 1 to 65535' })
    .min(1, { error: 'must be a port number from 1 to 65535' })
    .max(65_535, { error: 'must be a port number from 1 to 65535' })
    .default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
  WEB_DIST_DIR: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Reads and checks the environment once; a bad value stops the server with the variable named. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable, as in `PORT= npm start`, means the same as an unset one.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);

  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');

      // A database URL may carry a password, so its value is never echoed.
      const shown =
        name === 'DATABASE_URL' ? name : `${name}=${JSON.stringify(present[name] ?? '')}`;

      return `${shown}: ${issue.message}`;
    });
    throw new Error(`invalid environment: ${problems.join('; ')}`);
  }

  return parsed.data;
}
