import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import { checkPasswordRules, hashPassword, verifyPassword } from '../../platform/auth/passwords.ts';
import { type Role, requiresTwoFactor } from '../../platform/auth/roles.ts';
import {
  describeEnrolment,
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
} from '../../platform/auth/totp.ts';
import type { Database, SessionStatus } from '../../platform/db/tables.ts';
import { inTransaction, setContext, type Tx } from '../../platform/db/tenancy.ts';
import {
  badRequest,
  conflict,
  forbidden,
  invalidInput,
  Problem,
  tooManyRequests,
  unauthenticated,
} from '../../platform/errors.ts';
import {
  forgetCachedSessions,
  type ResolvedSession,
  sessionExpiresAt,
} from '../../platform/http/authenticate.ts';
import { hashToken, newToken } from '../../platform/ids.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import * as repo from './auth.repo.ts';

export type RequestMeta = { ip: string; userAgent: string };

type Deps = {
  db: Kysely<Database>;
  publicUrl: string;
  listAbilities: (roles: readonly Role[]) => Record<string, boolean>;
};

const WRONG_DETAILS = 'That email address and password do not match an account. Check them and try again.';
const RESET_TTL_MS = 60 * 60 * 1000;

const accountKey = (kind: string, id: string) => hashToken(`${kind}:${id}`);

/** Slows guessing without letting anyone lock a user out: the backoff is per (account, address). */
async function enforceThrottle(tx: Tx, key: string, ip: string): Promise<void> {
  const stats = await repo.readAttemptStats(tx, key, ip);
  if (stats.ipFailures >= 100) {
    throw tooManyRequests('Too many failed attempts from your network. Try again in 15 minutes.', 900);
  }
  if (stats.pairFailures >= 5 && stats.pairLastFailure) {
    const waitMs = Math.min(2 ** (stats.pairFailures - 4) * 1000, 15 * 60 * 1000);
    const remaining = stats.pairLastFailure.getTime() + waitMs - Date.now();
    if (remaining > 0) {
      const seconds = Math.ceil(remaining / 1000);
      throw tooManyRequests(
        `Too many attempts. Try again in ${seconds < 60 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}, or reset your password.`,
        seconds,
      );
    }
  }
  // A flood against one account from many addresses slows new addresses only; a place the
  // user has signed in from recently keeps working.
  if (stats.accountFailures >= 30 && !stats.knownPair) {
    throw tooManyRequests('This account is receiving many failed attempts. Try again in a few minutes.', 120);
  }
}

