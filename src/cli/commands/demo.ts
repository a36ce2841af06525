import type { Command } from 'commander';
import { DEMO_ACCOUNTS } from '../../server/demo/demo-accounts.ts';
import { currentDemoCode } from '../../server/main.ts';

export function registerDemoCommand(program: Command): void {
  const demo = program.command('demo').description('Helpers for the demo organisation.');
  demo
    .command('code <role>')
    .description(
      'Print the current two-factor code for a demo account (admin, dsl, deputy_dsl, online_safety_coordinator).',
    )
    .action((role: string) => {
      const account = DEMO_ACCOUNTS.find((a) => a.role === role);
      if (!account?.totpSecret) throw new Error(`No demo account with two-factor for “${role}”.`);
      process.stdout.write(`${currentDemoCode(account.totpSecret)}\n`);
    });
}
