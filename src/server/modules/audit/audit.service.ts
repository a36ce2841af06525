import type { Kysely } from 'kysely';
import { recordAudit, verifyChain } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/roles.ts';
import type { Database } from '../../platform/db/tables.ts';
import { inTransaction } from '../../platform/db/tenancy.ts';
import { forbidden } from '../../platform/errors.ts';
import { auditPolicy } from './audit.policy.ts';
import { type AuditFilter, listAuditEntries } from './audit.repo.ts';

export function createAuditService({ db }: { db: Kysely<Database> }) {
  return {
    async listEntries(
      actor: Actor,
      f: Omit<AuditFilter, 'limit' | 'offset'> & { page: number; pageSize: number },
    ) {
      if (!auditPolicy.can(actor, 'audit.read')) throw forbidden();
      return inTransaction(db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
        const { items, total } = await listAuditEntries(tx, actor.organisationId, {
          ...f,
          limit: f.pageSize,
          offset: (f.page - 1) * f.pageSize,
        });
        // Reading the log is itself recorded: who looked at whose activity is safeguarding-relevant.
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'audit.viewed',
          entityType: 'audit_log',
          ip: actor.ip,
          details: { page: f.page },
        });
        return {
          items: items.map((e) => ({
            seq: Number(e.seq),
            occurredAt: e.occurred_at.toISOString(),
            actorUserId: e.actor_user_id,
            actorName: e.actor_name ?? null,
            action: e.action,
            entityType: e.entity_type,
            entityId: e.entity_id,
            ip: e.ip,
            details: e.details,
            hash: e.hash,
          })),
          total,
          page: f.page,
          pageSize: f.pageSize,
        };
      });
    },

    async verify(actor: Actor) {
      if (!auditPolicy.can(actor, 'audit.read')) throw forbidden();
      return inTransaction(db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
        const result = await verifyChain(tx, actor.organisationId);
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'audit.verified',
          entityType: 'audit_log',
          ip: actor.ip,
          details: { ok: result.ok, entries: result.entries },
        });
        return {
          ok: result.ok,
          entries: result.entries,
          firstBrokenSeq: result.firstBrokenSeq,
          problem: result.problem,
          headHash: result.headHash,
        };
      });
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
