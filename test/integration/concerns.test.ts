import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/demo/seed-demo.ts';
import type { Role } from '../../src/server/platform/auth/roles.ts';
import { APP_ROLE } from '../../src/server/platform/db/database.ts';
import type { Agent } from '../support/agent.ts';
import { TEST_APP_PASSWORD } from '../support/constants.ts';
import { createTestApp, currentCode, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
const as = {} as Record<Role, Agent>;

const ALL: Role[] = [
  'admin',
  'dsl',
  'deputy_dsl',
  'online_safety_coordinator',
  'staff',
  'volunteer',
  'trustee',
];
const CASE_READERS: Role[] = ['dsl', 'deputy_dsl', 'online_safety_coordinator'];

const report = (over: Record<string, unknown> = {}) => ({
  involved: [{ personId: org.youngPersonId, involvement: 'subject' }],
  whatHappened: 'Amira showed me messages from an adult asking her to move the chat to a private app.',
  ownWords: 'He said I was mature for my age and not to tell my mum.',
  happenedAt: new Date(Date.now() - 3600_000).toISOString(),
  locationKind: 'online',
  platform: 'Instagram direct messages',
  immediateDanger: false,
  riskAreas: ['contact'],
  types: ['grooming'],
  ...over,
});

async function stepUp(role: Role) {
  const member = org.members[role];
  await t.dbs.owner
    .updateTable('users')
    .set({ totp_last_counter: null })
    .where('id', '=', member.userId)
    .execute();
  const res = await as[role].post('/api/auth/step-up', { code: currentCode(member.totpSecret as string) });
  expect(res.statusCode).toBeLessThan(300);
}

async function newCase(over: Record<string, unknown> = {}) {
  const res = await as.volunteer.post('/api/concerns', report(over));
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; reference: string };
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers('Riverside Youth Project');
  other = await t.createOrganisationWithMembers('Other Charity');
  for (const role of ALL) as[role] = await t.signIn(org.members[role]);
});
afterAll(() => t.close());

