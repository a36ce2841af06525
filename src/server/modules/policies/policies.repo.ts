import { sql } from 'kysely';
import type { PolicyDocument, PolicyVersionStatus } from '../../platform/db/tables.ts';
import type { Tx } from '../../platform/db/tenancy.ts';

const versionColumns = [
  'v.id',
  'v.version_number',
  'v.status',
  'v.pack',
  'v.title',
  'v.source',
  'v.summary_of_changes',
  'v.created_at',
  'v.adopted_at',
  'v.superseded_at',
  'v.next_review_due',
  'creator.name as created_by_name',
  'adopter.name as adopted_by_name',
] as const;

const versions = (tx: Tx, organisationId: string) =>
  tx
    .selectFrom('policy_versions as v')
    .leftJoin('users as creator', 'creator.id', 'v.created_by')
    .leftJoin('users as adopter', 'adopter.id', 'v.adopted_by')
    .select(versionColumns)
    .where('v.organisation_id', '=', organisationId);

export const findAdoptedVersion = (tx: Tx, organisationId: string) =>
  versions(tx, organisationId).where('v.status', '=', 'adopted').executeTakeFirst();

export const findVersion = (tx: Tx, organisationId: string, id: string) =>
  versions(tx, organisationId).where('v.id', '=', id).executeTakeFirst();

export const listVersions = (tx: Tx, organisationId: string) =>
  versions(tx, organisationId).orderBy('v.version_number', 'desc').execute();

export type VersionRow = NonNullable<Awaited<ReturnType<typeof findVersion>>>;

export async function insertVersion(
  tx: Tx,
  organisationId: string,
  v: {
    pack: unknown;
    title: string;
    source: 'editor' | 'import' | 'shipped';
    summary: string;
    createdBy: string | null;
  },
) {
  // Serialise numbering within the organisation: the unique constraint is the backstop.
  await sql`select pg_advisory_xact_lock(hashtext(${`policy_versions:${organisationId}`}))`.execute(tx);
  const { next } = await tx
    .selectFrom('policy_versions')
    .select(sql<number>`coalesce(max(version_number), 0) + 1`.as('next'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return tx
    .insertInto('policy_versions')
    .values({
      organisation_id: organisationId,
      version_number: next,
      pack: JSON.stringify(v.pack),
      title: v.title,
      source: v.source,
      summary_of_changes: v.summary,
      created_by: v.createdBy,
    })
    .returning(['id', 'version_number'])
    .executeTakeFirstOrThrow();
}

export const setStatus = (
  tx: Tx,
  organisationId: string,
  id: string,
  patch: {
    status: PolicyVersionStatus;
    adopted_by?: string;
    adopted_at?: Date;
    superseded_at?: Date;
    next_review_due?: Date;
  },
) =>
  tx
    .updateTable('policy_versions')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();

export const setYoungPersonNames = (
  tx: Tx,
  organisationId: string,
  mode: 'full' | 'first_name' | 'initials',
) =>
  tx
    .updateTable('organisations')
    .set({ young_person_names: mode })
    .where('id', '=', organisationId)
    .execute();

/** Adopted versions whose review is due by `before` (overdue ones included): for DSLs and compliance. */
export const findVersionsDueForReview = (tx: Tx, organisationId: string, before: Date) =>
  tx
    .selectFrom('policy_versions')
    .select(['id', 'version_number', 'title', 'adopted_at', 'next_review_due'])
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'adopted')
    .where('next_review_due', '<=', before)
    .execute();

export const insertConfirmation = (
  tx: Tx,
  organisationId: string,
  c: { versionId: string; userId: string; document: PolicyDocument },
) =>
  tx
    .insertInto('policy_read_confirmations')
    .values({
      organisation_id: organisationId,
      policy_version_id: c.versionId,
      user_id: c.userId,
      document: c.document,
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'policy_version_id', 'user_id', 'document']).doNothing(),
    )
    .execute();

export const listConfirmations = (tx: Tx, organisationId: string, versionId: string) =>
  tx
    .selectFrom('policy_read_confirmations')
    .select(['user_id', 'document', 'confirmed_at'])
    .where('organisation_id', '=', organisationId)
    .where('policy_version_id', '=', versionId)
    .execute();

export const listActiveMembers = (tx: Tx, organisationId: string) =>
  tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.roles'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.disabled_at', 'is', null)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.name')
    .execute();
