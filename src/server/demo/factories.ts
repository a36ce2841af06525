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
