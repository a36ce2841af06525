import { Secret, TOTP } from 'otpauth';
import { buildApp } from './app.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION, DEMO_PASSWORD } from './demo/demo-accounts.ts';
import { isEmptyDatabase, seedDemo } from './demo/seed-demo.ts';
import { type Config, loadConfig } from './platform/config.ts';
import { openDatabases } from './platform/db/database.ts';
import { startSmtpSender } from './platform/mail/smtp-sender.ts';

const say = (message: string) => process.stdout.write(`${message}\n`);

function printDemoSignIn(config: Config): void {
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  say('');
  say(`Haven is running at ${url}`);
  say('');
  say(`Demo organisation: every account below uses the password  ${DEMO_PASSWORD}`);
  for (const a of DEMO_ACCOUNTS) {
    say(`  ${a.role.padEnd(26)} ${a.email.padEnd(32)}${a.totpSecret ? ' (two-factor: see below)' : ''}`);
  }
  say('');
  say('Two-factor codes for the accounts that need them: add the secret to an authenticator app,');
  say(
    'or print the current code with:  npx haven demo code dsl   (or admin, deputy_dsl, online_safety_coordinator)',
  );
  for (const a of DEMO_ACCOUNTS.filter((d) => d.totpSecret))
    say(`  ${a.role.padEnd(26)} secret ${a.totpSecret}`);
  say('');
}

export const currentDemoCode = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret) }).generate();

export async function startServer(config: Config = loadConfig()): Promise<void> {
  const databases = await openDatabases(config, (m) => say(`[database] ${m}`));
  let seeded = false;
  if (config.demo && (await isEmptyDatabase(databases.owner))) {
    await seedDemo(databases.owner);
    seeded = true;
  }
  const app = await buildApp({ config, databases, logger: { level: config.logLevel } });
  const stopSender = startSmtpSender(databases.owner, config, app.log);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    say(`\nStopping Haven (${signal})…`);
    stopSender();
    await app.close().catch(() => {});
    await databases.close().catch(() => {});
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await databases.close();
    throw error;
  }
  say(
    `Database: ${databases.mode === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'external PostgreSQL (DATABASE_URL)'}`,
  );
  const hasDemo =
    seeded ||
    Boolean(
      await databases.owner
        .selectFrom('organisations')
        .select('id')
        .where('slug', '=', DEMO_ORGANISATION.slug)
        .executeTakeFirst(),
    );
  if (hasDemo) printDemoSignIn(config);
  else say(`Haven is running at http://${config.host}:${config.port}`);
  if (!config.smtp)
    say('No SMTP server is configured: mail goes to the outbox, readable by administrators in the app.');
}

export { loadConfig };
