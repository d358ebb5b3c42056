import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where screenshots go, for a person to look at after a run (git-ignored; CI keeps them as artifacts). */
export const SCREENSHOT_DIR = resolve(__dirname, '../../../artifacts/screenshots');

/** Saves the whole page as artifacts/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
