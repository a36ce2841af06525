import { sql } from 'kysely';
import type { PersonKind } from '../../platform/db/tables.ts';
import type { Tx } from '../../platform/db/tenancy.ts';

export type PersonRow = {
  id: string;
  kind: PersonKind;
  name: string;
  email: string | null;
  phone: string | null;
  role_title: string | null;
  school_id: string | null;
  school_name: string | null;
  notes: string;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
};

const personColumns = (tx: Tx) =>
  tx
    .selectFrom('people as p')
    .leftJoin('people as s', (j) =>
      j.onRef('s.organisation_id', '=', 'p.organisation_id').onRef('s.id', '=', 'p.school_id'),
    )
    .select([
      'p.id',
      'p.kind',
      'p.name',
      'p.email',
      'p.phone',
      'p.role_title',
      'p.school_id',
      's.name as school_name',
      'p.notes',
      'p.created_at',
      'p.updated_at',
      'p.archived_at',
    ]);

export type ListFilter = {
  q?: string;
  kind?: PersonKind;
  includeArchived: boolean;
  limit: number;
  offset: number;
};

export async function listPeople(
  tx: Tx,
  organisationId: string,
  f: ListFilter,
): Promise<{ items: PersonRow[]; total: number }> {
  let q = personColumns(tx).where('p.organisation_id', '=', organisationId);
  if (f.kind) q = q.where('p.kind', '=', f.kind);
  if (!f.includeArchived) q = q.where('p.archived_at', 'is', null);
  if (f.q) {
    const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(p.name)`, 'like', pattern),
        eb(sql`lower(coalesce(p.email, ''))`, 'like', pattern),
      ]),
    );
  }
  const [items, count] = await Promise.all([
    q.orderBy('p.name').orderBy('p.id').limit(f.limit).offset(f.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst(),
  ]);
  return { items: items as PersonRow[], total: Number(count?.n ?? 0) };
}

export const findPerson = async (tx: Tx, organisationId: string, personId: string) =>
  (await personColumns(tx)
    .where('p.organisation_id', '=', organisationId)
    .where('p.id', '=', personId)
    .executeTakeFirst()) as PersonRow | undefined;

export const findSchoolByName = (tx: Tx, organisationId: string, name: string) =>
  tx
    .selectFrom('people')
    .select(['id', 'name'])
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', 'school')
    .where(sql`lower(name)`, '=', name.toLowerCase())
    .where('archived_at', 'is', null)
    .executeTakeFirst();

export type PersonValues = {
  kind: PersonKind;
  name: string;
  email: string | null;
  phone: string | null;
  role_title: string | null;
  school_id: string | null;
  notes: string;
};

export const insertPerson = (tx: Tx, organisationId: string, createdBy: string, v: PersonValues) =>
  tx
    .insertInto('people')
    .values({ ...v, organisation_id: organisationId, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();

export const updatePerson = (
  tx: Tx,
  organisationId: string,
  personId: string,
  v: Partial<PersonValues> & { archived_at?: Date },
) =>
  tx
    .updateTable('people')
    .set({ ...v, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', personId)
    .execute();

export const listAllForExport = async (tx: Tx, organisationId: string) =>
  (await personColumns(tx)
    .where('p.organisation_id', '=', organisationId)
    .where('p.archived_at', 'is', null)
    .orderBy('p.kind')
    .orderBy('p.name')
    .execute()) as PersonRow[];
