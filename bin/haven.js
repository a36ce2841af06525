#!/usr/bin/env node
// npm puts the project's Node 24 (the `node` devDependency) first on PATH for `npx haven`;
// this shim re-executes with it when an older Node picked us up, so `.ts` sources run natively.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'cli', 'haven.ts');
const major = Number(process.versions.node.split('.')[0]);
let nodeBin = process.execPath;
if (major < 24) {
  const bundled = join(root, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(bundled)) {
    console.error('Haven needs Node 24 or later. Run `npm install` in the project to get it.');
    process.exit(1);
  }
  nodeBin = bundled;
}
const result = spawnSync(nodeBin, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
