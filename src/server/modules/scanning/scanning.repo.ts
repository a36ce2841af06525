import type { Tx } from '../../platform/db/tenancy.ts';

export const listSuppressions = (tx: Tx, organisationId: string) =>
  tx
    .selectFrom('scanner_suppressions as s')
    .leftJoin('users as u', 'u.id', 's.created_by')
    .select([
      's.id',
      's.rule',
      's.excerpt',
      's.reason',
      'u.name as created_by_name',
      's.created_at',
      's.lifted_at',
    ])
    .where('s.organisation_id', '=', organisationId)
    .orderBy('s.created_at', 'desc')
    .execute();

export const listActiveSuppressions = (tx: Tx, organisationId: string) =>
  tx
    .selectFrom('scanner_suppressions')
    .select(['rule', 'excerpt'])
    .where('organisation_id', '=', organisationId)
    .where('lifted_at', 'is', null)
    .execute();

export const insertSuppression = (
  tx: Tx,
  organisationId: string,
  s: { rule: string; excerpt: string | null; reason: string; createdBy: string },
) =>
  tx
    .insertInto('scanner_suppressions')
    .values({
      organisation_id: organisationId,
      rule: s.rule,
      excerpt: s.excerpt,
      reason: s.reason,
      created_by: s.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export const liftSuppression = (tx: Tx, organisationId: string, id: string, liftedBy: string) =>
  tx
    .updateTable('scanner_suppressions')
    .set({ lifted_at: new Date(), lifted_by: liftedBy })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
