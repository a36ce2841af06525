import type { Kysely } from 'kysely';
import { applySuppressions, listRules, normaliseExcerpt, scanText } from '../../../scanner/index.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/roles.ts';
import type { Database } from '../../platform/db/tables.ts';
import { inTransaction, type Tx } from '../../platform/db/tenancy.ts';
import { forbidden, invalidInput, notFound } from '../../platform/errors.ts';
import { scanningPolicy } from './scanning.policy.ts';
import * as repo from './scanning.repo.ts';

const ctx = (a: Actor) => ({ organisationId: a.organisationId, userId: a.userId });

/** The organisation's active suppressions, in the scanner's terms; other modules get this injected. */
export async function readSuppressions(tx: Tx, organisationId: string) {
  return (await repo.listActiveSuppressions(tx, organisationId)).map((s) => ({
    rule: s.rule,
    ...(s.excerpt ? { excerpt: s.excerpt } : {}),
  }));
}

export function createScanningService({ db }: { db: Kysely<Database> }) {
  return {
    async scan(actor: Actor, text: string) {
      if (!scanningPolicy.can(actor, 'scanner.scan')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const suppressions = await readSuppressions(tx, actor.organisationId);
        // Scanned once; the suppressions are applied to the result so the count of what they hid is known.
        const all = scanText(text);
        const findings = applySuppressions(all, suppressions);
        // The text itself is never stored or logged: only that a scan happened and what it found.
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'scanner.scanned',
          entityType: 'text',
          ip: actor.ip,
          details: {
            characters: text.length,
            findings: findings.map((f) => f.rule),
            suppressed: all.length - findings.length,
          },
        });
        return { findings, suppressed: all.length - findings.length };
      });
    },

    async listSuppressions(actor: Actor) {
      if (!scanningPolicy.can(actor, 'scanner.scan')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => ({
        items: (await repo.listSuppressions(tx, actor.organisationId)).map((s) => ({
          id: s.id,
          rule: s.rule,
          excerpt: s.excerpt,
          reason: s.reason,
          createdBy: s.created_by_name ?? null,
          createdAt: s.created_at.toISOString(),
          liftedAt: s.lifted_at?.toISOString() ?? null,
        })),
        rules: listRules().map((r) => ({
          id: r.id,
          kind: r.kind,
          type: r.type,
          severity: r.severity,
          description: r.description,
        })),
      }));
    },

    async addSuppression(
      actor: Actor,
      input: { rule: string; excerpt?: string | null | undefined; reason: string },
    ) {
      if (!scanningPolicy.can(actor, 'scanner.suppress')) throw forbidden();
      if (!listRules().some((r) => r.id === input.rule)) {
        throw invalidInput('Choose one of the scanner’s rules.', [
          { path: 'rule', message: `There is no rule “${input.rule}”.` },
        ]);
      }
      return inTransaction(db, ctx(actor), async (tx) => {
        const excerpt = input.excerpt ? normaliseExcerpt(input.excerpt) : null;
        const { id } = await repo.insertSuppression(tx, actor.organisationId, {
          rule: input.rule,
          excerpt,
          reason: input.reason,
          createdBy: actor.userId,
        });
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'scanner.suppression_added',
          entityType: 'scanner_suppression',
          entityId: id,
          ip: actor.ip,
          details: { rule: input.rule, forOneExcerpt: Boolean(excerpt) },
        });
        return { id };
      });
    },

    async liftSuppression(actor: Actor, suppressionId: string) {
      if (!scanningPolicy.can(actor, 'scanner.suppress')) throw forbidden();
      return inTransaction(db, ctx(actor), async (tx) => {
        const result = await repo.liftSuppression(tx, actor.organisationId, suppressionId, actor.userId);
        if (Number(result.numUpdatedRows) !== 1) throw notFound('That active suppression');
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'scanner.suppression_lifted',
          entityType: 'scanner_suppression',
          entityId: suppressionId,
          ip: actor.ip,
        });
      });
    },
  };
}

export type ScanningService = ReturnType<typeof createScanningService>;
