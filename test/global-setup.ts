import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureAppRole } from '../src/server/platform/db/database.ts';
import { startEmbeddedServer } from '../src/server/platform/db/embedded-server.ts';
import { migrateToLatest } from '../src/server/platform/db/migrate.ts';
import type { Database } from '../src/server/platform/db/tables.ts';
import { TEMPLATE_DB, TEST_APP_PASSWORD } from './support/constants.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * One real PostgreSQL server for the whole run, started from the same embedded binaries Haven
 * ships. A migrated template database lets each test file clone a fresh database in milliseconds.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'haven-test-'));
  const server = await startEmbeddedServer(dir);
  const adminUrl = server.url.replace(/\/haven$/, '');
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB}`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: `${adminUrl}/${TEMPLATE_DB}`, max: 2 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await ensureAppRole(db, TEST_APP_PASSWORD);
  await migrateToLatest(db as unknown as Kysely<unknown>);
  await db.destroy();
  project.provide('pgAdminUrl', adminUrl);
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
