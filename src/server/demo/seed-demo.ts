import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/tables.ts';
import { DEMO_ACCOUNTS, DEMO_ORGANISATION, DEMO_PASSWORD } from './demo-accounts.ts';
import { demoPolicyPack } from './demo-policy.ts';
import {
  createAdoptedPolicy,
  createConcern,
  createMember,
  createOrganisation,
  createPerson,
} from './factories.ts';

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
  const youngPeople: Record<string, string> = {};
  for (const [name, schoolId] of [
    ['Amira', school],
    ['Kai', school],
    ['Maisie', academy],
    ['Oliver', academy],
    ['Zainab', academy],
  ] as const) {
    youngPeople[name] = await createPerson(owner, { organisationId, kind: 'young_person', name, schoolId });
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
  await seedDemoConcerns(owner, organisationId, memberIds, youngPeople);
  return organisationId;
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

/** A few realistic cases in different states: new and overdue, open, closed, and an allegation. */
async function seedDemoConcerns(
  owner: Kysely<Database>,
  organisationId: string,
  m: Record<string, string>,
  yp: Record<string, string>,
) {
  const dsl = m.dsl as string;
  const deputy = m.deputy_dsl as string;
  const volunteer = m.volunteer as string;
  const staff = m.staff as string;
  await createConcern(owner, {
    organisationId,
    reporterUserId: m.online_safety_coordinator as string,
    reportedAt: hoursAgo(24 * 40),
    whatHappened:
      'Maisie told me she had been watching videos about not eating and showed me a list of "safe foods" she had been sent in the comments.',
    ownWords: 'Everyone on there does it, it is not a big deal.',
    types: ['self_harm'],
    riskAreas: ['content', 'contact'],
    platform: 'TikTok comments',
    involved: [{ personId: yp.Maisie as string, involvement: 'subject' }],
    status: 'closed',
    riskLevel: 'medium',
    assignedTo: deputy,
    outcome: 'Support in place; school nurse involved',
    entries: [
      {
        kind: 'triaged',
        actorUserId: dsl,
        occurredAt: hoursAgo(24 * 40 - 3),
        data: {
          riskLevel: 'medium',
          decision: 'Speak to Maisie and her parent; involve the school nurse',
          rationale: 'Exposure to harmful content, no disclosure of harm so far.',
        },
      },
      {
        kind: 'parents_informed',
        actorUserId: deputy,
        occurredAt: hoursAgo(24 * 39),
        data: {
          informed: true,
          how: 'phone',
          byUserId: deputy,
          note: 'Mum was aware and welcomed the call.',
        },
      },
      {
        kind: 'support',
        actorUserId: deputy,
        occurredAt: hoursAgo(24 * 38),
        data: { for: 'young_person', description: 'Weekly check-in with her key worker for four weeks.' },
      },
      {
        kind: 'review',
        actorUserId: dsl,
        occurredAt: hoursAgo(24 * 10),
        data: {
          notes: 'Maisie reports she has unfollowed the accounts; school nurse sessions ongoing.',
          resolved: true,
        },
      },
      {
        kind: 'closed',
        actorUserId: dsl,
        occurredAt: hoursAgo(24 * 10),
        data: {
          outcome: 'Support in place; school nurse involved',
          reason: 'No further concerns at review.',
        },
      },
    ],
  });
  await createConcern(owner, {
    organisationId,
    reporterUserId: staff,
    reportedAt: hoursAgo(24 * 6),
    whatHappened:
      'Amira showed me messages from an adult she met in a game who asked her to move to a private app and send a photo.',
    ownWords: 'He said I was mature for my age and that my mum would not understand.',
    types: ['grooming'],
    riskAreas: ['contact'],
    platform: 'Roblox chat, then Snapchat',
    involved: [
      { personId: yp.Amira as string, involvement: 'subject' },
      { description: 'Snapchat user "jay_x_2008"', involvement: 'alleged_perpetrator' },
    ],
    status: 'open',
    riskLevel: 'high',
    assignedTo: dsl,
    nextReviewAt: new Date(Date.now() + 5 * 24 * 3600_000),
    entries: [
      {
        kind: 'triaged',
        actorUserId: dsl,
        occurredAt: hoursAgo(24 * 6 - 1),
        data: {
          riskLevel: 'high',
          decision: 'Refer to CEOP and children’s social care',
          rationale: 'An adult seeking images and secrecy from a 13-year-old: grooming indicators.',
        },
      },
      {
        kind: 'referral',
        actorUserId: dsl,
        occurredAt: hoursAgo(24 * 6 - 2),
        data: {
          agency: 'ceop',
          agencyReference: 'CEOP-77120',
          note: 'Reported online with screenshots described, not copied.',
        },
      },
      {
        kind: 'referral',
        actorUserId: dsl,
        occurredAt: hoursAgo(24 * 6 - 3),
        data: { agency: 'childrens_social_care', agencyReference: 'MASH-2026-4471' },
      },
      {
        kind: 'parents_informed',
        actorUserId: dsl,
        occurredAt: hoursAgo(24 * 5),
        data: { informed: true, how: 'in_person', byUserId: dsl },
      },
      {
        kind: 'review_scheduled',
        actorUserId: dsl,
        occurredAt: hoursAgo(24 * 5),
        data: { nextReviewAt: new Date(Date.now() + 5 * 24 * 3600_000).toISOString() },
      },
    ],
  });
  await createConcern(owner, {
    organisationId,
    reporterUserId: volunteer,
    reportedAt: hoursAgo(30),
    whatHappened:
      'Kai was upset after the session. Others in the club WhatsApp group have been posting edited photos of him with mocking captions.',
    types: ['bullying'],
    riskAreas: ['conduct'],
    platform: 'Club WhatsApp group',
    involved: [{ personId: yp.Kai as string, involvement: 'subject' }],
  });
  await createConcern(owner, {
    organisationId,
    reporterUserId: volunteer,
    reportedAt: hoursAgo(2),
    whatHappened:
      'A young person told me a member of staff has been messaging her late at night from a personal Snapchat account.',
    types: ['grooming'],
    riskAreas: ['contact'],
    platform: 'Snapchat (personal account)',
    involved: [{ personId: yp.Zainab as string, involvement: 'subject' }],
    allegationSubjectUserId: staff,
  });
}
