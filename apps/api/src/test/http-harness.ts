import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import { pino } from 'pino';

import { createHttpServer } from '../http/server';
import type { AppServices } from '../trpc/context';

export type LogLine = Record<string, unknown> & { msg?: string };

/** Creates a pino logger that keeps its lines in memory, parsed, for tests to read. */
export function createCapturingLogger() {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(JSON.parse(text) as LogLine);
      }
      done();
    },
  });

  return { logger: pino({ level: 'info' }, sink), lines };
}

/** Starts the HTTP server on a free loopback port; `stop` closes it. */
export async function startTestServer(services: AppServices) {
  const server = createHttpServer(services);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
