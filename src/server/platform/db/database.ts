import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { type EmbeddedServer, startEmbeddedServer } from './embedded-server.ts';
import { type MigrationState, migrateToLatest, readMigrationState } from './migrate.ts';
import type { Database } from './tables.ts';

export const APP_ROLE = 'haven_app';

export type DatabaseMode = 'embedded' | 'external';

/**
 * Two connections of different power: `owner` migrates and runs system jobs (it owns the tables);
 * `app` serves every request as a role that is neither superuser nor owner and cannot bypass RLS.
 */
export type Databases = {
  mode: DatabaseMode;
  owner: Kysely<Database>;
  app: Kysely<Database>;
  appPool: pg.Pool;
  migrations: MigrationState;
  close: () => Promise<void>;
};

function makeKysely(connectionString: string, max: number): { db: Kysely<Database>; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
  // A dropped connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), pool };
}

function appPassword(config: Config, mode: DatabaseMode): string {
  if (config.appDbPassword) return config.appDbPassword;
  if (mode === 'embedded') {
    const file = join(config.dataDir, 'app-password');
    if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
    return readFileSync(file, 'utf8').trim();
  }
  // External mode without a configured password: a fresh one per start suits a single instance;
  // several instances sharing a database must set HAVEN_APP_DB_PASSWORD.
  return randomBytes(24).toString('base64url');
}

/** Creates or corrects the serving role; its flags are reasserted on every start. */
export async function ensureAppRole(owner: Kysely<Database>, password: string): Promise<void> {
  const me = await sql<{ rolsuper: boolean; rolcreaterole: boolean }>`
    select rolsuper, rolcreaterole from pg_roles where rolname = current_user`.execute(owner);
  const self = me.rows[0];
  if (!self?.rolsuper && !self?.rolcreaterole) {
    throw new Error(
      'The DATABASE_URL role cannot create roles. Haven migrates as that role and serves requests ' +
        `through a separate role (${APP_ROLE}); grant it CREATEROLE or use the database owner.`,
    );
  }
  // Roles are cluster-wide: Haven processes on other databases of the same server may alter the
  // role at the same moment ("tuple concurrently updated"), so a collision is simply retried.
  for (let attempt = 1; ; attempt++) {
    try {
      await writeAppRole(owner, password);
      return;
    } catch (error) {
      if (attempt >= 5 || !/concurrently updated/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

async function writeAppRole(owner: Kysely<Database>, password: string): Promise<void> {
  await owner.transaction().execute(async (tx) => {
    await sql`select pg_advisory_xact_lock(hashtext('haven_app_role'))`.execute(tx);
    const exists = await sql`select 1 from pg_roles where rolname = ${APP_ROLE}`.execute(tx);
    const verb = exists.rows.length ? 'alter' : 'create';
    await sql
      .raw(
        `${verb} role ${APP_ROLE} login nosuperuser nobypassrls nocreatedb nocreaterole noinherit ` +
          `password '${password.replace(/'/g, "''")}'`,
      )
      .execute(tx);
    await sql.raw(`grant connect on database "${await currentDatabase(tx)}" to ${APP_ROLE}`).execute(tx);
  });
}

async function currentDatabase(db: Kysely<Database> | Transaction<Database>): Promise<string> {
  const r = await sql<{ db: string }>`select current_database() as db`.execute(db);
  return r.rows[0]?.db ?? '';
}

function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = encodeURIComponent(password);
  return u.toString();
}

export async function openDatabases(
  config: Config,
  log: (message: string) => void = () => {},
): Promise<Databases> {
  let embedded: EmbeddedServer | undefined;
  const mode: DatabaseMode = config.databaseUrl ? 'external' : 'embedded';
  if (!config.databaseUrl) embedded = await startEmbeddedServer(config.dataDir, log);
  const ownerUrl = config.databaseUrl ?? (embedded as EmbeddedServer).url;
  const owner = makeKysely(ownerUrl, 4);
  try {
    const password = appPassword(config, mode);
    await ensureAppRole(owner.db, password);
    const applied = await migrateToLatest(owner.db as unknown as Kysely<unknown>);
    if (applied.length) log(`Applied migrations: ${applied.join(', ')}`);
    const migrations = await readMigrationState(owner.db as unknown as Kysely<unknown>);
    const app = makeKysely(withCredentials(ownerUrl, APP_ROLE, password), 20);
    return {
      mode,
      owner: owner.db,
      app: app.db,
      appPool: app.pool,
      migrations,
      close: async () => {
        await app.db.destroy();
        await owner.db.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await owner.db.destroy();
    await embedded?.stop();
    throw error;
  }
}
