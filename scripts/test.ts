// `npm test`: unit and integration tests (Vitest, real PostgreSQL), then the browser journeys
// (Playwright on Debian's Chromium) when Chromium is installed. Without it, says so and how to fix.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

const unit = run('vitest', ['run']);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser = 0;
if (process.env.HAVEN_SKIP_E2E === '1') {
  process.stdout.write('\nBrowser tests skipped because HAVEN_SKIP_E2E=1.\n');
} else if (existsSync(chromium)) {
  browser = run('playwright', ['test']);
} else {
  process.stdout.write(
    `\nBrowser tests SKIPPED: Chromium was not found at ${chromium}.\n` +
      'To run them: `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary,\n' +
      'then run `npm test` again (or only the browser tests with `npm run test:e2e`).\n',
  );
}
process.stdout.write(
  `\nUnit and integration tests: ${unit === 0 ? 'passed' : 'FAILED'}. Browser tests: ${browser === 0 ? 'passed or skipped as above' : 'FAILED'}.\n`,
);
process.exit(unit || browser);
