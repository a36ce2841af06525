import type { Command } from 'commander';
import { withDatabases } from './with-databases.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply any pending database migrations (start-up does this too) and report the state.')
    .action(async () => {
      await withDatabases(async (dbs) => {
        process.stdout.write(
          `Applied: ${dbs.migrations.applied.join(', ') || 'none'}\nPending: ${dbs.migrations.pending.join(', ') || 'none'}\n`,
        );
      });
    });
}
