import { type Kysely, sql } from 'kysely';
import { isUuid } from '../ids.ts';
import type { Database } from './tables.ts';

/** A connection inside an open transaction whose settings scope RLS to the caller. */
export type Tx = Kysely<Database>;

/** What the database is told about the caller, for its row-level security policies. */
export type DbContext = {
  organisationId?: string | null;
  userId?: string | null;
  tokenHash?: string | null;
  loginEmail?: string | null;
};

const HEX_64 = /^[0-9a-f]{64}$/;

/** Only ids and hashes are written into SQL text; anything else goes as a bound parameter. */
function contextLiteral(value: string | null | undefined, kind: 'uuid' | 'hash'): string {
  if (!value) return "''";
  if (kind === 'uuid' ? !isUuid(value) : !HEX_64.test(value))
    throw new Error(`invalid ${kind} in database context`);
  return `'${value}'`;
}

/**
 * Every request's work runs in one transaction whose settings scope RLS to the caller.
 * `set_config(..., true)` is local to the transaction, so a pooled connection never carries one
 * tenant's context into another's request. BEGIN and the settings travel in one round trip.
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  ctx: DbContext,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql
      .raw(
        `begin; select set_config('app.organisation_id', ${contextLiteral(ctx.organisationId, 'uuid')}, true),
          set_config('app.user_id', ${contextLiteral(ctx.userId, 'uuid')}, true),
          set_config('app.token_hash', ${contextLiteral(ctx.tokenHash, 'hash')}, true)`,
      )
      .execute(conn);
    try {
      if (ctx.loginEmail)
        await sql`select set_config('app.login_email', ${ctx.loginEmail}, true)`.execute(conn);
      const result = await fn(conn);
      await sql.raw('commit').execute(conn);
      return result;
    } catch (error) {
      await sql
        .raw('rollback')
        .execute(conn)
        .catch(() => {});
      throw error;
    }
  });
}

/** Changes the caller the database sees, mid-transaction (e.g. once sign-in knows who it is). */
export async function setContext(tx: Tx, ctx: DbContext): Promise<void> {
  await sql`select
    set_config('app.organisation_id', ${ctx.organisationId ?? ''}, true),
    set_config('app.user_id', ${ctx.userId ?? ''}, true),
    set_config('app.token_hash', ${ctx.tokenHash ?? ''}, true),
    set_config('app.login_email', ${ctx.loginEmail ?? ''}, true)`.execute(tx);
}
