import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/roles.ts';
import type { Database } from '../../platform/db/tables.ts';
import { inTransaction } from '../../platform/db/tenancy.ts';
import { forbidden } from '../../platform/errors.ts';
import { mailPolicy } from './mail.policy.ts';
import { listOutbox } from './mail.repo.ts';

export function createMailService({ db, delivery }: { db: Kysely<Database>; delivery: 'smtp' | 'outbox' }) {
  return {
    async listOutbox(actor: Actor) {
      if (!mailPolicy.can(actor, 'mail.read')) throw forbidden();
      return inTransaction(db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
        const rows = await listOutbox(tx, actor.organisationId, 200);
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'mail.outbox_viewed',
          entityType: 'mail',
          ip: actor.ip,
          details: { count: rows.length },
        });
        return {
          delivery,
          items: rows.map((m) => ({
            id: m.id,
            to: m.to_address,
            subject: m.subject,
            body: m.body_text,
            kind: m.kind,
            createdAt: m.created_at.toISOString(),
            sentAt: m.sent_at?.toISOString() ?? null,
          })),
        };
      });
    },
  };
}

export type MailService = ReturnType<typeof createMailService>;
