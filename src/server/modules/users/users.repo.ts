import { sql } from 'kysely';
import type { Role } from '../../platform/auth/roles.ts';
import type { Tx } from '../../platform/db/tenancy.ts';

export const listMembers = (tx: Tx, organisationId: string) =>
  tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'u.totp_enabled_at', 'm.roles', 'm.disabled_at', 'm.created_at'])
    .where('m.organisation_id', '=', organisationId)
    .orderBy('u.name')
    .execute();

export const findMember = (tx: Tx, organisationId: string, userId: string) =>
  tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'u.totp_enabled_at', 'm.roles', 'm.disabled_at', 'm.created_at'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.user_id', '=', userId)
    .executeTakeFirst();

export const findMemberByEmail = (tx: Tx, organisationId: string, email: string) =>
  tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select('u.id')
    .where('m.organisation_id', '=', organisationId)
    .where('u.email', '=', email)
    .executeTakeFirst();

export const updateMembership = (
  tx: Tx,
  organisationId: string,
  userId: string,
  patch: { roles?: Role[]; disabled_at?: Date | null },
) =>
  tx
    .updateTable('memberships')
    .set(patch)
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();

export const countActiveAdmins = async (tx: Tx, organisationId: string) =>
  Number(
    (
      await tx
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('organisation_id', '=', organisationId)
        .where('disabled_at', 'is', null)
        .where(sql<boolean>`'admin' = any(roles)`)
        .executeTakeFirst()
    )?.n ?? 0,
  );

export const insertInvitation = (
  tx: Tx,
  i: {
    organisationId: string;
    email: string;
    name: string;
    roles: Role[];
    tokenHash: string;
    invitedBy: string;
    expiresAt: Date;
  },
) =>
  tx
    .insertInto('invitations')
    .values({
      organisation_id: i.organisationId,
      email: i.email,
      name: i.name,
      roles: i.roles,
      token_hash: i.tokenHash,
      invited_by: i.invitedBy,
      expires_at: i.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();

export const listInvitations = (tx: Tx, organisationId: string) =>
  tx
    .selectFrom('invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();

export const revokeOpenInvitations = (tx: Tx, organisationId: string, email: string) =>
  tx
    .updateTable('invitations')
    .set({ revoked_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