describe('reporting a concern', () => {
  it('gives the volunteer a reference and alerts the DSL and deputy by email without the content', async () => {
    const before = await t.dbs.owner
      .selectFrom('mail_outbox')
      .select('id')
      .where('organisation_id', '=', org.id)
      .where('kind', '=', 'concern_alert')
      .execute();
    const res = await as.volunteer.post('/api/concerns', report({ immediateDanger: true }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.reference).toMatch(/^C-\d{4}$/);
    expect(body.status).toBe('new');

    const mail = await t.dbs.owner
      .selectFrom('mail_outbox')
      .select(['to_address', 'subject', 'body_text', 'kind'])
      .where('organisation_id', '=', org.id)
      .where('kind', '=', 'concern_alert')
      .execute();
    expect(mail).toHaveLength(before.length + 2);
    const to = mail.map((m) => m.to_address).sort();
    expect(to).toEqual([org.members.deputy_dsl.email, org.members.dsl.email].sort());
    for (const m of mail) {
      // Issue 4: "the email says only that a concern exists, its risk level and the reporter, never its content".
      expect(m.body_text).toContain(body.reference);
      expect(m.body_text).toContain('volunteer person');
      expect(m.body_text).toMatch(/immediate danger/);
      expect(m.body_text).not.toMatch(/Amira|Instagram|mature|messages from an adult/);
      expect(m.subject).not.toMatch(/Amira|grooming/i);
    }

    // The DSL is told in the app: the new case is in the list of new concerns.
    const inbox = (await as.dsl.get('/api/concerns?status=new')).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(body.id);
    expect((await as.dsl.get('/api/concerns/counts')).json().newCount).toBeGreaterThanOrEqual(1);
  });

  it('lets reporters see their reports’ status, never the case file', async () => {
    const { id, reference } = await newCase();
    const mine = (await as.volunteer.get('/api/concerns/mine')).json();
    expect(mine.items.find((i: { reference: string }) => i.reference === reference)).toMatchObject({
      status: 'new',
    });
    expect(Object.keys(mine.items[0]).sort()).toEqual(['allegation', 'reference', 'reportedAt', 'status']);
    expect((await as.volunteer.get(`/api/concerns/${id}`)).statusCode).toBe(403);
    expect((await as.staff.get('/api/concerns')).statusCode).toBe(403);
  });

  it('refuses an incomplete report with field errors and stores nothing', async () => {
    const count = async () =>
      (await t.dbs.owner.selectFrom('concerns').select('id').where('organisation_id', '=', org.id).execute())
        .length;
    const n = await count();
    const res = await as.volunteer.post('/api/concerns', report({ types: [], platform: '' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('types');
    const res2 = await as.volunteer.post('/api/concerns', report({ platform: '' }));
    expect(res2.statusCode).toBe(422);
    expect(res2.json().errors).toEqual([
      { path: 'platform', message: 'Say which platform, app or channel it happened on.' },
    ]);
    const res3 = await as.volunteer.post(
      '/api/concerns',
      report({ involved: [{ description: '', involvement: 'subject' }] }),
    );
    expect(res3.statusCode).toBe(422);
    expect(res3.json().errors[0].path).toBe('involved.0.description');
    const res4 = await as.volunteer.post(
      '/api/concerns',
      report({ involved: [{ personId: other.youngPersonId, involvement: 'subject' }] }),
    );
    expect(res4.statusCode).toBe(422);
    expect(res4.json().errors[0].path).toBe('involved.0.personId');
    expect(await count()).toBe(n);
  });

  it('accepts an unknown person or online account and a description of images instead of the images', async () => {
    const res = await as.staff.post(
      '/api/concerns',
      report({
        involved: [{ description: 'Instagram account @sk8r_boi_2009', involvement: 'alleged_perpetrator' }],
        imageDescription:
          'A photo of a young person in underwear was shown to me on his phone; I did not copy it.',
        types: ['sharing_nudes', 'other'],
        otherType: 'Pressure to meet',
      }),
    );
    expect(res.statusCode).toBe(201);
    const c = (await as.dsl.get(`/api/concerns/${res.json().id}`)).json();
    expect(c.involved).toEqual([
      expect.objectContaining({ personId: null, description: 'Instagram account @sk8r_boi_2009' }),
    ]);
    expect(c.imageDescription).toMatch(/did not copy it/);
    expect(c.otherType).toBe('Pressure to meet');
  });

  it('keeps a draft on the server until the report is sent, so a reload loses nothing', async () => {
    const draft = { whatHappened: 'Half-typed account of what Sam said', types: ['bullying'] };
    expect((await as.staff.request('PUT', '/api/concerns/draft', { data: draft })).statusCode).toBe(200);
    // A reload is a new request, possibly from a new page: the draft comes back as it was typed.
    const again = (await as.staff.get('/api/concerns/draft')).json();
    expect(again.data).toEqual(draft);
    expect(again.updatedAt).toEqual(expect.any(String));
    // Another reporter never sees it.
    expect((await as.volunteer.get('/api/concerns/draft')).json().data?.whatHappened).not.toBe(
      draft.whatHappened,
    );
    await as.staff.post('/api/concerns', report());
    expect((await as.staff.get('/api/concerns/draft')).json()).toEqual({ data: null, updatedAt: null });
  });
});

describe('triage, actions, review and closure', () => {
  it('runs a case from triage to closure with every step in the chronology', async () => {
    const { id } = await newCase();
    const triage = await as.dsl.post(`/api/concerns/${id}/triage`, {
      riskLevel: 'high',
      assignedTo: org.members.deputy_dsl.userId,
      decision: 'Refer to children’s social care and the LADO',
      rationale: 'An adult seeking to move a child to a private channel is a grooming indicator.',
    });
    expect(triage.statusCode).toBe(200);
    expect(triage.json()).toMatchObject({
      status: 'open',
      riskLevel: 'high',
      assignedToName: 'deputy_dsl person',
    });

    const entries: Array<[Record<string, unknown>, number]> = [
      [
        {
          kind: 'decision',
          decision: 'Not to refer to the police yet',
          rationale: 'No offence disclosed so far.',
          notToRefer: true,
        },
        200,
      ],
      [
        {
          kind: 'referral',
          agency: 'lado',
          agencyReference: 'LADO-2026-114',
          note: 'Spoke to the duty LADO.',
        },
        200,
      ],
      [{ kind: 'parents_informed', informed: true, how: 'phone' }, 200],
      [{ kind: 'parents_informed', informed: false }, 422],
      [{ kind: 'support', for: 'young_person', description: 'Weekly check-in with her key worker.' }, 200],
      [
        {
          kind: 'task',
          title: 'Check the group chat settings',
          ownerUserId: org.members.staff.userId,
          dueAt: new Date(Date.now() + 86400_000).toISOString(),
        },
        200,
      ],
      [{ kind: 'review_scheduled', nextReviewAt: new Date(Date.now() + 7 * 86400_000).toISOString() }, 200],
      [{ kind: 'review_scheduled', nextReviewAt: new Date(Date.now() - 86400_000).toISOString() }, 422],
    ];
    for (const [body, status] of entries) {
      const res = await as.dsl.post(`/api/concerns/${id}/entries`, body);
      expect({ kind: body.kind, status: res.statusCode }).toEqual({ kind: body.kind, status });
    }
    let c = (await as.dsl.get(`/api/concerns/${id}`)).json();
    const task = c.chronology.find((e: { kind: string }) => e.kind === 'task');
    const referral = c.chronology.find((e: { kind: string }) => e.kind === 'referral');
    expect(referral.data).toMatchObject({ agency: 'lado', agencyReference: 'LADO-2026-114' });
    expect(
      (await as.deputy_dsl.post(`/api/concerns/${id}/entries`, { kind: 'task_done', taskId: task.id }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await as.online_safety_coordinator.post(`/api/concerns/${id}/entries`, {
          kind: 'referral_outcome',
          referralId: referral.id,
          outcome: 'LADO advised no further action for the organisation.',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await as.dsl.post(`/api/concerns/${id}/entries`, {
          kind: 'review',
          notes: 'No further contact from the account.',
          resolved: true,
        })
      ).statusCode,
    ).toBe(200);

    // Closing needs an outcome and a reason; reopening needs a reason.
    expect((await as.dsl.post(`/api/concerns/${id}/close`, { outcome: 'Resolved' })).statusCode).toBe(422);
    const closed = await as.dsl.post(`/api/concerns/${id}/close`, {
      outcome: 'Resolved',
      reason: 'Account blocked and reported; support in place.',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'Resolved' });
    expect(
      (await as.dsl.post(`/api/concerns/${id}/entries`, { kind: 'support', for: 'family', description: 'x' }))
        .statusCode,
    ).toBe(409);
    expect((await as.dsl.post(`/api/concerns/${id}/reopen`, {})).statusCode).toBe(422);
    expect(
      (await as.dsl.post(`/api/concerns/${id}/reopen`, { reason: 'A new message arrived.' })).json().status,
    ).toBe('open');

    c = (await as.dsl.get(`/api/concerns/${id}`)).json();
    expect(c.chronology.map((e: { kind: string }) => e.kind)).toEqual([
      'reported',
      'triaged',
      'decision',
      'referral',
      'parents_informed',
      'support',
      'task',
      'review_scheduled',
      'task_done',
      'referral_outcome',
      'review',
      'closed',
      'reopened',
    ]);
    const times = c.chronology.map((e: { occurredAt: string }) => e.occurredAt);
    expect([...times].sort()).toEqual(times);
  });

  it('makes triage due from the concern rules (PT24H by default) and shows overdue cases', async () => {
    const { id } = await newCase();
    const c = (await as.dsl.get(`/api/concerns/${id}`)).json();
    expect(new Date(c.triageDueAt).getTime() - new Date(c.reportedAt).getTime()).toBe(24 * 3600_000);
    expect(c.triageOverdue).toBe(false);
    await t.dbs.owner
      .updateTable('concerns')
      .set({ triage_due_at: new Date(Date.now() - 60_000) })
      .where('organisation_id', '=', org.id)
      .where('id', '=', id)
      .execute();
    const overdue = (await as.dsl.get('/api/concerns?overdue=true')).json();
    expect(overdue.items.find((i: { id: string }) => i.id === id)).toMatchObject({ triageOverdue: true });
  });

  it('never changes the original report: corrections are addenda with a reason', async () => {
    const { id } = await newCase();
    const original = (await as.dsl.get(`/api/concerns/${id}`)).json().whatHappened;
    expect((await as.dsl.patch(`/api/concerns/${id}`, { whatHappened: 'Rewritten' })).statusCode).toBe(404);
    expect(
      (
        await as.dsl.post(`/api/concerns/${id}/entries`, {
          kind: 'addendum',
          text: 'It was Snapchat, not Instagram.',
        })
      ).statusCode,
    ).toBe(422);
    const add = await as.dsl.post(`/api/concerns/${id}/entries`, {
      kind: 'addendum',
      text: 'It was Snapchat, not Instagram.',
      reason: 'Amira corrected the platform the next day.',
    });
    expect(add.statusCode).toBe(200);
    expect(add.json().whatHappened).toBe(original);
    expect(add.json().platform).toBe('Instagram direct messages');
    expect(add.json().chronology.at(-1)).toMatchObject({
      kind: 'addendum',
      data: { reason: 'Amira corrected the platform the next day.' },
    });

    // Even the serving role cannot edit the report or remove an entry in SQL.
    const client = new pg.Client({
      connectionString: t.url.replace(/\/\/[^@]+@/, `//${APP_ROLE}:${TEST_APP_PASSWORD}@`),
    });
    await client.connect();
    try {
      await client.query('begin');
      await client.query("select set_config('app.organisation_id', $1, true)", [org.id]);
      await expect(
        client.query('update concerns set what_happened = $1 where id = $2', ['x', id]),
      ).rejects.toThrow(/permission denied/);
      await client.query('rollback');
      await client.query('begin');
      await client.query("select set_config('app.organisation_id', $1, true)", [org.id]);
      await expect(client.query('delete from concern_entries where concern_id = $1', [id])).rejects.toThrow(
        /permission denied/,
      );
      await client.query('rollback');
      await client.query('begin');
      await client.query("select set_config('app.organisation_id', $1, true)", [org.id]);
      await expect(client.query('delete from concerns where id = $1', [id])).rejects.toThrow(
        /permission denied/,
      );
      await client.query('rollback');
      // The search function answers only for the caller's own organisation.
      await client.query('begin');
      await client.query("select set_config('app.organisation_id', $1, true)", [other.id]);
      const leaked = await client.query('select concern_search_ids($1, $2)', [org.id, 'Amira']);
      expect(leaked.rowCount).toBe(0);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});

describe('need to know', () => {
  it('keeps an allegation against staff from its subject and from everyone the DSL has not named', async () => {
    const res = await as.volunteer.post('/api/allegations', {
      ...report({
        types: ['emotional_abuse'],
        locationKind: 'offline',
        platform: null,
        place: 'Youth club hall',
      }),
      subjectUserId: org.members.staff.userId,
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    // R-INC-10: visible only to the DSL and people the DSL names, never to the subject.
    for (const role of ['staff', 'deputy_dsl', 'online_safety_coordinator'] as Role[]) {
      const list = await as[role].get('/api/concerns');
      if (list.statusCode === 200)
        expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
      expect([403, 404]).toContain((await as[role].get(`/api/concerns/${id}`)).statusCode);
    }
    const mail = await t.dbs.owner
      .selectFrom('mail_outbox')
      .select('to_address')
      .where('kind', '=', 'concern_alert')
      .where('subject', 'like', '%allegation%')
      .execute();
    expect(mail.map((m) => m.to_address)).toEqual([org.members.dsl.email]);

    // Opening a restricted case asks for the second factor again.
    const first = await as.dsl.get(`/api/concerns/${id}`);
    expect(first.statusCode).toBe(403);
    expect(first.json().type).toBe('urn:haven:problem:step-up-required');
    await stepUp('dsl');
    const c = (await as.dsl.get(`/api/concerns/${id}`)).json();
    expect(c).toMatchObject({
      allegation: true,
      restricted: true,
      allegationSubjectName: 'staff person',
      ladoReferralDue: true,
    });
    expect(new Date(c.ladoDueAt).getTime()).toBeGreaterThan(new Date(c.reportedAt).getTime());

    // The subject is never given the case or a task on it.
    expect(
      (await as.dsl.post(`/api/concerns/${id}/assign`, { assignedTo: org.members.staff.userId })).json()
        .errors[0].path,
    ).toBe('assignedTo');
    // The subject can never be named; the deputy can.
    expect(
      (
        await as.dsl.post(`/api/concerns/${id}/access`, {
          restricted: true,
          namedUserIds: [org.members.staff.userId],
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await as.dsl.post(`/api/concerns/${id}/access`, {
          restricted: true,
          namedUserIds: [org.members.deputy_dsl.userId],
        })
      ).statusCode,
    ).toBe(200);
    expect((await as.deputy_dsl.get(`/api/concerns/${id}`)).statusCode).toBe(403);
    await stepUp('deputy_dsl');
    expect((await as.deputy_dsl.get(`/api/concerns/${id}`)).statusCode).toBe(200);
    // Still never the subject, who also does not appear in any count of cases they could open.
    expect((await as.staff.get(`/api/concerns/${id}`)).statusCode).toBe(403);

    // Outcomes for allegations are the five set ones.
    expect(
      (await as.dsl.post(`/api/concerns/${id}/close`, { outcome: 'Resolved', reason: 'Done.' })).statusCode,
    ).toBe(422);
    expect(
      (
        await as.dsl.post(`/api/concerns/${id}/close`, {
          outcome: 'unfounded',
          reason: 'LADO found no basis.',
        })
      ).json().outcome,
    ).toBe('unfounded');
  });

  it('gives trustees counts only', async () => {
    const counts = await as.trustee.get('/api/concerns/counts');
    expect(counts.statusCode).toBe(200);
    expect(Object.keys(counts.json()).sort()).toEqual([
      'byMonth',
      'byStatus',
      'byType',
      'newCount',
      'overdueCount',
      'total',
    ]);
    expect(counts.json().total).toBeGreaterThan(0);
    expect((await as.trustee.get('/api/concerns')).statusCode).toBe(403);
  });

  it('keeps the dashboard counts equal to the cases, through closing, reopening and restricting', async () => {
    const live = async () => {
      const rows = await t.dbs.owner
        .selectFrom('concerns')
        .select(['status', 'types', 'restricted'])
        .where('organisation_id', '=', org.id)
        .execute();
      const byStatus: Record<string, number> = {};
      const byType: Record<string, number> = {};
      for (const r of rows) {
        byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
        for (const ty of r.types) byType[ty] = (byType[ty] ?? 0) + 1;
      }
      return { byStatus, byType, total: rows.length, unrestricted: rows.filter((r) => !r.restricted).length };
    };
    const { id } = await newCase({ types: ['radicalisation'] });
    await as.dsl.post(`/api/concerns/${id}/close`, { outcome: 'Resolved', reason: 'Checked.' });
    await as.dsl.post(`/api/concerns/${id}/reopen`, { reason: 'More information.' });
    await as.dsl.post(`/api/concerns/${id}/access`, { restricted: true, namedUserIds: [] });
    const expected = await live();
    const trustee = (await as.trustee.get('/api/concerns/counts')).json();
    expect({ byStatus: trustee.byStatus, byType: trustee.byType, total: trustee.total }).toEqual({
      byStatus: expected.byStatus,
      byType: expected.byType,
      total: expected.total,
    });
    // The coordinator cannot open restricted cases, so they are not in the coordinator's counts.
    const coordinator = (await as.online_safety_coordinator.get('/api/concerns/counts')).json();
    expect(coordinator.total).toBe(expected.unrestricted);
  });

  it('audits every read of a case', async () => {
    const { id } = await newCase();
    await as.online_safety_coordinator.get(`/api/concerns/${id}`);
    await as.dsl.get(`/api/concerns/${id}`);
    await as.dsl.get('/api/concerns');
    const rows = await t.dbs.owner
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'entity_id', 'details'])
      .where('organisation_id', '=', org.id)
      .where('action', 'in', ['concern.viewed', 'concerns.listed'])
      .orderBy('seq', 'desc')
      .limit(3)
      .execute();
    expect(rows.map((r) => [r.action, r.actor_user_id])).toEqual([
      ['concerns.listed', org.members.dsl.userId],
      ['concern.viewed', org.members.dsl.userId],
      ['concern.viewed', org.members.online_safety_coordinator.userId],
    ]);
    expect(rows[1]?.entity_id).toBe(id);
    expect((rows[0]?.details as { ids: string[] } | undefined)?.ids ?? []).toContain(id);
    expect(JSON.stringify(rows)).not.toMatch(/Amira|Instagram/);
  });

  it('shows nothing across organisations', async () => {
    const { id } = await newCase();
    const dslB = await t.signIn(other.members.dsl);
    expect((await dslB.get(`/api/concerns/${id}`)).statusCode).toBe(404);
    expect(
      (await dslB.post(`/api/concerns/${id}/triage`, { riskLevel: 'low', decision: 'x', rationale: 'y' }))
        .statusCode,
    ).toBe(404);
    expect((await dslB.get('/api/concerns')).json().total).toBe(0);
    expect((await dslB.get('/api/concerns/counts')).json().total).toBe(0);
    expect((await dslB.get(`/api/concerns/people/${org.youngPersonId}/chronology`)).json().items).toEqual([]);
  });

  it('finds cases by full text and by person, with a chronology per person across cases', async () => {
    const { id } = await newCase({
      whatHappened: 'Messages about a knife threat on the bus home.',
      types: ['violence'],
    });
    const found = (await as.dsl.get('/api/concerns?q=knife')).json();
    expect(found.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const byType = (await as.dsl.get('/api/concerns?type=violence')).json();
    expect(byType.items.map((i: { id: string }) => i.id)).toContain(id);
    const chron = (await as.dsl.get(`/api/concerns/people/${org.youngPersonId}/chronology`)).json();
    const refs = new Set(chron.items.map((i: { reference: string }) => i.reference));
    expect(refs.size).toBeGreaterThan(1);
    const times = chron.items.map((i: { occurredAt: string }) => i.occurredAt);
    expect([...times].sort()).toEqual(times);
  });
});

describe('exports', () => {
  it('exports the list as CSV without narrative', async () => {
    const { reference } = await newCase();
    const res = await as.dsl.get('/api/concerns/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment/);
    expect(res.body.split('\r\n')[0]).toBe(
      'reference,status,risk_level,types,reported_at,triage_due_at,triage_overdue,next_review_at,review_overdue,assigned_to,restricted,allegation',
    );
    expect(res.body).toContain(reference);
    expect(res.body).not.toMatch(/Amira|Instagram|mature for my age/);
  });

  it('exports the case file as a confidential PDF and records the export', async () => {
    const { id, reference } = await newCase();
    const res = await as.dsl.get(`/api/concerns/${id}/case-file.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="haven-case-file-${reference}-CONFIDENTIAL.pdf"`,
    );
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const c = (await as.dsl.get(`/api/concerns/${id}`)).json();
    expect(c.chronology.at(-1)).toMatchObject({ kind: 'exported', actorName: 'dsl person' });
    const audit = await t.dbs.owner
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .where('action', '=', 'concern.exported')
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe('role-by-route authorisation', () => {
  let caseId: string;
  beforeAll(async () => {
    caseId = (await newCase()).id;
  });
  type Route = {
    name: string;
    call: (a: Agent, role: Role) => Promise<{ statusCode: number }>;
    allowed: Role[];
  };
  const ROUTES: Route[] = [
    { name: 'GET /api/concerns/draft', call: (a) => a.get('/api/concerns/draft'), allowed: ALL },
    {
      name: 'PUT /api/concerns/draft',
      call: (a) => a.request('PUT', '/api/concerns/draft', { data: { whatHappened: 'x' } }),
      allowed: ALL,
    },
    { name: 'POST /api/concerns', call: (a) => a.post('/api/concerns', report()), allowed: ALL },
    {
      name: 'POST /api/allegations',
      call: (a, role) =>
        a.post('/api/allegations', {
          ...report(),
          subjectUserId: org.members[role === 'staff' ? 'volunteer' : 'staff'].userId,
        }),
      allowed: ALL,
    },
    {
      name: 'GET /api/concerns/export.csv',
      call: (a) => a.get('/api/concerns/export.csv'),
      allowed: CASE_READERS,
    },
    {
      name: 'GET /api/concerns/:id/case-file.pdf',
      call: (a) => a.get(`/api/concerns/${caseId}/case-file.pdf`),
      allowed: CASE_READERS,
    },
    { name: 'GET /api/allegations/subjects', call: (a) => a.get('/api/allegations/subjects'), allowed: ALL },
    { name: 'GET /api/concerns/mine', call: (a) => a.get('/api/concerns/mine'), allowed: ALL },
    { name: 'GET /api/concerns', call: (a) => a.get('/api/concerns'), allowed: CASE_READERS },
    {
      name: 'GET /api/concerns/counts',
      call: (a) => a.get('/api/concerns/counts'),
      allowed: [...CASE_READERS, 'trustee'],
    },
    {
      name: 'GET /api/concerns/assignees',
      call: (a) => a.get('/api/concerns/assignees'),
      allowed: CASE_READERS,
    },
    { name: 'GET /api/concerns/:id', call: (a) => a.get(`/api/concerns/${caseId}`), allowed: CASE_READERS },
    {
      name: 'GET /api/concerns/people/:id/chronology',
      call: (a) => a.get(`/api/concerns/people/${org.youngPersonId}/chronology`),
      allowed: CASE_READERS,
    },
    {
      name: 'POST /api/concerns/:id/entries',
      call: (a) =>
        a.post(`/api/concerns/${caseId}/entries`, {
          kind: 'support',
          for: 'staff',
          description: 'Debrief offered.',
        }),
      allowed: CASE_READERS,
    },
    {
      name: 'POST /api/concerns/:id/triage',
      call: (a) =>
        a.post(`/api/concerns/${caseId}/triage`, {
          riskLevel: 'medium',
          decision: 'Monitor',
          rationale: 'Low contact.',
        }),
      allowed: ['dsl', 'deputy_dsl'],
    },
    {
      name: 'POST /api/concerns/:id/assign',
      call: (a) => a.post(`/api/concerns/${caseId}/assign`, { assignedTo: org.members.dsl.userId }),
      allowed: ['dsl', 'deputy_dsl'],
    },
    {
      name: 'POST /api/concerns/:id/access',
      call: (a) => a.post(`/api/concerns/${caseId}/access`, { restricted: false, namedUserIds: [] }),
      allowed: ['dsl'],
    },
    {
      name: 'POST /api/concerns/:id/close then reopen',
      call: async (a) => {
        const res = await a.post(`/api/concerns/${caseId}/close`, {
          outcome: 'Resolved',
          reason: 'Checked.',
        });
        if (res.statusCode < 300)
          return a.post(`/api/concerns/${caseId}/reopen`, { reason: 'Checking again.' });
        return res;
      },
      allowed: ['dsl', 'deputy_dsl'],
    },
  ];

  for (const route of ROUTES) {
    for (const role of ALL) {
      const allowed = route.allowed.includes(role);
      it(`${route.name} as ${role}: ${allowed ? 'allowed' : '403'}`, async () => {
        const res = await route.call(as[role], role);
        if (allowed) expect(res.statusCode).toBeLessThan(300);
        else expect(res.statusCode).toBe(403);
      });
    }
  }
});

describe('attachments', () => {
  const PNG = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  const upload = (a: Agent, concernId: string, name: string, bytes: Buffer, confirm = true) => {
    const boundary = '----havenTestBoundary';
    const parts: Buffer[] = [];
    if (confirm)
      parts.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="confirmNoIndecentImages"\r\n\r\ntrue\r\n`,
        ),
      );
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    // Sent through inject directly: the test agent only sends text bodies.
    return t.app.inject({
      method: 'POST',
      url: `/api/concerns/${concernId}/attachments`,
      cookies: Object.fromEntries(a.cookies),
      headers: {
        'x-csrf-token': a.cookies.get('haven_csrf') ?? '',
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: Buffer.concat(parts),
    });
  };

  it('keeps a screenshot under a server-generated name and serves it only to people who may see the case', async () => {
    const { id } = await newCase();
    const res = await upload(as.volunteer, id, 'screenshot of chat.png', PNG);
    expect(res.statusCode).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ name: 'screenshot of chat.png', contentType: 'image/png' });
    const row = await t.dbs.owner
      .selectFrom('concern_attachments')
      .select('storage_name')
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow();
    expect(row.storage_name).toMatch(/^[0-9a-f-]{36}$/);

    const dl = await as.dsl.get(`/api/concerns/${id}/attachments/${file.id}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/^attachment; filename="screenshot of chat.png"/);
    expect(Buffer.from(dl.rawPayload).equals(PNG)).toBe(true);
    expect((await as.volunteer.get(`/api/concerns/${id}/attachments/${file.id}`)).statusCode).toBe(403);
    const dslB = await t.signIn(other.members.dsl);
    expect((await dslB.get(`/api/concerns/${id}/attachments/${file.id}`)).statusCode).toBe(404);
    const c = (await as.dsl.get(`/api/concerns/${id}`)).json();
    expect(c.attachments).toEqual([
      expect.objectContaining({ id: file.id, uploadedByName: 'volunteer person' }),
    ]);
    expect(c.chronology.at(-1).kind).toBe('attachment_added');
  });

  it('refuses a disallowed type, a renamed file and an upload without the image warning confirmed', async () => {
    const { id } = await newCase();
    const exe = await upload(as.volunteer, id, 'tool.exe', Buffer.from('MZ\x90\x00\x03'));
    expect(exe.statusCode).toBe(422);
    expect(exe.json().errors[0]).toEqual({
      path: 'file',
      message: expect.stringMatching(/cannot be added.*PNG, JPEG, GIF or WebP.*PDF.*\.docx/),
    });
    const renamed = await upload(
      as.volunteer,
      id,
      'photo.png',
      Buffer.from('<html><script>alert(1)</script></html>'),
    );
    expect(renamed.statusCode).toBe(422);
    expect(renamed.json().errors[0].message).toMatch(/contents do not match/);
    const unconfirmed = await upload(as.volunteer, id, 'screenshot.png', PNG, false);
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json().errors[0].path).toBe('confirmNoIndecentImages');
    const stored = await t.dbs.owner
      .selectFrom('concern_attachments')
      .select('id')
      .where('concern_id', '=', id)
      .execute();
    expect(stored).toEqual([]);
  });
});

it('gives the demo organisation cases in different states, the allegation restricted', async () => {
  const demoOrg = await seedDemo(t.dbs.owner);
  const rows = await t.dbs.owner
    .selectFrom('concerns')
    .select(['status', 'restricted', 'allegation_subject_user_id', 'triage_due_at'])
    .where('organisation_id', '=', demoOrg)
    .execute();
  expect(rows.map((r) => r.status).sort()).toEqual(['closed', 'new', 'new', 'open']);
  expect(rows.filter((r) => r.restricted).map((r) => Boolean(r.allegation_subject_user_id))).toEqual([true]);
  // One new case is past its triage time, so the DSL sees something overdue on the first morning.
  expect(rows.some((r) => r.status === 'new' && r.triage_due_at < new Date())).toBe(true);
});
