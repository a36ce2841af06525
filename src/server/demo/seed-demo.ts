import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/tables.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION, DEMO_PASSWORD } from './demo-accounts.ts';
import { demoPolicyPack } from './demo-policy.ts';
import { createAdoptedPolicy, createMember, createOrganisation, createPerson } from './factories.ts';

/** True when the database holds no organisation yet: only then is demo data added. */
export async function isEmptyDatabase(owner: Kysely<Database>): Promise<boolean> {
  return !(await owner.selectFrom('organisations').select('id').limit(1).executeTakeFirst());
}

export async function seedDemo(owner: Kysely<Database>): Promise<string> {
  const organisationId = await createOrganisation(owner, {
    ...DEMO_ORGANISATION,
    youngPersonNames: 'first_name',
  });
  const memberIds: Record<string, string> = {};
  for (const a of DEMO_ACCOUNTS) {
    memberIds[a.role] = await createMember(owner, {
      organisationId,
      email: a.email,
      name: a.name,
      roles: [a.role],
      password: DEMO_PASSWORD,
      totpSecret: a.totpSecret,
    });
  }
  const school = await createPerson(owner, {
    organisationId,
    kind: 'school',
    name: 'Oakfield Primary School',
    phone: '+442079460123',
    email: 'office@oakfield.example',
  });
  const academy = await createPerson(owner, {
    organisationId,
    kind: 'school',
    name: 'Hartley Academy',
    email: 'safeguarding@hartley.example',
  });
  await createPerson(owner, {
    organisationId,
    kind: 'teacher',
    name: 'Helen Marsh',
    email: 'h.marsh@oakfield.example',
    roleTitle: 'Year 6 teacher and school DSL',
    schoolId: school,
  });
  await createPerson(owner, {
    organisationId,
    kind: 'teacher',
    name: 'David Osei',
    email: 'd.osei@hartley.example',
    roleTitle: 'Head of Year 9',
    schoolId: academy,
  });
  for (const [name, schoolId] of [
    ['Amira', school],
    ['Kai', school],
    ['Maisie', academy],
    ['Oliver', academy],
    ['Zainab', academy],
  ] as const) {
    await createPerson(owner, { organisationId, kind: 'young_person', name, schoolId });
  }
  await createPerson(owner, {
    organisationId,
    kind: 'parent_carer',
    name: 'Nadia Rahman',
    phone: '+442079460456',
    roleTitle: 'Mother of Amira',
  });
  await createPerson(owner, {
    organisationId,
    kind: 'parent_carer',
    name: 'Lee Turner',
    email: 'lee.turner@example.com',
    roleTitle: 'Foster carer of Kai',
  });
  await createPerson(owner, {
    organisationId,
    kind: 'consultant',
    name: 'Ruth Bennett',
    roleTitle: 'Art therapist (sessional)',
    email: 'ruth@bennett-therapy.example',
  });
  await createPerson(owner, {
    organisationId,
    kind: 'contractor',
    name: 'Tech4Good Ltd',
    roleTitle: 'IT support contractor',
  });
  await createPerson(owner, {
    organisationId,
    kind: 'visitor',
    name: 'Alex Morgan',
    roleTitle: 'Journalist, Riverside Gazette (programme visit)',
  });
  await createAdoptedPolicy(owner, {
    organisationId,
    pack: demoPolicyPack(),
    adoptedBy: memberIds.dsl ?? null,
    summary: 'Adopted the NSPCC online safety policy statement for Riverside Youth Project',
  });
  return organisationId;
}
