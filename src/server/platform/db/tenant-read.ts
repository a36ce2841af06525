import type { Compilable } from 'kysely';
import pg from 'pg';
import { isUuid } from '../ids.ts';

/**
 * The hot read path in one round trip: PostgreSQL runs the statements of one simple-protocol
 * message as a single implicit transaction, so `set_config(..., true)` scopes RLS to exactly the
 * query that follows it. Only for pure reads: anything that writes (including an audit entry)
 * uses `inTransaction`. Parameters are written into the text as literals with node-postgres's
 * own escaping; queries carrying their own quoted text are refused rather than risked.
 */
export type TenantReader = <R>(
  ctx: { organisationId: string; userId: string },
  query: Compilable<R>,
) => Promise<R[]>;

export function toLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    if (value.includes('\0')) throw new Error('a text value contains a NUL character');
    return pg.escapeLiteral(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('a number is not finite');
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return `${pg.escapeLiteral(value.toISOString())}::timestamptz`;
  throw new Error(`cannot write a ${typeof value} into SQL text`);
}

export function inlineParameters(sqlText: string, parameters: readonly unknown[]): string {
  if (/['"]?\$\$|'/.test(sqlText))
    throw new Error('tenant reads take only builder-made SQL without quoted text');
  return sqlText.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= parameters.length) throw new Error(`no parameter $${n}`);
    return toLiteral(parameters[index]);
  });
}

export function createTenantReader(pool: pg.Pool): TenantReader {
  return async (ctx, query) => {
    if (!isUuid(ctx.organisationId) || !isUuid(ctx.userId))
      throw new Error('tenant reads need an organisation and a user');
    const compiled = query.compile();
    const text =
      `select set_config('app.organisation_id', '${ctx.organisationId}', true), set_config('app.user_id', '${ctx.userId}', true);\n` +
      inlineParameters(compiled.sql, compiled.parameters);
    const results = (await pool.query(text)) as unknown as pg.QueryResult[];
    return (results[results.length - 1]?.rows ?? []) as never[];
  };
}
