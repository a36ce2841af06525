import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import { type Actor, ROLE_LABELS, type Role, RoleSchema } from '../../platform/auth/roles.ts';
import { parseCsv } from '../../platform/csv.ts';
import type { Database } from '../../platform/db/tables.ts';
import { inTransaction, type Tx } from '../../platform/db/tenancy.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../platform/errors.ts';
import { forgetCachedSessions } from '../../platform/http/authenticate.ts';
import { hashToken, newToken } from '../../platform/ids.ts';
import { queueMail } from '../../platform/mail/outbox.ts';
import { usersPolicy } from './users.policy.ts';
import * as repo from './users.repo.ts';
import { InviteUserRequest } from './users.schema.ts';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

type Deps = { db: Kysely<Database>; publicUrl: string };

const ctx = (a: Actor) => ({ organisationId: a.organisationId, userId: a.userId });

const presentInvitation = (i: Awaited<ReturnType<typeof repo.listInvitations>>[number]) => ({
  id: i.id,
  email: i.email,
  name: i.name,
  roles: i.roles,
  expiresAt: i.expires_at.toISOString(),
  acceptedAt: i.accepted_at?.toISOString() ?? null,
  revokedAt: i.revoked_at?.toISOString() ?? null,
  createdAt: i.created_at.toISOString(),
});

