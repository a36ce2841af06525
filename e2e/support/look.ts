import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Set SCREENSHOTS=<folder> to keep a full-page picture of a page there, to look at. */
export async function look(page: Page, name: string): Promise<void> {
  const folder = process.env.SCREENSHOTS;
  if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
