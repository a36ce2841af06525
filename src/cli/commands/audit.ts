import type { Command } from 'commander';
import { verifyAllChains } from '../../server/platform/audit/audit.ts';
import { withDatabases } from './with-databases.ts';

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('Work with the tamper-evident audit log.');
  audit
    .command('verify')
    .description(
      'Walk every organisation’s hash chain and name the first broken entry. Exits 1 if any chain is broken.',
    )
    .action(async () => {
      const results = await withDatabases((dbs) => verifyAllChains(dbs.owner));
      let broken = 0;
      for (const r of results) {
        const name = r.organisationId ?? 'platform';
        if (r.ok) process.stdout.write(`ok      ${name}: ${r.entries} entries, head ${r.headHash ?? '-'}\n`);
        else {
          broken += 1;
          process.stdout.write(`BROKEN  ${name}: first broken entry ${r.firstBrokenSeq}: ${r.problem}\n`);
        }
      }
      if (!results.length) process.stdout.write('The audit log is empty.\n');
      process.exitCode = broken ? 1 : 0;
    });
}
