import { Command } from 'commander';
import { registerAuditCommand } from './commands/audit.ts';
import { registerCheckMessageCommand } from './commands/check-message.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerInitCommand } from './commands/init.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerPolicyCommand } from './commands/policy.ts';
import { registerScanCommand } from './commands/scan.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerUsersCommand } from './commands/users.ts';

const program = new Command()
  .name('haven')
  .description('Haven: the online-safeguarding system that makes your online safety policy run.')
  .showHelpAfterError();

registerStartCommand(program);
registerInitCommand(program);
registerMigrateCommand(program);
registerAuditCommand(program);
registerUsersCommand(program);
registerDemoCommand(program);
registerScanCommand(program);
registerCheckMessageCommand(program);
registerPolicyCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`haven: ${(error as Error).message}\n`);
  process.exit(1);
}
