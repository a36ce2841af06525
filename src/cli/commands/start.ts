import type { Command } from 'commander';
import { enableScannerCache } from '../scan/analysis-cache.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Start Haven: its web app and API, on embedded PostgreSQL unless DATABASE_URL is set.')
    .option('--dev', 'development mode (used by npm run dev)')
    .addHelpText(
      'after',
      '\nEnvironment: PORT (3000), HOST (127.0.0.1), HAVEN_DATA_DIR (./data), DATABASE_URL, HAVEN_DEMO (1 or 0),\n' +
        'HAVEN_PUBLIC_URL, SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_SECURE, MAIL_FROM. See README.md.',
    )
    .action(async () => {
      // Before the server's modules load, since the scanner is built as they do.
      enableScannerCache();
      const { startServer } = await import('../../server/main.ts');
      await startServer();
    });
}
