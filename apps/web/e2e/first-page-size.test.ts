import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startApiServer, type RunningServer } from './api-server';
import { launchBrowser, newContext } from './browser';

/**
 * Budget for the JavaScript a first-time visitor downloads before the sign-in form is usable,
 * gzipped at zlib's default level. It measured 233 KiB on 2026-12-04, mostly react-dom, Mantine,
 * zod and luxon. The budget leaves room for small changes and still catches a lost code split.
 */
const FIRST_PAGE_BUDGET_BYTES = 260 * 1024;

describe('first page', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startApiServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('loads its JavaScript within the budget', async () => {
    const context = await newContext(browser, {
      baseUrl: server.baseUrl,
      timezoneId: 'Asia/Tashkent',
    });
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) {
        void response.body().then((body) => {
          scripts.set(new URL(response.url()).pathname, gzipSync(body).length);
        });
      }
    });

    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    const lazyPages = [...scripts.keys()].filter((path) => /(statistics|calendar)-page/.test(path));

    process.stdout.write(
      `first page: ${scripts.size} scripts, ${(total / 1024).toFixed(1)} KiB gzipped\n`,
    );

    expect(lazyPages).toEqual([]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(FIRST_PAGE_BUDGET_BYTES);
    await context.close();
  });
});
