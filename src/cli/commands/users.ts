import type { Command } from 'commander';
import { createMember } from '../../server/demo/factories.ts';
import { checkPasswordRules } from '../../server/platform/auth/passwords.ts';
import { ROLES, type Role } from '../../server/platform/auth/roles.ts';
import { readPassword } from './read-password.ts';
import { withDatabases } from './with-databases.ts';

export function registerUsersCommand(program: Command): void {
  const users = program.command('users').description('Manage user accounts from the command line.');
  users
    .command('add')
    .description('Add a user to an organisation (or give an existing user a membership).')
    .requiredOption('--organisation <slug>', 'the organisation’s id (slug)')
    .requiredOption('--email <email>', 'their email address')
    .requiredOption('--name <name>', 'their name')
    .requiredOption('--roles <roles>', `comma-separated roles: ${ROLES.join(', ')}`)
    .addHelpText('after', '\nThe password is asked for on the terminal (or read from HAVEN_PASSWORD).')
    .action(async (opts: { organisation: string; email: string; name: string; roles: string }) => {
      const roles = opts.roles.split(',').map((r) => r.trim()) as Role[];
      const unknown = roles.filter((r) => !ROLES.includes(r));
      if (unknown.length)
        throw new Error(`Unknown role(s): ${unknown.join(', ')}. Use: ${ROLES.join(', ')}.`);
      await withDatabases(async (dbs) => {
        const org = await dbs.owner
          .selectFrom('organisations')
          .select(['id', 'name'])
          .where('slug', '=', opts.organisation)
          .executeTakeFirst();
        if (!org) throw new Error(`No organisation has the id “${opts.organisation}”.`);
        const password = await readPassword(`Password for ${opts.email}: `);
        const errors = checkPasswordRules(password, { email: opts.email, organisationNames: [org.name] });
        if (errors.length) throw new Error(errors.map((e) => e.message).join(' '));
        await createMember(dbs.owner, {
          organisationId: org.id,
          email: opts.email,
          name: opts.name,
          roles,
          password,
        });
        process.stdout.write(`Added ${opts.email} to ${org.name} as ${roles.join(', ')}.\n`);
      });
    });
}
