import type { Command } from 'commander';
import { createMember, createOrganisation } from '../../server/demo/factories.ts';
import { checkPasswordRules } from '../../server/platform/auth/passwords.ts';
import { readPassword } from './read-password.ts';
import { withDatabases } from './with-databases.ts';

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'organisation';

export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('Create a production organisation and its first administrator, without demo data.')
    .requiredOption('--organisation <name>', 'the organisation’s name, e.g. "Riverside Youth Project"')
    .requiredOption('--admin-email <email>', 'the first administrator’s email address')
    .requiredOption('--admin-name <name>', 'the first administrator’s name')
    .option('--slug <slug>', 'a short id for the organisation (default: from its name)')
    .addHelpText(
      'after',
      '\nThe password is asked for on the terminal (or read from HAVEN_PASSWORD). The administrator\nsets up two-factor authentication at first sign-in.',
    )
    .action(async (opts: { organisation: string; adminEmail: string; adminName: string; slug?: string }) => {
      const password = await readPassword('Password for the administrator: ');
      const errors = checkPasswordRules(password, {
        email: opts.adminEmail,
        organisationNames: [opts.organisation],
      });
      if (errors.length) throw new Error(errors.map((e) => e.message).join(' '));
      await withDatabases(async (dbs) => {
        const slug = opts.slug ?? slugify(opts.organisation);
        const taken = await dbs.owner
          .selectFrom('organisations')
          .select('id')
          .where('slug', '=', slug)
          .executeTakeFirst();
        if (taken)
          throw new Error(
            `An organisation with the id “${slug}” already exists. Choose another with --slug.`,
          );
        const organisationId = await createOrganisation(dbs.owner, { name: opts.organisation, slug });
        await createMember(dbs.owner, {
          organisationId,
          email: opts.adminEmail,
          name: opts.adminName,
          roles: ['admin'],
          password,
        });
        process.stdout.write(
          `Created ${opts.organisation} (${slug}) with administrator ${opts.adminEmail}.\n`,
        );
      });
    });
}
