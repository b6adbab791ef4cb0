import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const API_DIR = fileURLToPath(new URL('../../api', import.meta.url));
const WEB_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));
const STARTUP_TIMEOUT_MS = 90_000;

export type RunningServer = {
  baseUrl: string;
  /** Everything the server printed, for the failure message of a test. */
  output: () => string;
  stop: () => Promise<void>;
};

/** Asks the operating system for a free TCP port on the loopback interface. */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') {
          resolve(address.port);
        } else {
          reject(new Error('the probe server reported no port'));
        }
      });
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;

  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the API server exited with code ${child.exitCode}:\n${output()}`);
    }

    try {
      const response = await fetch(`${baseUrl}/health`);

      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }

    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  throw new Error(
    `the API server did not answer /health within ${STARTUP_TIMEOUT_MS} ms:\n${output()}`,
  );
}

/**
 * Starts the real API server (`tsx src/main.ts`) on a free loopback port with a new, empty
 * embedded database in a temporary folder, serving the built web client.
 */
export async function startApiServer(): Promise<RunningServer> {
  const port = await findFreePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'medsys-web-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = '';

  // Without DATABASE_URL the server opens the embedded database in DATA_DIR.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn('pnpm', ['exec', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...inherited,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      WEB_DIST_DIR,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (isRunning() && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // The server runs under pnpm and tsx, so the whole process group is stopped.
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);

      if (isRunning()) {
        process.kill(-child.pid, 'SIGKILL');
      }
    }

    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }

  return { baseUrl, output: () => output, stop };
}
