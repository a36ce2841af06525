import type { Tx } from '../../platform/db/tenancy.ts';

export const insertAttachment = (
  tx: Tx,
  organisationId: string,
  v: {
    concern_id: string;
    original_name: string;
    content_type: string;
    size_bytes: number;
    sha256: string;
    storage_name: string;
    uploaded_by: string;
  },
) =>
  tx
    .insertInto('concern_attachments')
    .values({ ...v, organisation_id: organisationId })
    .returning(['id', 'uploaded_at'])
    .executeTakeFirstOrThrow();

export const listAttachments = (tx: Tx, organisationId: string, concernId: string) =>
  tx
    .selectFrom('concern_attachments as a')
    .innerJoin('users as u', 'u.id', 'a.uploaded_by')
    .select([
      'a.id',
      'a.original_name',
      'a.content_type',
      'a.size_bytes',
      'a.uploaded_at',
      'u.name as uploaded_by_name',
    ])
    .where('a.organisation_id', '=', organisationId)
    .where('a.concern_id', '=', concernId)
    .orderBy('a.uploaded_at')
    .execute();

export const findAttachment = (tx: Tx, organisationId: string, concernId: string, attachmentId: string) =>
  tx
    .selectFrom('concern_attachments')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('concern_id', '=', concernId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();

export const findReporter = (tx: Tx, organisationId: string, concernId: string) =>
  tx
    .selectFrom('concerns')
    .select(['reporter_user_id', 'reported_at', 'restricted'])
    .where('organisation_id', '=', organisationId)
    .where('id', '=', concernId)
    .executeTakeFirst();
