import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './tables.ts';

export type Tx = Transaction<Database>;

/** What the database is told about the caller, for its row-level security policies. */
export type DbContext = {
  organisationId?: string | null;
  userId?: string | null;
  tokenHash?: string | null;
  loginEmail?: string | null;
};

/**
 * Every request's work runs in one transaction whose settings scope RLS to the caller.
 * `set_config(..., true)` is local to the transaction, so a pooled connection never carries
 * one tenant's context into another's request.
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  ctx: DbContext,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await setContext(tx, ctx);
    return fn(tx);
  });
}

export async function setContext(tx: Tx, ctx: DbContext): Promise<void> {
  await sql`select
    set_config('app.organisation_id', ${ctx.organisationId ?? ''}, true),
    set_config('app.user_id', ${ctx.userId ?? ''}, true),
    set_config('app.token_hash', ${ctx.tokenHash ?? ''}, true),
    set_config('app.login_email', ${ctx.loginEmail ?? ''}, true)`.execute(tx);
}
