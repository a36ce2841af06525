import type { YoungPersonNames } from '../../platform/db/tables.ts';
import type { Tx } from '../../platform/db/tenancy.ts';

export const findOrganisation = (tx: Tx, organisationId: string) =>
  tx.selectFrom('organisations').selectAll().where('id', '=', organisationId).executeTakeFirst();

export const updateOrganisation = (
  tx: Tx,
  organisationId: string,
  patch: { name?: string; young_person_names?: YoungPersonNames },
) => tx.updateTable('organisations').set(patch).where('id', '=', organisationId).execute();

export async function readYoungPersonNames(tx: Tx, organisationId: string): Promise<YoungPersonNames> {
  return (await findOrganisation(tx, organisationId))?.young_person_names ?? 'first_name';
}
