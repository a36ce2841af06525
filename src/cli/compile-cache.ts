import { enableCompileCache } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Keeps Node's compiled code for Haven's modules between runs, which halves start-up (0.19 s
 * to 0.09 s for `haven scan` on this machine). The cache lives in the project's node_modules,
 * owned by whoever installed Haven, rather than in the shared /tmp where another account could
 * plant files. A cache that cannot be written is simply not used.
 */
export function enableHavenCompileCache(): void {
  enableCompileCache(join(root, 'node_modules', '.cache', 'haven-compile'));
}
