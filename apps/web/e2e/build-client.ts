import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the client before the browser tests when `dist` has none, for runs that call vitest
 * directly. The package's `test` script builds every time, so it always tests the current code.
 */
export default function buildClientIfMissing(): void {
  if (existsSync(`${WEB_DIR}/dist/index.html`)) {
    return;
  }

  execFileSync('pnpm', ['run', 'build'], { cwd: WEB_DIR, stdio: 'inherit' });
}
