import { sql } from 'kysely';
import type { Role } from '../../platform/auth/roles.ts';
import type { SessionStatus } from '../../platform/db/tables.ts';
import type { Tx } from '../../platform/db/tenancy.ts';

/** Data access for sign-in, sessions and credentials. RLS decides what each call can see. */

export const findUserByEmail = (tx: Tx, email: string) =>
  tx.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();

export const findUserById = (tx: Tx, userId: string) =>
  tx.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();

export const createUser = (tx: Tx, user: { email: string; name: string; passwordHash: string }) =>
  tx
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      password_changed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export const updateOwnUser = (
  tx: Tx,
  userId: string,
  patch: Partial<{
    name: string;
    password_hash: string;
    password_changed_at: Date;
    totp_secret: string | null;
    totp_enabled_at: Date | null;
    totp_last_counter: number | null;
  }>,
) => tx.updateTable('users').set(patch).where('id', '=', userId).execute();

/** The user's active memberships with their organisations, oldest first. */
export const listActiveMemberships = (tx: Tx, userId: string) =>
  tx
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'o.slug', 'm.roles'])
    .where('m.user_id', '=', userId)
    .where('m.disabled_at', 'is', null)
    .orderBy('m.created_at')
    .execute();

export const addMembership = (tx: Tx, m: { organisationId: string; userId: string; roles: Role[] }) =>
  tx
    .insertInto('memberships')
    .values({ organisation_id: m.organisationId, user_id: m.userId, roles: m.roles })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'user_id']).doUpdateSet({ roles: m.roles, disabled_at: null }),
    )
    .execute();

export const createSession = (
  tx: Tx,
  s: {
    tokenHash: string;
    userId: string;
    organisationId: string | null;
    status: SessionStatus;
    ip: string;
    userAgent: string;
  },
) =>
  tx
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      active_organisation_id: s.organisationId,
      status: s.status,
      ip: s.ip,
      user_agent: s.userAgent.slice(0, 300),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export const updateSession = (
  tx: Tx,
  sessionId: string,
  patch: Partial<{
    token_hash: string;
    status: SessionStatus;
    active_organisation_id: string;
    step_up_at: Date;
  }>,
) => tx.updateTable('sessions').set(patch).where('id', '=', sessionId).execute();

export const deleteSession = (tx: Tx, sessionId: string) =>
  tx.deleteFrom('sessions').where('id', '=', sessionId).execute();

export const deleteUserSessions = (tx: Tx, userId: string, exceptSessionId?: string) => {
  let q = tx.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptSessionId) q = q.where('id', '!=', exceptSessionId);
  return q.executeTakeFirst();
};

export const recordSignInAttempt = (tx: Tx, a: { accountKey: string; ip: string; succeeded: boolean }) =>
  tx
    .insertInto('sign_in_attempts')
    .values({ account_key: a.accountKey, ip: a.ip, succeeded: a.succeeded })
    .execute();

export type AttemptStats = {
  pairFailures: number;
  pairLastFailure: Date | null;
  accountFailures: number;
  ipFailures: number;
  knownPair: boolean;
};

/** Failures since the last success, for the (account, address) pair, the account, and the address. */
export async function readAttemptStats(tx: Tx, accountKey: string, ip: string): Promise<AttemptStats> {
  const r = await sql<{
    pair_failures: string;
    pair_last_failure: Date | null;
    account_failures: string;
    ip_failures: string;
    known_pair: boolean;
  }>`
    with last_ok as (
      select max(attempted_at) as at from sign_in_attempts
      where account_key = ${accountKey} and ip = ${ip} and succeeded)
    select
      (select count(*) from sign_in_attempts, last_ok where account_key = ${accountKey} and ip = ${ip}
         and not succeeded and attempted_at > coalesce(last_ok.at, now() - interval '1 day')) as pair_failures,
      (select max(attempted_at) from sign_in_attempts where account_key = ${accountKey} and ip = ${ip}
         and not succeeded) as pair_last_failure,
      (select count(*) from sign_in_attempts where account_key = ${accountKey} and not succeeded
         and attempted_at > now() - interval '15 minutes') as account_failures,
      (select count(*) from sign_in_attempts where ip = ${ip} and not succeeded
         and attempted_at > now() - interval '15 minutes') as ip_failures,
      (select last_ok.at is not null and last_ok.at > now() - interval '30 days' from last_ok) as known_pair
  `.execute(tx);
  const row = r.rows[0];
  return {
    pairFailures: Number(row?.pair_failures ?? 0),
    pairLastFailure: row?.pair_last_failure ?? null,
    accountFailures: Number(row?.account_failures ?? 0),
    ipFailures: Number(row?.ip_failures ?? 0),
    knownPair: Boolean(row?.known_pair),
  };
}

export const pruneSignInAttempts = (tx: Tx) =>
  tx
    .deleteFrom('sign_in_attempts')
    .where('attempted_at', '<', sql<Date>`now() - interval '31 days'`)
    .execute();

export const replaceRecoveryCodes = async (tx: Tx, userId: string, codeHashes: string[]) => {
  await tx
    .updateTable('recovery_codes')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
  await tx
    .insertInto('recovery_codes')
    .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash })))
    .execute();
};

/** Marks the code used and reports whether it was a valid, unused one: each works once. */
export async function consumeRecoveryCode(tx: Tx, userId: string, codeHash: string): Promise<boolean> {
  const r = await tx
    .updateTable('recovery_codes')
    .set({ used_at: new Date() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const countUnusedRecoveryCodes = async (tx: Tx, userId: string) =>
  Number(
    (
      await tx
        .selectFrom('recovery_codes')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .executeTakeFirst()
    )?.n ?? 0,
  );

export const createPasswordReset = (tx: Tx, r: { tokenHash: string; userId: string; expiresAt: Date }) =>
  tx
    .insertInto('password_resets')
    .values({ token_hash: r.tokenHash, user_id: r.userId, expires_at: r.expiresAt })
    .execute();

export const findPasswordReset = (tx: Tx, tokenHash: string) =>
  tx.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const markPasswordResetUsed = (tx: Tx, tokenHash: string) =>
  tx
    .updateTable('password_resets')
    .set({ used_at: new Date() })
    .where('token_hash', '=', tokenHash)
    .execute();

export const findInvitationByToken = (tx: Tx, tokenHash: string) =>
  tx.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export const findOrganisationName = async (tx: Tx, organisationId: string) =>
  (await tx.selectFrom('organisations').select('name').where('id', '=', organisationId).executeTakeFirst())
    ?.name;

export const markInvitationAccepted = (tx: Tx, organisationId: string, invitationId: string) =>
  tx
    .updateTable('invitations')
    .set({ accepted_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', invitationId)
    .execute();
