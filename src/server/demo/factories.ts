import type { Kysely } from 'kysely';
import type { PolicyPack } from '../modules/policies/pack/pack.schema.ts';
import { nextReviewDue } from '../modules/policies/pack/review-schedule.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { Role } from '../platform/auth/roles.ts';
import type { Database, PersonKind, YoungPersonNames } from '../platform/db/tables.ts';
import { inTransaction } from '../platform/db/tenancy.ts';

/**
 * Builders used by the demo seed, `haven init`, `haven users add` and the tests alike, so tests
 * exercise the same data the demo shows. They run as the owner role: creating an organisation
 * is an operator's act, outside any tenant.
 */
export async function createOrganisation(
  owner: Kysely<Database>,
  o: { name: string; slug: string; youngPersonNames?: YoungPersonNames },
): Promise<string> {
  const { id } = await owner
    .insertInto('organisations')
    .values({ name: o.name, slug: o.slug, young_person_names: o.youngPersonNames ?? 'first_name' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await inTransaction(owner, { organisationId: id }, (tx) =>
    recordAudit(tx, {
      organisationId: id,
      actorUserId: null,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: id,
    }),
  );
  return id;
}

export async function createMember(
  owner: Kysely<Database>,
  m: {
    organisationId: string;
    email: string;
    name: string;
    roles: Role[];
    password: string;
    totpSecret?: string | undefined;
  },
): Promise<string> {
  const email = m.email.toLowerCase();
  const existing = await owner.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  const userId =
    existing?.id ??
    (
      await owner
        .insertInto('users')
        .values({
          email,
          name: m.name,
          password_hash: await hashPassword(m.password),
          password_changed_at: new Date(),
          totp_secret: m.totpSecret ?? null,
          totp_enabled_at: m.totpSecret ? new Date() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  await owner
    .insertInto('memberships')
    .values({ organisation_id: m.organisationId, user_id: userId, roles: m.roles })
    .onConflict((oc) => oc.columns(['organisation_id', 'user_id']).doUpdateSet({ roles: m.roles }))
    .execute();
  await inTransaction(owner, { organisationId: m.organisationId }, (tx) =>
    recordAudit(tx, {
      organisationId: m.organisationId,
      actorUserId: null,
      action: 'users.member_added',
      entityType: 'user',
      entityId: userId,
      details: { roles: m.roles, by: 'operator' },
    }),
  );
  return userId;
}

export async function createPerson(
  owner: Kysely<Database>,
  p: {
    organisationId: string;
    kind: PersonKind;
    name: string;
    email?: string;
    phone?: string;
    roleTitle?: string;
    schoolId?: string;
    notes?: string;
  },
): Promise<string> {
  const { id } = await owner
    .insertInto('people')
    .values({
      organisation_id: p.organisationId,
      kind: p.kind,
      name: p.name,
      email: p.email ?? null,
      phone: p.phone ?? null,
      role_title: p.roleTitle ?? null,
      school_id: p.schoolId ?? null,
      notes: p.notes ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** An adopted policy version (pack already validated), as if the DSL had adopted it. */
export async function createAdoptedPolicy(
  owner: Kysely<Database>,
  p: { organisationId: string; pack: PolicyPack; adoptedBy: string | null; summary: string; at?: Date },
): Promise<string> {
  const at = p.at ?? new Date();
  return inTransaction(owner, { organisationId: p.organisationId }, async (tx) => {
    const { id } = await tx
      .insertInto('policy_versions')
      .values({
        organisation_id: p.organisationId,
        version_number: 1,
        status: 'adopted',
        pack: JSON.stringify(p.pack),
        title: p.pack.title,
        source: 'shipped',
        summary_of_changes: p.summary,
        created_by: p.adoptedBy,
        adopted_by: p.adoptedBy,
        adopted_at: at,
        next_review_due: nextReviewDue(at, p.pack.rules.review),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('organisations')
      .set({ young_person_names: p.pack.rules.people.youngPersonNames })
      .where('id', '=', p.organisationId)
      .execute();
    await recordAudit(tx, {
      organisationId: p.organisationId,
      actorUserId: p.adoptedBy,
      action: 'policy.adopted',
      entityType: 'policy_version',
      entityId: id,
      details: { versionNumber: 1 },
    });
    return id;
  });
}

export type ConcernEntrySeed = {
  kind: string;
  actorUserId: string;
  occurredAt: Date;
  data?: Record<string, unknown>;
};

/** A concern as if it had been reported (and worked on) through the app; for demo data and tests. */
export async function createConcern(
  owner: Kysely<Database>,
  c: {
    organisationId: string;
    reporterUserId: string;
    reportedAt?: Date;
    whatHappened: string;
    ownWords?: string;
    types: string[];
    riskAreas?: string[];
    locationKind?: 'online' | 'offline' | 'both' | 'unknown';
    platform?: string;
    place?: string;
    immediateDanger?: boolean;
    involved: Array<{ personId?: string; description?: string; involvement: string }>;
    allegationSubjectUserId?: string;
    status?: 'new' | 'open' | 'closed';
    riskLevel?: 'low' | 'medium' | 'high' | 'immediate';
    assignedTo?: string;
    nextReviewAt?: Date;
    outcome?: string;
    entries?: ConcernEntrySeed[];
  },
): Promise<string> {
  const reportedAt = c.reportedAt ?? new Date();
  return inTransaction(owner, { organisationId: c.organisationId }, async (tx) => {
    const max = await tx
      .selectFrom('concerns')
      .select((eb) => eb.fn.max('reference_number').as('n'))
      .where('organisation_id', '=', c.organisationId)
      .executeTakeFirst();
    const entries = c.entries ?? [];
    const closed =
      c.status === 'closed' ? (entries.findLast((e) => e.kind === 'closed')?.occurredAt ?? new Date()) : null;
    const triaged = entries.find((e) => e.kind === 'triaged')?.occurredAt ?? null;
    const { id } = await tx
      .insertInto('concerns')
      .values({
        organisation_id: c.organisationId,
        reference_number: Number(max?.n ?? 0) + 1,
        reporter_user_id: c.reporterUserId,
        reported_at: reportedAt,
        happened_at: null,
        location_kind: c.locationKind ?? 'online',
        platform: c.platform ?? null,
        place: c.place ?? null,
        what_happened: c.whatHappened,
        own_words: c.ownWords ?? null,
        image_description: null,
        immediate_danger: c.immediateDanger ?? false,
        risk_areas: c.riskAreas ?? [],
        types: c.types,
        other_type: null,
        allegation_subject_user_id: c.allegationSubjectUserId ?? null,
        allegation_subject_person_id: null,
        lado_due_at: c.allegationSubjectUserId ? new Date(reportedAt.getTime() + 24 * 3600_000) : null,
        restricted: Boolean(c.allegationSubjectUserId),
        status: c.status ?? 'new',
        risk_level: c.riskLevel ?? null,
        assigned_to: c.assignedTo ?? null,
        triage_due_at: new Date(reportedAt.getTime() + 24 * 3600_000),
        triaged_at: triaged,
        next_review_at: c.nextReviewAt ?? null,
        closed_at: closed,
        outcome: c.outcome ?? null,
        updated_at: reportedAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('concern_people')
      .values(
        c.involved.map((p) => ({
          organisation_id: c.organisationId,
          concern_id: id,
          person_id: p.personId ?? null,
          description: p.description ?? null,
          involvement: p.involvement,
        })),
      )
      .execute();
    for (const e of [
      { kind: 'reported', actorUserId: c.reporterUserId, occurredAt: reportedAt, data: {} },
      ...entries,
    ]) {
      await tx
        .insertInto('concern_entries')
        .values({
          organisation_id: c.organisationId,
          concern_id: id,
          kind: e.kind,
          actor_user_id: e.actorUserId,
          occurred_at: e.occurredAt,
          recorded_at: e.occurredAt,
          data: JSON.stringify(e.data ?? {}),
        })
        .execute();
    }
    return id;
  });
}
