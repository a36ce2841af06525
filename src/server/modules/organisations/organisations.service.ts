import type { Kysely } from 'kysely';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/roles.ts';
import type { Database, YoungPersonNames } from '../../platform/db/tables.ts';
import { inTransaction } from '../../platform/db/tenancy.ts';
import type { TenantReader } from '../../platform/db/tenant-read.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { organisationsPolicy } from './organisations.policy.ts';
import * as repo from './organisations.repo.ts';

const present = (o: repo.OrganisationRow) => ({
  id: o.id,
  name: o.name,
  slug: o.slug,
  youngPersonNames: o.young_person_names,
  createdAt: o.created_at.toISOString(),
});

export function createOrganisationsService({ db, read }: { db: Kysely<Database>; read: TenantReader }) {
  return {
    async getOrganisation(actor: Actor) {
      if (!organisationsPolicy.can(actor, 'organisation.read')) throw forbidden();
      const [org] = await read(actor, repo.findOrganisationQuery(db, actor.organisationId));
      if (!org) throw notFound('Your organisation');
      return present(org);
    },

    async updateOrganisation(
      actor: Actor,
      patch: { name?: string | undefined; youngPersonNames?: YoungPersonNames | undefined },
    ) {
      if (!organisationsPolicy.can(actor, 'organisation.manage')) throw forbidden();
      return inTransaction(db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
        await repo.updateOrganisation(tx, actor.organisationId, {
          ...(patch.name ? { name: patch.name } : {}),
          ...(patch.youngPersonNames ? { young_person_names: patch.youngPersonNames } : {}),
        });
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.userId,
          action: 'organisation.updated',
          entityType: 'organisation',
          entityId: actor.organisationId,
          ip: actor.ip,
          details: { fields: Object.keys(patch) },
        });
        const org = await repo.findOrganisation(tx, actor.organisationId);
        if (!org) throw notFound('Your organisation');
        return present(org);
      });
    },
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
