import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

/** Migrations are plain SQL files, numbered, forward-only: RLS and grants stay reviewable as SQL. */
export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../../../migrations');

class SqlFileMigrationProvider implements MigrationProvider {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await readdir(this.dir)).filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f)).sort();
    const migrations: Record<string, Migration> = {};
    for (const file of files) {
      const text = await readFile(join(this.dir, file), 'utf8');
      migrations[file.replace(/\.sql$/, '')] = {
        up: async (db) => {
          await sql.raw(text).execute(db);
        },
      };
    }
    return migrations;
  }
}

function createMigrator(db: Kysely<unknown>): Migrator {
  return new Migrator({ db, provider: new SqlFileMigrationProvider(MIGRATIONS_DIR) });
}

export type MigrationState = { applied: string[]; pending: string[] };

export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await createMigrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? ''} failed: ${(error as Error).message}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function readMigrationState(db: Kysely<unknown>): Promise<MigrationState> {
  const all = await createMigrator(db).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt).map((m) => m.name),
    pending: all.filter((m) => !m.executedAt).map((m) => m.name),
  };
}
