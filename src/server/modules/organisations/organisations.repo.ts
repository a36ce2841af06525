import type { Selectable } from 'kysely';
import type { OrganisationsTable, YoungPersonNames } from '../../platform/db/tables.ts';
import type { Tx } from '../../platform/db/tenancy.ts';

/** As a query, so the service can run it on the one-round-trip read path. */
export const findOrganisationQuery = (db: Tx, organisationId: string) =>
  db.selectFrom('organisations').selectAll().where('id', '=', organisationId);

export type OrganisationRow = Selectable<OrganisationsTable>;

export const findOrganisation = (tx: Tx, organisationId: string) =>
  findOrganisationQuery(tx, organisationId).executeTakeFirst();

export const updateOrganisation = (
  tx: Tx,
  organisationId: string,
  patch: { name?: string; young_person_names?: YoungPersonNames },
) => tx.updateTable('organisations').set(patch).where('id', '=', organisationId).execute();

export async function readYoungPersonNames(tx: Tx, organisationId: string): Promise<YoungPersonNames> {
  return (await findOrganisation(tx, organisationId))?.young_person_names ?? 'first_name';
}
