import type { Tx } from '../../platform/db/tenancy.ts';

export const listOutbox = (tx: Tx, organisationId: string, limit: number) =>
  tx
    .selectFrom('mail_outbox')
    .select(['id', 'to_address', 'subject', 'body_text', 'kind', 'created_at', 'sent_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
