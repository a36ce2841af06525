import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Removes data directories left by earlier end-to-end runs: each holds a whole database. One whose
 * PostgreSQL is still running (it has a postmaster.pid) is left alone.
 */
export default function globalSetup(): void {
  const current = process.env.HAVEN_E2E_DATA_DIR;
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('haven-e2e-')) continue;
    const path = join(tmpdir(), name);
    if (path === current || existsSync(join(path, 'pg', 'postmaster.pid'))) continue;
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run may be removing it too.
    }
  }
}
