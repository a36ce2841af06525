import { Command } from 'commander';
import { enableHavenCompileCache } from './compile-cache.ts';

enableHavenCompileCache();

type Register = (program: Command) => void;

// Each command is imported only when it is the one asked for: the server's modules take most of
// a second to load, and `haven scan` or `haven check-message` in a pipeline should not wait for them.
const COMMANDS: Record<string, () => Promise<Register>> = {
  start: () => import('./commands/start.ts').then((m) => m.registerStartCommand),
  init: () => import('./commands/init.ts').then((m) => m.registerInitCommand),
  migrate: () => import('./commands/migrate.ts').then((m) => m.registerMigrateCommand),
  audit: () => import('./commands/audit.ts').then((m) => m.registerAuditCommand),
  users: () => import('./commands/users.ts').then((m) => m.registerUsersCommand),
  demo: () => import('./commands/demo.ts').then((m) => m.registerDemoCommand),
  scan: () => import('./commands/scan.ts').then((m) => m.registerScanCommand),
  'check-message': () => import('./commands/check-message.ts').then((m) => m.registerCheckMessageCommand),
  policy: () => import('./commands/policy.ts').then((m) => m.registerPolicyCommand),
};

const program = new Command()
  .name('haven')
  .description('Haven: the online-safeguarding system that makes your online safety policy run.')
  .showHelpAfterError();

try {
  const asked = process.argv[2];
  // Help, no command or a mistyped one: load them all, so the list and suggestions are complete.
  const names = asked !== undefined && Object.hasOwn(COMMANDS, asked) ? [asked] : Object.keys(COMMANDS);
  for (const name of names) (await (COMMANDS[name] as () => Promise<Register>)())(program);
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`haven: ${(error as Error).message}\n`);
  process.exit(1);
}
