import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import { loadPackFile } from '../../src/server/modules/policies/pack/load-pack.ts';
import type { PolicyPack } from '../../src/server/modules/policies/pack/pack.schema.ts';
import {
  packPath,
  type ShippedPackId,
  sourcePath,
} from '../../src/server/modules/policies/pack/shipped-packs.ts';
import { getEffectiveRules } from '../../src/server/modules/policies/policies.rules.ts';
import { findPoliciesDueForReview } from '../../src/server/modules/policies/policies.service.ts';
import type { Role } from '../../src/server/platform/auth/roles.ts';
import { inTransaction } from '../../src/server/platform/db/tenancy.ts';
import type { Agent } from '../support/agent.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;
const agents = {} as Record<Role, Agent>;

const pack = (id: ShippedPackId): PolicyPack => {
  const r = loadPackFile(packPath(id));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pack;
};

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers();
  for (const role of Object.keys(org.members) as Role[]) agents[role] = await t.signIn(org.members[role]);
});
afterAll(() => t.close());

const rulesOf = (organisationId: string) =>
  inTransaction(t.dbs.app, { organisationId, userId: org.members.admin.userId }, (tx) =>
    getEffectiveRules(tx, organisationId),
  );

async function draft(p: PolicyPack = pack('solutions-not-sides'), summary = 'First version in Haven') {
  const res = await agents.online_safety_coordinator.post('/api/policy/versions', {
    pack: p,
    summaryOfChanges: summary,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; versionNumber: number };
}

const versionCount = async () =>
  Number(
    (
      await t.dbs.owner
        .selectFrom('policy_versions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organisation_id', '=', org.id)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('versions, adoption and effective rules', () => {
  it('uses the NSPCC template’s rules until a version is adopted', async () => {
    expect(await rulesOf(org.id)).toEqual(pack('nspcc-template').rules);
    expect((await agents.staff.get('/api/policy')).statusCode).toBe(404);
  });

  it('a draft is not in force, and staff cannot see it', async () => {
    const { id, versionNumber } = await draft();
    expect(versionNumber).toBe(1);
    expect((await agents.staff.get(`/api/policy/versions/${id}`)).statusCode).toBe(404);
    const seen = (await agents.online_safety_coordinator.get(`/api/policy/versions/${id}`)).json();
    expect(seen.status).toBe('draft');
    expect(seen.pack.rules.sessions.teacherJoinsMinutesBefore).toBe(10);
    expect(await rulesOf(org.id)).toEqual(pack('nspcc-template').rules);
  });

  it('a malformed pack is refused field by field and changes nothing', async () => {
    const before = await versionCount();
    const bad = structuredClone(pack('solutions-not-sides')) as unknown as {
      rules: { review: { month: number }; socialMedia: { minAccessHolders: number } };
    };
    bad.rules.review.month = 13;
    bad.rules.socialMedia.minAccessHolders = 0;
    const res = await agents.online_safety_coordinator.post('/api/policy/versions', {
      pack: bad,
      summaryOfChanges: 'Broken',
    });
    expect(res.statusCode).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('pack.rules.review.month');
    expect(paths).toContain('pack.rules.socialMedia.minAccessHolders');
    expect(await versionCount()).toBe(before);
  });

  it('adopting needs the DSL or an admin, sets the review date and the naming rule, and changes the rules', async () => {
    const p = structuredClone(pack('solutions-not-sides'));
    p.rules.people.youngPersonNames = 'initials';
    const { id } = await draft(p, 'Adopted from the Solutions Not Sides policy');
    expect((await agents.online_safety_coordinator.post(`/api/policy/versions/${id}/adopt`)).statusCode).toBe(
      403,
    );
    const res = await agents.dsl.post(`/api/policy/versions/${id}/adopt`);
    expect(res.statusCode, res.body).toBe(200);
    const adopted = res.json();
    expect(adopted.status).toBe('adopted');
    // "This policy will be reviewed annually in August."
    expect(adopted.nextReviewDue).toMatch(/^\d{4}-08-31T/);
    const orgRow = await t.dbs.owner
      .selectFrom('organisations')
      .select('young_person_names')
      .where('id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(orgRow.young_person_names).toBe('initials');
    const rules = await rulesOf(org.id);
    expect(rules.sessions.allowOneToOne).toBe(false);
    expect(rules.communication.contactYoungPeopleVia).toBe('teacher');
    expect((await agents.dsl.post(`/api/policy/versions/${id}/adopt`)).statusCode).toBe(409);
    const audit = await t.dbs.owner
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', id)
      .where('action', '=', 'policy.adopted')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('everyone reads the adopted version; a newer adoption supersedes it and fills the revision history', async () => {
    const first = (await agents.volunteer.get('/api/policy')).json();
    expect(first.pack.organisation.name).toBe('Solutions Not Sides');
    const { id } = await draft(
      pack('cavernoma-alliance-uk'),
      'Passwords changed quarterly; daily monitoring',
    );
    expect((await agents.admin.post(`/api/policy/versions/${id}/adopt`)).statusCode).toBe(200);
    const now = (await agents.trustee.get('/api/policy')).json();
    expect(now.id).toBe(id);
    // CAUK's own table, then one row per version adopted in Haven.
    expect(
      now.revisionHistory.map((r: { summary: string; byWhom: string }) => [r.summary, r.byWhom]),
    ).toEqual([
      ['Policy developed', 'EYF Ltd. for CAUK'],
      ['Adopted from the Solutions Not Sides policy', 'dsl person'],
      ['Passwords changed quarterly; daily monitoring', 'admin person'],
    ]);
    const old = (await agents.dsl.get(`/api/policy/versions/${first.id}`)).json();
    expect(old.status).toBe('superseded');
    expect((await rulesOf(org.id)).passwords.rotationInterval).toBe('P3M');
    const versions = (await agents.online_safety_coordinator.get('/api/policy/versions')).json();
    expect(versions.items.map((v: { status: string }) => v.status)).toEqual([
      'adopted',
      'superseded',
      'draft',
    ]);
  });
});

describe('read-confirmations (R-POL-4, R-POL-5)', () => {
  it('staff confirm the adopted version; the coordinator sees who has not and reminds them', async () => {
    const adopted = (await agents.staff.get('/api/policy')).json();
    const superseded = (await agents.online_safety_coordinator.get('/api/policy/versions'))
      .json()
      .items.find((v: { status: string }) => v.status === 'superseded');
    expect(
      (
        await agents.staff.post('/api/policy/confirmations', {
          versionId: superseded.id,
          document: 'online_safety_policy',
        })
      ).statusCode,
    ).toBe(409);
    for (const document of ['online_safety_policy', 'acceptable_use_policy']) {
      const res = await agents.staff.post('/api/policy/confirmations', { versionId: adopted.id, document });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await agents.staff.get('/api/policy')).json().myConfirmations.sort()).toEqual([
      'acceptable_use_policy',
      'online_safety_policy',
    ]);
    const list = (await agents.online_safety_coordinator.get('/api/policy/confirmations')).json();
    const staff = list.people.find((p: { userId: string }) => p.userId === org.members.staff.userId);
    expect(staff.onlineSafetyPolicyConfirmedAt).not.toBeNull();
    expect(list.notConfirmed).toBe(6);

    const reminders = await agents.online_safety_coordinator.post('/api/policy/confirmations/reminders');
    expect(reminders.json()).toEqual({ reminded: 6 });
    const mail = await t.dbs.owner
      .selectFrom('mail_outbox')
      .select('to_address')
      .where('organisation_id', '=', org.id)
      .where('kind', '=', 'policy_read_reminder')
      .execute();
    const to = mail.map((m) => m.to_address);
    expect(to).toContain(org.members.volunteer.email);
    expect(to).not.toContain(org.members.staff.email);
  });

  it('a newly adopted version asks everyone again', async () => {
    const { id } = await draft(pack('cavernoma-alliance-uk'), 'Annual review, no changes');
    await agents.dsl.post(`/api/policy/versions/${id}/adopt`);
    const list = (await agents.dsl.get('/api/policy/confirmations')).json();
    expect(list.versionId).toBe(id);
    expect(list.notConfirmed).toBe(7);
  });
});

describe('documents', () => {
  it('the adopted version downloads as PDF and Word with its revision history, and as an HTML page', async () => {
    const adopted = (await agents.volunteer.get('/api/policy')).json();
    const pdf = await agents.volunteer.get(`/api/policy/versions/${adopted.id}/document?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(
      /^attachment; filename="cavernoma-alliance-uk-online-safety-policy-v\d+\.pdf"$/,
    );
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await agents.volunteer.get(`/api/policy/versions/${adopted.id}/document?format=docx`);
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
    const { value } = await mammoth.extractRawText({ buffer: docx.rawPayload });
    expect(value).toContain('Adopted from the Solutions Not Sides policy');
    const html = await agents.volunteer.get(`/api/policy/versions/${adopted.id}/document?format=html`);
    expect(html.body).toContain('<h1>Cavernoma Alliance UK Safety Online Policy</h1>');
    expect(
      (await agents.volunteer.get(`/api/policy/versions/${adopted.id}/document?format=odt`)).statusCode,
    ).toBe(400);
  });
});

describe('import by upload', () => {
  const upload = (a: Agent, fileName: string, content: Buffer | string) =>
    a.post('/api/policy/imports', { fileName, contentBase64: Buffer.from(content).toString('base64') });

  it('proposes a pack from a policy, with each value’s source sentence, and saves nothing until asked', async () => {
    const before = await versionCount();
    const text = readFileSync(sourcePath('solutions-not-sides.txt'));
    const res = await upload(agents.online_safety_coordinator, 'sns.txt', text);
    expect(res.statusCode, res.body).toBe(200);
    const proposal = res.json();
    expect(proposal.pack.rules.socialMedia.minAccessHolders).toBe(3);
    expect(proposal.recognised).toContainEqual({
      path: 'rules.socialMedia.minAccessHolders',
      value: 3,
      source:
        'All social media accounts will be password-protected, and at least three members of staff will have access to each account and password',
    });
    expect(await versionCount()).toBe(before);
    const saved = await agents.online_safety_coordinator.post('/api/policy/versions', {
      pack: proposal.pack,
      summaryOfChanges: 'Imported from our Word policy',
      source: 'import',
    });
    expect(saved.statusCode).toBe(201);
    expect(
      (await agents.online_safety_coordinator.get(`/api/policy/versions/${saved.json().id}`)).json().source,
    ).toBe('import');
  });

  it('an unreadable upload and a file that is not a policy get a clear message and change nothing', async () => {
    const before = await versionCount();
    const broken = await upload(
      agents.online_safety_coordinator,
      'policy.docx',
      Buffer.from([0x50, 0x4b, 3, 4, 9, 9]),
    );
    expect(broken.statusCode).toBe(422);
    expect(broken.json().errors[0]).toMatchObject({
      path: 'file',
      message: expect.stringMatching(/Word document/),
    });
    const notPolicy = await upload(
      agents.online_safety_coordinator,
      'list.txt',
      'Shopping list\n\n- eggs\n- milk\n',
    );
    expect(notPolicy.statusCode).toBe(422);
    expect(notPolicy.json().detail).toMatch(/does not look like an online safety policy/);
    const pdf = await upload(agents.online_safety_coordinator, 'policy.pdf', '%PDF-1.7');
    expect(pdf.json().errors[0].message).toMatch(/\.docx/);
    expect(await versionCount()).toBe(before);
  });

  it('staff cannot import', async () => {
    expect((await upload(agents.staff, 'sns.txt', 'x')).statusCode).toBe(403);
  });
});

describe('reviews due', () => {
  it('lists a review due within 30 days, or overdue, for the DSL and coordinator and for compliance queries', async () => {
    expect((await agents.dsl.get('/api/policy/reviews-due')).json().items).toEqual([]);
    const soon = new Date(Date.now() + 10 * 86_400_000);
    await t.dbs.owner
      .updateTable('policy_versions')
      .set({ next_review_due: soon })
      .where('organisation_id', '=', org.id)
      .where('status', '=', 'adopted')
      .execute();
    const due = (await agents.online_safety_coordinator.get('/api/policy/reviews-due')).json().items;
    expect(due).toHaveLength(1);
    expect(due[0].state).toBe('due_soon');
    const later = new Date(Date.now() + 20 * 86_400_000);
    const overdue = await inTransaction(
      t.dbs.app,
      { organisationId: org.id, userId: org.members.dsl.userId },
      (tx) => findPoliciesDueForReview(tx, org.id, later),
    );
    expect(overdue[0]?.state).toBe('overdue');
  });
});

describe('cross-tenant', () => {
  it('another organisation sees none of these versions and cannot adopt or confirm them', async () => {
    const other = await t.createOrganisationWithMembers('Other Org');
    const adminB = await t.signIn(other.members.admin);
    const adoptedA = (await agents.admin.get('/api/policy')).json();
    expect((await adminB.get('/api/policy')).statusCode).toBe(404);
    expect((await adminB.get('/api/policy/versions')).json().items).toEqual([]);
    expect((await adminB.get(`/api/policy/versions/${adoptedA.id}`)).statusCode).toBe(404);
    expect((await adminB.post(`/api/policy/versions/${adoptedA.id}/adopt`)).statusCode).toBe(404);
    expect(
      (
        await adminB.post('/api/policy/confirmations', {
          versionId: adoptedA.id,
          document: 'online_safety_policy',
        })
      ).statusCode,
    ).toBe(409);
    expect(await rulesOf(other.id)).toEqual(pack('nspcc-template').rules);
  });
});

describe('demo data', () => {
  it('the demo organisation has an adopted policy with its own name and contacts', async () => {
    const demoId = await seedDemo(t.dbs.owner);
    const adopted = await t.dbs.owner
      .selectFrom('policy_versions')
      .select(['status', 'pack', 'next_review_due'])
      .where('organisation_id', '=', demoId)
      .executeTakeFirstOrThrow();
    const demoPack = adopted.pack as PolicyPack;
    expect(adopted.status).toBe('adopted');
    expect(demoPack.organisation.name).toBe('Riverside Youth Project');
    expect(demoPack.contacts.dsl.name).toBe('Grace Okafor');
    expect(adopted.next_review_due).toBeInstanceOf(Date);
    const rules = await inTransaction(t.dbs.app, { organisationId: demoId }, (tx) =>
      getEffectiveRules(tx, demoId),
    );
    expect(rules).toEqual(pack('nspcc-template').rules);
  });
});

const ALL: Role[] = [
  'admin',
  'dsl',
  'deputy_dsl',
  'online_safety_coordinator',
  'staff',
  'volunteer',
  'trustee',
];
const LEADS: Role[] = ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator'];

type Route = { name: string; call: (a: Agent) => Promise<{ statusCode: number }>; allowed: Role[] };
const ROUTES: Route[] = [
  { name: 'GET /api/policy', call: (a) => a.get('/api/policy'), allowed: ALL },
  {
    name: 'GET /api/policy/versions/:id/document',
    call: async (a) =>
      a.get(`/api/policy/versions/${(await agents.admin.get('/api/policy')).json().id}/document?format=pdf`),
    allowed: ALL,
  },
  { name: 'GET /api/policy/versions', call: (a) => a.get('/api/policy/versions'), allowed: LEADS },
  {
    name: 'POST /api/policy/versions',
    call: (a) =>
      a.post('/api/policy/versions', { pack: pack('pacso'), summaryOfChanges: 'Role table draft' }),
    allowed: LEADS,
  },
  {
    name: 'POST /api/policy/versions/:id/adopt',
    call: async (a) => a.post(`/api/policy/versions/${(await draft()).id}/adopt`),
    allowed: ['admin', 'dsl'],
  },
  {
    name: 'POST /api/policy/confirmations',
    call: async (a) =>
      a.post('/api/policy/confirmations', {
        versionId: (await agents.admin.get('/api/policy')).json().id,
        document: 'online_safety_policy',
      }),
    allowed: ALL,
  },
  {
    name: 'POST /api/policy/imports',
    call: (a) =>
      a.post('/api/policy/imports', {
        fileName: 'pacso.txt',
        contentBase64: readFileSync(sourcePath('pacso.txt')).toString('base64'),
      }),
    allowed: LEADS,
  },
  { name: 'GET /api/policy/confirmations', call: (a) => a.get('/api/policy/confirmations'), allowed: LEADS },
  {
    name: 'POST /api/policy/confirmations/reminders',
    call: (a) => a.post('/api/policy/confirmations/reminders'),
    allowed: ['admin', 'dsl', 'online_safety_coordinator'],
  },
  { name: 'GET /api/policy/reviews-due', call: (a) => a.get('/api/policy/reviews-due'), allowed: LEADS },
];

describe.each(ROUTES)('authorisation: $name', (route) => {
  it.each(ALL)('%s', async (role) => {
    const res = await route.call(agents[role]);
    if (route.allowed.includes(role)) expect(res.statusCode, `${role}`).toBeLessThan(300);
    else expect(res.statusCode, `${role}`).toBe(403);
  });
});

describe('abilities', () => {
  it('the session tells the web app what each role may do with the policy', async () => {
    const abilities = async (role: Role) =>
      (await agents[role].get('/api/auth/session')).json().abilities as Record<string, boolean>;
    const coordinator = await abilities('online_safety_coordinator');
    expect([coordinator['policy.draft'], coordinator['policy.remind'], coordinator['policy.adopt']]).toEqual([
      true,
      true,
      false,
    ]);
    expect((await abilities('dsl'))['policy.adopt']).toBe(true);
    const volunteer = await abilities('volunteer');
    expect([volunteer['policy.read'], volunteer['policy.confirm'], volunteer['policy.draft']]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
