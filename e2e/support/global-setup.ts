import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes data directories left by earlier end-to-end runs (a day old or more): each holds a whole database. */
export default function globalSetup(): void {
  const current = process.env.HAVEN_E2E_DATA_DIR;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('haven-e2e-')) continue;
    const path = join(tmpdir(), name);
    if (path === current) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > DAY_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run may be removing it too.
    }
  }
}
