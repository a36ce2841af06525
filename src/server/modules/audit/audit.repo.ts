import { sql } from 'kysely';
import type { Tx } from '../../platform/db/tenancy.ts';

export type AuditFilter = {
  action?: string | undefined;
  actorUserId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
};

export async function listAuditEntries(tx: Tx, organisationId: string, f: AuditFilter) {
  let q = tx
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .where('a.organisation_id', '=', organisationId);
  if (f.action) q = q.where('a.action', 'like', `${f.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (f.actorUserId) q = q.where('a.actor_user_id', '=', f.actorUserId);
  if (f.entityType) q = q.where('a.entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('a.entity_id', '=', f.entityId);
  // Dates are days in Europe/London, as the people reading the log count them.
  if (f.from)
    q = q.where('a.occurred_at', '>=', sql<Date>`(${f.from}::date)::timestamp at time zone 'Europe/London'`);
  if (f.to)
    q = q.where('a.occurred_at', '<', sql<Date>`(${f.to}::date + 1)::timestamp at time zone 'Europe/London'`);
  const [items, count] = await Promise.all([
    q
      .select([
        'a.seq',
        'a.occurred_at',
        'a.actor_user_id',
        'u.name as actor_name',
        'a.action',
        'a.entity_type',
        'a.entity_id',
        'a.ip',
        'a.details',
        'a.hash',
      ])
      .orderBy('a.seq', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}