export function createUsersService({ db, publicUrl }: Deps) {
  async function invite(tx: Tx, actor: Actor, input: { email: string; name: string; roles: Role[] }) {
    const existing = await repo.findMemberByEmail(tx, actor.organisationId, input.email);
    if (existing) {
      throw conflict(`${input.email} is already a member. Change their roles instead.`, [
        { path: 'email', message: 'Already a member of this organisation.' },
      ]);
    }
    // A new invitation replaces any open one, so only the newest link works.
    await repo.revokeOpenInvitations(tx, actor.organisationId, input.email);
    const token = newToken();
    const invitation = await repo.insertInvitation(tx, {
      organisationId: actor.organisationId,
      email: input.email,
      name: input.name,
      roles: input.roles,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
    });
    const org = await tx
      .selectFrom('organisations')
      .select('name')
      .where('id', '=', actor.organisationId)
      .executeTakeFirst();
    await queueMail(tx, {
      organisationId: actor.organisationId,
      to: input.email,
      kind: 'invitation',
      subject: `You are invited to ${org?.name ?? 'an organisation'} on Haven`,
      text: [
        `Hello ${input.name},`,
        '',
        `You have been invited to join ${org?.name ?? 'your organisation'} on Haven, its online safeguarding system, as: ${input.roles.map((r) => ROLE_LABELS[r]).join(', ')}.`,
        '',
        'Open this link within 7 days to set up your account:',
        `${publicUrl}/accept-invitation#token=${token}`,
        '',
        'If you were not expecting this, you can ignore this email.',
      ].join('\n'),
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'users.invited',
      entityType: 'invitation',
      entityId: invitation.id,
      ip: actor.ip,
      details: { roles: input.roles },
    });
    return presentInvitation(invitation);
  }

  return {
    async listMembers(actor: Actor) {
      if (!usersPolicy.can(actor, 'users.read')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const rows = await repo.listMembers(tx, actor.organisationId);
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'users.listed',
          entityType: 'user',
          ip: actor.ip,
          details: { count: rows.length },
        });
        return {
          items: rows.map((m) => ({
            userId: m.id,
            name: m.name,
            email: m.email,
            roles: m.roles,
            hasTwoFactor: Boolean(m.totp_enabled_at),
            disabled: Boolean(m.disabled_at),
            joinedAt: m.created_at.toISOString(),
          })),
        };
      });
    },

    async updateMember(
      actor: Actor,
      userId: string,
      patch: { roles?: Role[] | undefined; disabled?: boolean | undefined },
    ) {
      if (!usersPolicy.can(actor, 'users.manage')) throw forbidden();
      const result = await inTransaction(db, ctx(actor), async (tx) => {
        const member = await repo.findMember(tx, actor.organisationId, userId);
        if (!member) throw notFound('That member');
        const roles = patch.roles ? [...new Set(patch.roles)] : undefined;
        await repo.updateMembership(tx, actor.organisationId, userId, {
          ...(roles ? { roles } : {}),
          ...(patch.disabled !== undefined ? { disabled_at: patch.disabled ? new Date() : null } : {}),
        });
        // An organisation must never be left without someone who can manage it.
        if ((await repo.countActiveAdmins(tx, actor.organisationId)) === 0) {
          throw conflict(
            'This would leave the organisation without an administrator. Make someone else an administrator first.',
            [
              {
                path: patch.disabled ? 'disabled' : 'roles',
                message: 'At least one active administrator is needed.',
              },
            ],
          );
        }
        if (patch.disabled) await tx.deleteFrom('sessions').where('user_id', '=', userId).execute();
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'users.membership_changed',
          entityType: 'user',
          entityId: userId,
          ip: actor.ip,
          details: {
            from: member.roles,
            roles: roles ?? member.roles,
            disabled: patch.disabled ?? Boolean(member.disabled_at),
          },
        });
        const updated = await repo.findMember(tx, actor.organisationId, userId);
        if (!updated) throw notFound('That member');
        return {
          userId: updated.id,
          name: updated.name,
          email: updated.email,
          roles: updated.roles,
          hasTwoFactor: Boolean(updated.totp_enabled_at),
          disabled: Boolean(updated.disabled_at),
          joinedAt: updated.created_at.toISOString(),
        };
      });
      forgetCachedSessions();
      return result;
    },

    async inviteUser(actor: Actor, input: { email: string; name: string; roles: Role[] }) {
      if (!usersPolicy.can(actor, 'users.manage')) throw forbidden();
      return inTransaction(db, ctx(actor), (tx) => invite(tx, actor, input));
    },

    async listInvitations(actor: Actor) {
      if (!usersPolicy.can(actor, 'users.read')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => ({
        items: (await repo.listInvitations(tx, actor.organisationId)).map(presentInvitation),
      }));
    },

    /** Staff import: each valid row becomes an invitation (people set their own passwords). */
    async importUsers(actor: Actor, csv: string, dryRun: boolean) {
      if (!usersPolicy.can(actor, 'users.manage')) throw forbidden();
      const { rows, unknownColumns } = parseCsv(csv, ['email', 'name', 'roles']);
      if (unknownColumns.length) {
        throw invalidInput(`Unknown columns: ${unknownColumns.join(', ')}. Use email, name, roles.`, [
          {
            path: 'csv',
            message: `Haven does not know the column “${unknownColumns[0]}”. Remove or rename it so nothing is lost.`,
          },
        ]);
      }
      return inTransaction(db, ctx(actor), async (tx) => {
        const rejected: Array<{ row: number; errors: string[] }> = [];
        const seen = new Set<string>();
        let created = 0;
        for (const { row, values } of rows) {
          const roleNames = (values.roles ?? '')
            .split(/[;|]/)
            .map((r) =>
              r
                .trim()
                .toLowerCase()
                .replace(/[\s-]+/g, '_'),
            )
            .filter(Boolean);
          const errors: string[] = [];
          const badRoles = roleNames.filter((r) => !RoleSchema.safeParse(r).success);
          if (badRoles.length)
            errors.push(
              `roles: “${badRoles.join(', ')}” not known (use ${RoleSchema.options.join(', ')}, separated by ;)`,
            );
          const parsed = InviteUserRequest.safeParse({
            email: values.email ?? '',
            name: values.name ?? '',
            roles: roleNames.filter((r) => !badRoles.includes(r)),
          });
          if (!parsed.success)
            errors.push(...parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
          if (parsed.success && seen.has(parsed.data.email))
            errors.push('email: this address appears earlier in the file.');
          if (!errors.length && parsed.success) {
            seen.add(parsed.data.email);
            try {
              if (!dryRun) {
                await invite(tx, actor, parsed.data);
              } else if (await repo.findMemberByEmail(tx, actor.organisationId, parsed.data.email)) {
                errors.push('email: already a member of this organisation.');
              }
            } catch (error) {
              errors.push(`email: ${(error as Error).message}`);
            }
          }
          if (errors.length) rejected.push({ row, errors });
          else created += 1;
        }
        return { created, rejected, dryRun };
      });
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
