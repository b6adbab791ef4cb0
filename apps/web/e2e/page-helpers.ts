import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

const SCREENSHOT_DIR = fileURLToPath(new URL('../test-results/screenshots', import.meta.url));

/** Saves a full-page screenshot as test-results/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage: true });
}

/** Picks an option of a Mantine select: opens it, types to filter, clicks the option. */
export async function pickOption(
  scope: Page | Locator,
  label: string,
  typed: string,
  option: string | RegExp,
): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const input = scope.getByRole('combobox', { name: label, exact: true });
  await input.click();

  // A searchable select takes typing; a plain one only opens its list.
  if (typed !== '' && (await input.getAttribute('readonly')) === null) {
    await input.fill(typed);
  }

  await page.getByRole('option', { name: option }).first().click();
}

/**
 * Types a date into a Mantine date input and moves on with Tab; Enter would submit the form
 * before the other fields are filled.
 */
export async function typeDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  const input = scope.getByRole('textbox', { name: label, exact: true });
  await input.fill(date);
  await input.press('Tab');
}

/** The page's main heading, which every page has exactly one of. */
export function heading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}
