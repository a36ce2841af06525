import { type Expression, type SqlBool, sql } from 'kysely';
import type { ConcernRiskLevel, ConcernStatus } from '../../platform/db/tables.ts';
import type { Tx } from '../../platform/db/tenancy.ts';

/** Who is looking, as the visibility rule needs it. */
export type Viewer = { userId: string; isLead: boolean; isDsl: boolean };

/**
 * Need to know, in SQL so lists, counts and searches can never show more than the case page:
 * never the allegation's subject; restricted cases only to the DSL and people the DSL named;
 * other cases to the DSL, deputies and the coordinator.
 */
export function visibleTo(v: Viewer): Expression<SqlBool> {
  return sql<SqlBool>`(c.allegation_subject_user_id is distinct from ${v.userId}::uuid and (
    (not c.restricted and ${v.isLead}::boolean)
    or (c.restricted and (${v.isDsl}::boolean or exists (
      select 1 from concern_access a
      where a.organisation_id = c.organisation_id and a.concern_id = c.id
        and a.user_id = ${v.userId}::uuid and a.revoked_at is null)))))`;
}

export async function nextReferenceNumber(tx: Tx, organisationId: string): Promise<number> {
  await sql`select pg_advisory_xact_lock(hashtext('concern-ref:' || ${organisationId}))`.execute(tx);
  const row = await tx
    .selectFrom('concerns')
    .select((eb) => eb.fn.max('reference_number').as('n'))
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export type NewConcern = {
  reference_number: number;
  reporter_user_id: string;
  happened_at: Date | null;
  location_kind: string;
  platform: string | null;
  place: string | null;
  what_happened: string;
  own_words: string | null;
  image_description: string | null;
  immediate_danger: boolean;
  risk_areas: string[];
  types: string[];
  other_type: string | null;
  allegation_subject_user_id: string | null;
  allegation_subject_person_id: string | null;
  lado_due_at: Date | null;
  restricted: boolean;
  triage_due_at: Date;
  reported_at: Date;
};

export const insertConcern = (tx: Tx, organisationId: string, v: NewConcern) =>
  tx
    .insertInto('concerns')
    .values({ ...v, organisation_id: organisationId, updated_at: v.reported_at })
    .returning(['id', 'reference_number', 'status', 'reported_at'])
    .executeTakeFirstOrThrow();

export const insertInvolved = (
  tx: Tx,
  organisationId: string,
  concernId: string,
  rows: Array<{ person_id: string | null; description: string | null; involvement: string }>,
) =>
  rows.length
    ? tx
        .insertInto('concern_people')
        .values(rows.map((r) => ({ ...r, organisation_id: organisationId, concern_id: concernId })))
        .execute()
    : Promise.resolve();

export const insertEntry = (
  tx: Tx,
  organisationId: string,
  e: {
    concern_id: string;
    kind: string;
    actor_user_id: string;
    occurred_at?: Date;
    related_entry_id?: string | null;
    data?: Record<string, unknown>;
  },
) =>
  tx
    .insertInto('concern_entries')
    .values({
      organisation_id: organisationId,
      concern_id: e.concern_id,
      kind: e.kind,
      actor_user_id: e.actor_user_id,
      ...(e.occurred_at ? { occurred_at: e.occurred_at } : {}),
      related_entry_id: e.related_entry_id ?? null,
      data: JSON.stringify(e.data ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export const findEntry = (tx: Tx, organisationId: string, concernId: string, entryId: string) =>
  tx
    .selectFrom('concern_entries')
    .select(['id', 'kind', 'data'])
    .where('organisation_id', '=', organisationId)
    .where('concern_id', '=', concernId)
    .where('id', '=', entryId)
    .executeTakeFirst();

export const updateConcern = (
  tx: Tx,
  organisationId: string,
  concernId: string,
  v: Partial<{
    status: ConcernStatus;
    risk_level: ConcernRiskLevel;
    assigned_to: string | null;
    triaged_at: Date;
    next_review_at: Date | null;
    closed_at: Date | null;
    outcome: string | null;
    restricted: boolean;
  }>,
) =>
  tx
    .updateTable('concerns')
    .set({ ...v, updated_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', concernId)
    .execute();

const summaryColumns = [
  'c.id',
  'c.reference_number',
  'c.status',
  'c.risk_level',
  'c.types',
  'c.reported_at',
  'c.triage_due_at',
  'c.next_review_at',
  'c.immediate_danger',
  'c.restricted',
  'c.allegation_subject_user_id',
  'c.allegation_subject_person_id',
  'assignee.name as assigned_to_name',
] as const;

const fromConcerns = (tx: Tx) =>
  tx.selectFrom('concerns as c').leftJoin('users as assignee', 'assignee.id', 'c.assigned_to');

/** Lists say "more than 1,000" rather than counting every case. */
export const TOTAL_CAP = 1000;

export type ListFilter = {
  q?: string | undefined;
  status?: ConcernStatus | undefined;
  riskLevel?: ConcernRiskLevel | undefined;
  type?: string | undefined;
  personId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  overdue?: boolean;
  limit: number;
  offset: number;
};

export async function listConcerns(tx: Tx, organisationId: string, viewer: Viewer, f: ListFilter) {
  let q = fromConcerns(tx).where('c.organisation_id', '=', organisationId).where(visibleTo(viewer));
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.riskLevel) q = q.where('c.risk_level', '=', f.riskLevel);
  if (f.type) q = q.where(sql<SqlBool>`c.types @> array[${f.type}]::text[]`);
  if (f.from) q = q.where(sql<SqlBool>`c.reported_at >= (${f.from}::date at time zone 'Europe/London')`);
  if (f.to) q = q.where(sql<SqlBool>`c.reported_at < ((${f.to}::date + 1) at time zone 'Europe/London')`);
  if (f.overdue) {
    q = q.where(
      sql<SqlBool>`((c.status = 'new' and c.triage_due_at < now()) or (c.status <> 'closed' and c.next_review_at < now()))`,
    );
  }
  if (f.personId) {
    const personId = f.personId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('concern_people as cp')
          .select(sql`1`.as('one'))
          .whereRef('cp.organisation_id', '=', 'c.organisation_id')
          .whereRef('cp.concern_id', '=', 'c.id')
          .where('cp.person_id', '=', personId),
      ),
    );
  }
  // Matches come from concern_search_ids (see migration 0003): an index search within this
  // organisation, then read here under RLS like any other row.
  if (f.q)
    q = q.where(sql<SqlBool>`c.id = any(array(select concern_search_ids(${organisationId}::uuid, ${f.q})))`);
  // A search reads its matches by id and sorts them: ordering by an expression stops the planner
  // walking the whole organisation by date, which a LIMIT would otherwise tempt it to do. Without
  // a search, the date index serves the page directly and the count stops at the cap.
  // (A page past the last match returns no rows and so a total of 0; the web app never asks for one.)
  if (f.q) {
    // One pass over the matches: the page and, by a window, how many there are.
    const rows = await q
      .select([...summaryColumns, sql<string>`count(*) over ()`.as('full_count')])
      .orderBy(sql`c.reported_at + interval '0 seconds'`, 'desc')
      .orderBy('c.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    const total = rows.length ? Number(rows[0]?.full_count) : 0;
    return { items: rows.map(({ full_count: _, ...r }) => r), total };
  }
  const [items, count] = await Promise.all([
    q
      .select(summaryColumns)
      .orderBy('c.reported_at', 'desc')
      .orderBy('c.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    tx
      .selectFrom(
        q
          .select('c.id')
          .limit(TOTAL_CAP + 1)
          .as('capped'),
      )
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst(),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}
export type SummaryRow = Awaited<ReturnType<typeof listConcerns>>['items'][number];

export const findConcern = (tx: Tx, organisationId: string, concernId: string) =>
  fromConcerns(tx)
    .innerJoin('users as reporter', 'reporter.id', 'c.reporter_user_id')
    .leftJoin('users as subject_user', 'subject_user.id', 'c.allegation_subject_user_id')
    .leftJoin('people as subject_person', (j) =>
      j
        .onRef('subject_person.organisation_id', '=', 'c.organisation_id')
        .onRef('subject_person.id', '=', 'c.allegation_subject_person_id'),
    )
    .select([
      ...summaryColumns,
      'c.reporter_user_id',
      'reporter.name as reporter_name',
      'c.happened_at',
      'c.location_kind',
      'c.platform',
      'c.place',
      'c.what_happened',
      'c.own_words',
      'c.image_description',
      'c.risk_areas',
      'c.other_type',
      'c.assigned_to',
      'c.lado_due_at',
      'c.triaged_at',
      'c.closed_at',
      'c.outcome',
      'subject_user.name as subject_user_name',
      'subject_person.name as subject_person_name',
    ])
    .where('c.organisation_id', '=', organisationId)
    .where('c.id', '=', concernId)
    .executeTakeFirst();
export type ConcernRow = NonNullable<Awaited<ReturnType<typeof findConcern>>>;

export const canView = async (tx: Tx, organisationId: string, concernId: string, viewer: Viewer) =>
  Boolean(
    await tx
      .selectFrom('concerns as c')
      .select('c.id')
      .where('c.organisation_id', '=', organisationId)
      .where('c.id', '=', concernId)
      .where(visibleTo(viewer))
      .executeTakeFirst(),
  );

export const listInvolved = (tx: Tx, organisationId: string, concernId: string) =>
  tx
    .selectFrom('concern_people as cp')
    .leftJoin('people as p', (j) =>
      j.onRef('p.organisation_id', '=', 'cp.organisation_id').onRef('p.id', '=', 'cp.person_id'),
    )
    .select(['cp.person_id', 'p.name', 'p.kind', 'cp.description', 'cp.involvement'])
    .where('cp.organisation_id', '=', organisationId)
    .where('cp.concern_id', '=', concernId)
    .orderBy('cp.created_at')
    .orderBy('cp.id')
    .execute();

export const listEntries = (tx: Tx, organisationId: string, concernIds: string[]) =>
  concernIds.length
    ? tx
        .selectFrom('concern_entries as e')
        .leftJoin('users as u', 'u.id', 'e.actor_user_id')
        .innerJoin('concerns as c', (j) =>
          j.onRef('c.organisation_id', '=', 'e.organisation_id').onRef('c.id', '=', 'e.concern_id'),
        )
        .select([
          'e.id',
          'e.concern_id',
          'c.reference_number',
          'e.kind',
          'e.occurred_at',
          'e.recorded_at',
          'e.related_entry_id',
          'e.data',
          'u.name as actor_name',
        ])
        .where('e.organisation_id', '=', organisationId)
        .where('e.concern_id', 'in', concernIds)
        .orderBy('e.occurred_at')
        .orderBy('e.recorded_at')
        .orderBy('e.id')
        .execute()
    : Promise.resolve([]);

export const listNamedPeople = (tx: Tx, organisationId: string, concernId: string) =>
  tx
    .selectFrom('concern_access as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'u.name'])
    .where('a.organisation_id', '=', organisationId)
    .where('a.concern_id', '=', concernId)
    .where('a.revoked_at', 'is', null)
    .orderBy('u.name')
    .execute();

export const grantAccess = (tx: Tx, organisationId: string, concernId: string, userId: string, by: string) =>
  tx
    .insertInto('concern_access')
    .values({ organisation_id: organisationId, concern_id: concernId, user_id: userId, granted_by: by })
    .execute();

export const revokeAccess = (tx: Tx, organisationId: string, concernId: string, userId: string) =>
  tx
    .updateTable('concern_access')
    .set({ revoked_at: new Date() })
    .where('organisation_id', '=', organisationId)
    .where('concern_id', '=', concernId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();

export const listMyReports = (tx: Tx, organisationId: string, userId: string) =>
  tx
    .selectFrom('concerns')
    .select(['reference_number', 'status', 'reported_at', 'allegation_subject_user_id', 'restricted'])
    .where('organisation_id', '=', organisationId)
    .where('reporter_user_id', '=', userId)
    .orderBy('reported_at', 'desc')
    .limit(200)
    .execute();

/** Members of the organisation, active, with their roles: for assignment, naming and alerts. */
export const listActiveMembers = (tx: Tx, organisationId: string) =>
  tx
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'm.roles'])
    .where('m.organisation_id', '=', organisationId)
    .where('m.disabled_at', 'is', null)
    .where('u.disabled_at', 'is', null)
    .execute();

export const findPeople = (tx: Tx, organisationId: string, ids: string[]) =>
  ids.length
    ? tx
        .selectFrom('people')
        .select(['id', 'kind'])
        .where('organisation_id', '=', organisationId)
        .where('id', 'in', ids)
        .execute()
    : Promise.resolve([]);

/**
 * Counts from the trigger-kept concern_counts table, so the dashboard costs the same at 1,000 or
 * 100,000 cases. Trustees (viewer null) count every case. A lead counts unrestricted cases from the
 * table and adds, live, the few restricted cases they may open. Nothing but numbers leaves here.
 */
export async function counts(tx: Tx, organisationId: string, viewer: Viewer | null) {
  const restrictedRows = viewer
    ? sql`
      union all
      select date_trunc('month', c.reported_at at time zone 'Europe/London')::date, c.status, t, 1
      from concerns c, unnest(array['*'] || c.types) as t
      where c.organisation_id = ${organisationId} and c.restricted and ${visibleTo(viewer)}`
    : sql``;
  const visible = viewer
    ? sql`c.organisation_id = ${organisationId} and ${visibleTo(viewer)}`
    : sql`c.organisation_id = ${organisationId}`;
  const r = await sql<{
    by_status: Record<string, number> | null;
    by_type: Record<string, number> | null;
    by_month: Array<{ month: string; count: number }> | null;
    overdue_count: string;
  }>`
    with v (month, status, type, n) as (
      select month, status, type, n from concern_counts
      where organisation_id = ${organisationId} and (${viewer === null}::boolean or not restricted)
      ${restrictedRows}
    )
    select
      (select jsonb_object_agg(status, n) from (
        select status, sum(n)::int n from v where type = '*' group by status having sum(n) > 0) s) as by_status,
      (select jsonb_object_agg(type, n) from (
        select type, sum(n)::int n from v where type <> '*' group by type having sum(n) > 0) s) as by_type,
      (select jsonb_agg(jsonb_build_object('month', to_char(month, 'YYYY-MM'), 'count', n) order by month) from (
        select month, sum(n)::int n from v
        where type = '*' and month >= (date_trunc('month', now() at time zone 'Europe/London') - interval '11 months')::date
        group by month having sum(n) > 0) s) as by_month,
      (select count(*) from concerns c
        where ${visible} and c.status <> 'closed'
          and ((c.status = 'new' and c.triage_due_at < now()) or c.next_review_at < now())) as overdue_count`.execute(
    tx,
  );
  const row = r.rows[0];
  const byStatus = row?.by_status ?? {};
  return {
    total: Object.values(byStatus).reduce((a, b) => a + b, 0),
    byStatus,
    byType: row?.by_type ?? {},
    byMonth: row?.by_month ?? [],
    newCount: byStatus.new ?? 0,
    overdueCount: Number(row?.overdue_count ?? 0),
  };
}

export const readDraft = (tx: Tx, organisationId: string, userId: string) =>
  tx
    .selectFrom('concern_drafts')
    .select(['data', 'updated_at'])
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

export const saveDraft = (
  tx: Tx,
  organisationId: string,
  userId: string,
  data: Record<string, unknown> | null,
) =>
  tx
    .insertInto('concern_drafts')
    .values({
      organisation_id: organisationId,
      user_id: userId,
      data: data === null ? null : JSON.stringify(data),
    })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'user_id']).doUpdateSet({
        data: data === null ? null : JSON.stringify(data),
        updated_at: new Date(),
      }),
    )
    .execute();
