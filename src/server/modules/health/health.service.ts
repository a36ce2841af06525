import { type Kysely, sql } from 'kysely';
import type { DatabaseMode } from '../../platform/db/database.ts';
import type { MigrationState } from '../../platform/db/migrate.ts';
import type { Database } from '../../platform/db/tables.ts';

export function createHealthService({
  db,
  mode,
  migrations,
}: {
  db: Kysely<Database>;
  mode: DatabaseMode;
  migrations: MigrationState;
}) {
  return {
    async check() {
      const reachable = await sql`select 1`.execute(db).then(
        () => true,
        () => false,
      );
      return {
        status: reachable && migrations.pending.length === 0 ? ('ok' as const) : ('degraded' as const),
        database: { mode, reachable, migrations },
      };
    },
  };
}

export type HealthService = ReturnType<typeof createHealthService>;