export function createAuthService({ db, publicUrl, listAbilities }: Deps) {
  async function startSession(
    tx: Tx,
    user: { id: string; totp_enabled_at: Date | null },
    meta: RequestMeta,
  ): Promise<{ token: string; status: SessionStatus; organisationId: string | null }> {
    const memberships = await repo.listActiveMemberships(tx, user.id);
    const first = memberships[0];
    if (!first)
      throw forbidden('Your account is not an active member of any organisation. Ask your administrator.');
    const anyNeeds2fa = memberships.some((m) => requiresTwoFactor(m.roles));
    const status: SessionStatus = user.totp_enabled_at
      ? 'awaiting_2fa'
      : anyNeeds2fa
        ? 'must_enrol_2fa'
        : 'active';
    const token = newToken();
    await repo.createSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      organisationId: first.id,
      status,
      ...meta,
    });
    return { token, status, organisationId: first.id };
  }

  return {
    async signIn(email: string, password: string, meta: RequestMeta) {
      const key = accountKey('email', email);
      const outcome = await inTransaction(db, { loginEmail: email }, async (tx) => {
        await enforceThrottle(tx, key, meta.ip);
        const user = await repo.findUserByEmail(tx, email);
        const ok = await verifyPassword(user?.password_hash ?? null, password);
        await repo.recordSignInAttempt(tx, {
          accountKey: key,
          ip: meta.ip,
          succeeded: ok && !user?.disabled_at,
        });
        if (!user || !ok || user.disabled_at) {
          if (user) await setContext(tx, { userId: user.id });
          const orgId = user ? ((await repo.listActiveMemberships(tx, user.id))[0]?.id ?? null) : null;
          await setContext(tx, { organisationId: orgId, userId: user?.id ?? null });
          await recordAudit(tx, {
            organisationId: orgId,
            actorUserId: user?.id ?? null,
            action: 'auth.sign_in_failed',
            entityType: 'user',
            entityId: user?.id ?? null,
            ip: meta.ip,
            details: {
              reason: !user ? 'unknown_account' : user.disabled_at ? 'account_disabled' : 'wrong_password',
            },
          });
          return { failed: true as const };
        }
        await setContext(tx, { userId: user.id, loginEmail: email });
        const session = await startSession(tx, user, meta);
        await setContext(tx, { organisationId: session.organisationId, userId: user.id });
        await recordAudit(tx, {
          organisationId: session.organisationId,
          actorUserId: user.id,
          action: 'auth.sign_in',
          entityType: 'user',
          entityId: user.id,
          ip: meta.ip,
          details: { status: session.status },
        });
        await repo.pruneSignInAttempts(tx);
        return { failed: false as const, ...session };
      });
      // The failed attempt is committed above, so the throttle counts it; only then refuse.
      if (outcome.failed) throw new Problem(401, 'Sign-in failed', WRONG_DETAILS);
      return outcome;
    },

    async verifySecondFactor(session: ResolvedSession | null, code: string, meta: RequestMeta) {
      if (!session) throw unauthenticated();
      if (session.status !== 'awaiting_2fa') throw conflict('This session does not need a two-factor code.');
      const key = accountKey('totp', session.userId);
      const outcome = await inTransaction(
        db,
        { userId: session.userId, tokenHash: session.tokenHash, organisationId: session.organisationId },
        async (tx) => {
          await enforceThrottle(tx, key, meta.ip);
          const user = await repo.findUserById(tx, session.userId);
          if (!user?.totp_secret || !user.totp_enabled_at)
            throw conflict('Two-factor authentication is not set up.');
          let method: 'totp' | 'recovery_code' | null = null;
          if (/^\d{6}$/.test(code)) {
            const counter = matchTotp(
              user.totp_secret,
              code,
              user.totp_last_counter === null ? null : Number(user.totp_last_counter),
            );
            if (counter !== null) {
              await repo.updateOwnUser(tx, user.id, { totp_last_counter: counter });
              method = 'totp';
            }
          } else if (await repo.consumeRecoveryCode(tx, user.id, hashRecoveryCode(code))) {
            method = 'recovery_code';
          }
          await repo.recordSignInAttempt(tx, { accountKey: key, ip: meta.ip, succeeded: method !== null });
          await recordAudit(tx, {
            organisationId: session.organisationId,
            actorUserId: user.id,
            action: method ? 'auth.two_factor_passed' : 'auth.two_factor_failed',
            entityType: 'user',
            entityId: user.id,
            ip: meta.ip,
            details: method ? { method } : {},
          });
          if (!method) return null;
          // A new token once the session is fully trusted, so a token seen before 2FA is worthless.
          const token = newToken();
          await repo.updateSession(tx, session.id, { token_hash: hashToken(token), status: 'active' });
          return { token, remainingRecoveryCodes: await repo.countUnusedRecoveryCodes(tx, user.id) };
        },
      );
      forgetCachedSessions();
      if (!outcome) {
        throw invalidInput('That code did not work. Codes change every 30 seconds; try the current one.', [
          { path: 'code', message: 'That code is not valid or has already been used.' },
        ]);
      }
      return outcome;
    },

    /** Re-asks for the second factor before restricted records are opened (step-up). */
    async stepUp(session: ResolvedSession | null, code: string, meta: RequestMeta) {
      if (session?.status !== 'active') throw unauthenticated();
      const key = accountKey('totp', session.userId);
      const ok = await inTransaction(
        db,
        { userId: session.userId, tokenHash: session.tokenHash, organisationId: session.organisationId },
        async (tx) => {
          await enforceThrottle(tx, key, meta.ip);
          const user = await repo.findUserById(tx, session.userId);
          if (!user?.totp_secret || !user.totp_enabled_at) {
            throw conflict('Set up two-factor authentication first: restricted records need it.');
          }
          const counter = matchTotp(
            user.totp_secret,
            code,
            user.totp_last_counter === null ? null : Number(user.totp_last_counter),
          );
          await repo.recordSignInAttempt(tx, { accountKey: key, ip: meta.ip, succeeded: counter !== null });
          if (counter === null) return false;
          await repo.updateOwnUser(tx, user.id, { totp_last_counter: counter });
          await repo.updateSession(tx, session.id, { step_up_at: new Date() });
          await recordAudit(tx, {
            organisationId: session.organisationId,
            actorUserId: user.id,
            action: 'auth.step_up',
            entityType: 'user',
            entityId: user.id,
            ip: meta.ip,
          });
          return true;
        },
      );
      forgetCachedSessions();
      if (!ok) {
        throw invalidInput('That code did not work. Enter the current code from your authenticator app.', [
          { path: 'code', message: 'That code is not valid or has already been used.' },
        ]);
      }
    },

    async setUpSecondFactor(session: ResolvedSession | null) {
      if (!session || session.status === 'awaiting_2fa') throw unauthenticated();
      return inTransaction(db, { userId: session.userId, tokenHash: session.tokenHash }, async (tx) => {
        const user = await repo.findUserById(tx, session.userId);
        if (!user) throw unauthenticated();
        if (user.totp_enabled_at)
          throw conflict('Two-factor authentication is already set up for your account.');
        const secret = newTotpSecret();
        await repo.updateOwnUser(tx, user.id, { totp_secret: secret, totp_last_counter: null });
        return describeEnrolment(secret, user.email);
      });
    },

    async enableSecondFactor(session: ResolvedSession | null, code: string, meta: RequestMeta) {
      if (!session || session.status === 'awaiting_2fa') throw unauthenticated();
      const result = await inTransaction(
        db,
        { userId: session.userId, tokenHash: session.tokenHash, organisationId: session.organisationId },
        async (tx) => {
          const user = await repo.findUserById(tx, session.userId);
          if (!user?.totp_secret)
            throw conflict('Start the set-up first: Haven has not given you a code to scan yet.');
          if (user.totp_enabled_at)
            throw conflict('Two-factor authentication is already set up for your account.');
          const counter = matchTotp(user.totp_secret, code, null);
          if (counter === null) return null;
          const codes = newRecoveryCodes();
          await repo.updateOwnUser(tx, user.id, { totp_enabled_at: new Date(), totp_last_counter: counter });
          await repo.replaceRecoveryCodes(tx, user.id, codes.map(hashRecoveryCode));
          const token = newToken();
          await repo.updateSession(tx, session.id, { token_hash: hashToken(token), status: 'active' });
          await repo.deleteUserSessions(tx, user.id, session.id);
          await recordAudit(tx, {
            organisationId: session.organisationId,
            actorUserId: user.id,
            action: 'auth.two_factor_enabled',
            entityType: 'user',
            entityId: user.id,
            ip: meta.ip,
          });
          return { token, recoveryCodes: codes };
        },
      );
      forgetCachedSessions();
      if (!result) {
        throw invalidInput(
          'That code did not match. Check the time on your phone is right, and enter the current code.',
          [{ path: 'code', message: 'That code does not match the one your app should show.' }],
        );
      }
      return result;
    },

    async describeSession(session: ResolvedSession | null) {
      if (!session) throw unauthenticated();
      return inTransaction(
        db,
        { userId: session.userId, organisationId: session.organisationId },
        async (tx) => {
          const user = await repo.findUserById(tx, session.userId);
          if (!user) throw unauthenticated();
          const memberships = await repo.listActiveMemberships(tx, user.id);
          const current = memberships.find((m) => m.id === session.organisationId) ?? null;
          const complete = session.status === 'active';
          return {
            status: session.status,
            user: {
              id: user.id,
              name: user.name,
              email: user.email,
              hasTwoFactor: Boolean(user.totp_enabled_at),
              twoFactorRequired: memberships.some((m) => requiresTwoFactor(m.roles)),
            },
            organisation: complete && current ? { ...current, roles: current.roles } : null,
            organisations: complete ? memberships.map((m) => ({ ...m, roles: m.roles })) : [],
            abilities: complete && current ? listAbilities(current.roles) : {},
            expiresAt: sessionExpiresAt(session).toISOString(),
          };
        },
      );
    },

    async switchOrganisation(session: ResolvedSession | null, organisationId: string, meta: RequestMeta) {
      if (session?.status !== 'active') throw unauthenticated();
      await inTransaction(db, { userId: session.userId, tokenHash: session.tokenHash }, async (tx) => {
        const target = (await repo.listActiveMemberships(tx, session.userId)).find(
          (m) => m.id === organisationId,
        );
        if (!target) throw forbidden('You are not a member of that organisation.');
        await repo.updateSession(tx, session.id, { active_organisation_id: organisationId });
        await setContext(tx, { organisationId, userId: session.userId });
        await recordAudit(tx, {
          organisationId,
          actorUserId: session.userId,
          action: 'auth.organisation_switched',
          entityType: 'organisation',
          entityId: organisationId,
          ip: meta.ip,
          details: { from: session.organisationId },
        });
      });
      forgetCachedSessions();
    },

    async signOut(session: ResolvedSession | null, everywhere: boolean, meta: RequestMeta) {
      if (!session) return;
      await inTransaction(
        db,
        { userId: session.userId, tokenHash: session.tokenHash, organisationId: session.organisationId },
        async (tx) => {
          if (everywhere) await repo.deleteUserSessions(tx, session.userId);
          else await repo.deleteSession(tx, session.id);
          await recordAudit(tx, {
            organisationId: session.organisationId,
            actorUserId: session.userId,
            action: everywhere ? 'auth.signed_out_everywhere' : 'auth.signed_out',
            entityType: 'user',
            entityId: session.userId,
            ip: meta.ip,
          });
        },
      );
      forgetCachedSessions();
    },

    async changePassword(session: ResolvedSession | null, current: string, next: string, meta: RequestMeta) {
      if (session?.status !== 'active') throw unauthenticated();
      const user = await inTransaction(db, { userId: session.userId }, (tx) =>
        repo.findUserById(tx, session.userId),
      );
      if (!user || !(await verifyPassword(user.password_hash, current))) {
        throw invalidInput('Your current password is not right.', [
          { path: 'currentPassword', message: 'This is not your current password.' },
        ]);
      }
      await this.setPassword(user, next, 'newPassword', meta, session);
    },

    /** Shared by change and reset: rules, hash, and every other session ends. */
    async setPassword(
      user: { id: string; email: string },
      password: string,
      path: string,
      meta: RequestMeta,
      keep?: ResolvedSession,
      onCommit?: (tx: Tx) => Promise<void>,
    ) {
      await inTransaction(db, { userId: user.id, tokenHash: keep?.tokenHash ?? null }, async (tx) => {
        const orgs = await repo.listActiveMemberships(tx, user.id);
        const errors = checkPasswordRules(
          password,
          { email: user.email, organisationNames: orgs.map((o) => o.name) },
          path,
        );
        if (errors.length) throw invalidInput('Choose a different password.', errors);
        await repo.updateOwnUser(tx, user.id, {
          password_hash: await hashPassword(password),
          password_changed_at: new Date(),
        });
        await repo.deleteUserSessions(tx, user.id, keep?.id);
        if (onCommit) await onCommit(tx);
        for (const org of orgs) {
          await setContext(tx, { organisationId: org.id, userId: user.id });
          await recordAudit(tx, {
            organisationId: org.id,
            actorUserId: user.id,
            action: keep ? 'auth.password_changed' : 'auth.password_reset',
            entityType: 'user',
            entityId: user.id,
            ip: meta.ip,
          });
        }
      });
      forgetCachedSessions();
    },

    async requestPasswordReset(email: string, meta: RequestMeta) {
      await inTransaction(db, { loginEmail: email }, async (tx) => {
        await enforceThrottle(tx, accountKey('reset', email), meta.ip);
        await repo.recordSignInAttempt(tx, {
          accountKey: accountKey('reset', email),
          ip: meta.ip,
          succeeded: false,
        });
        const user = await repo.findUserByEmail(tx, email);
        if (!user || user.disabled_at) return;
        await setContext(tx, { userId: user.id });
        const org = (await repo.listActiveMemberships(tx, user.id))[0];
        if (!org) return;
        const token = newToken();
        await repo.createPasswordReset(tx, {
          tokenHash: hashToken(token),
          userId: user.id,
          expiresAt: new Date(Date.now() + RESET_TTL_MS),
        });
        await setContext(tx, { organisationId: org.id, userId: user.id });
        await queueMail(tx, {
          organisationId: org.id,
          to: user.email,
          kind: 'password_reset',
          subject: 'Reset your Haven password',
          text: [
            `Hello ${user.name},`,
            '',
            'Someone asked to reset the password for your Haven account. If it was you, open this link within an hour:',
            '',
            `${publicUrl}/reset-password#token=${token}`,
            '',
            'If it was not you, ignore this email: your password has not changed. Resetting your password does not turn off two-factor authentication.',
          ].join('\n'),
        });
        await recordAudit(tx, {
          organisationId: org.id,
          actorUserId: user.id,
          action: 'auth.password_reset_requested',
          entityType: 'user',
          entityId: user.id,
          ip: meta.ip,
        });
      });
    },

    async completePasswordReset(token: string, password: string, meta: RequestMeta) {
      const tokenHash = hashToken(token);
      const reset = await inTransaction(db, { tokenHash }, async (tx) => {
        const r = await repo.findPasswordReset(tx, tokenHash);
        if (!r || r.used_at || r.expires_at.getTime() < Date.now()) return null;
        await setContext(tx, { userId: r.user_id, tokenHash });
        return { reset: r, user: await repo.findUserById(tx, r.user_id) };
      });
      if (!reset?.user) {
        throw badRequest('This reset link has expired or has already been used. Ask for a new one.', [
          { path: 'token', message: 'This link is no longer valid.' },
        ]);
      }
      // Resetting never signs the user in, so it cannot stand in for their second factor.
      await this.setPassword(reset.user, password, 'password', meta, undefined, async (tx) => {
        await repo.markPasswordResetUsed(tx, tokenHash);
      });
    },

    async inspectInvitation(token: string) {
      const tokenHash = hashToken(token);
      return inTransaction(db, { tokenHash }, async (tx) => {
        const inv = await repo.findInvitationByToken(tx, tokenHash);
        if (!inv || inv.accepted_at || inv.revoked_at || inv.expires_at.getTime() < Date.now()) {
          throw badRequest(
            'This invitation has expired, been used or been withdrawn. Ask your administrator for a new one.',
            [{ path: 'token', message: 'This invitation is no longer valid.' }],
          );
        }
        await setContext(tx, { tokenHash, organisationId: inv.organisation_id, loginEmail: inv.email });
        const existing = await repo.findUserByEmail(tx, inv.email);
        return {
          invitation: inv,
          organisationName: (await repo.findOrganisationName(tx, inv.organisation_id)) ?? '',
          accountExists: Boolean(existing),
          existingUserId: existing?.id ?? null,
        };
      });
    },

    async acceptInvitation(token: string, name: string, password: string | undefined, meta: RequestMeta) {
      const found = await this.inspectInvitation(token);
      const inv = found.invitation;
      if (!found.accountExists) {
        if (!password)
          throw invalidInput('Choose a password for your new account.', [
            { path: 'password', message: 'Choose a password.' },
          ]);
        const errors = checkPasswordRules(password, {
          email: inv.email,
          organisationNames: [found.organisationName],
        });
        if (errors.length) throw invalidInput('Choose a different password.', errors);
      }
      const passwordHash = password && !found.accountExists ? await hashPassword(password) : null;
      await inTransaction(
        db,
        { tokenHash: hashToken(token), organisationId: inv.organisation_id, loginEmail: inv.email },
        async (tx) => {
          let userId = found.existingUserId;
          if (!userId) {
            userId = (await repo.createUser(tx, { email: inv.email, name, passwordHash: passwordHash ?? '' }))
              .id;
          }
          await setContext(tx, {
            tokenHash: hashToken(token),
            organisationId: inv.organisation_id,
            userId,
            loginEmail: inv.email,
          });
          await repo.addMembership(tx, { organisationId: inv.organisation_id, userId, roles: inv.roles });
          await repo.markInvitationAccepted(tx, inv.organisation_id, inv.id);
          await recordAudit(tx, {
            organisationId: inv.organisation_id,
            actorUserId: userId,
            action: 'users.invitation_accepted',
            entityType: 'invitation',
            entityId: inv.id,
            ip: meta.ip,
            details: { roles: inv.roles, newAccount: !found.accountExists },
          });
        },
      );
      forgetCachedSessions();
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
