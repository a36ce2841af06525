import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/server/platform/auth/roles.ts';
import type { Agent } from '../support/agent.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;
let staff: Agent;
let dsl: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers();
  staff = await t.signIn(org.members.staff);
  dsl = await t.signIn(org.members.dsl);
});
afterAll(() => t.close());

// Solutions Not Sides: every email to a young person copies at least one other staff member,
// is not sent out of hours, and signs off without emojis or kisses.
const badDraft = {
  text: 'Hi Amira, great work today!! 😊 See you next week xx',
  channel: 'email',
  to: [{ role: 'young_person', name: 'Amira' }],
  cc: [],
  sentAt: '2026-11-24T21:30:00Z',
};

describe('message check (R-COMM-2 to R-COMM-7)', () => {
  it('explains each rule a draft email to a young person breaks, tied to the policy setting', async () => {
    const res = await staff.post('/api/message-check', badDraft);
    expect(res.statusCode).toBe(200);
    const { findings, rulesSource } = res.json();
    expect(rulesSource).toBe('default');
    const rules = findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['copy_colleague', 'office_hours', 'emoji_or_kiss']));
    for (const f of findings) expect(f.policyRule).toMatch(/^rules\.communication\./);
    const kiss = findings.find(
      (f: { rule: string; excerpt?: string }) => f.rule === 'emoji_or_kiss' && f.excerpt === 'xx',
    );
    expect(badDraft.text.slice(kiss.start, kiss.end)).toBe('xx');
  });

  it('passes the corrected draft', async () => {
    const res = await staff.post('/api/message-check', {
      ...badDraft,
      text: 'Hi Amira, great work today. See you next week. Best wishes, Chloe (Riverside Youth Project)',
      cc: [{ role: 'staff', name: 'Sam' }],
      sentAt: '2026-11-24T14:00:00Z',
    });
    expect(res.json().findings).toEqual([]);
  });

  it('flags a personal account and an unapproved channel with who must approve it', async () => {
    const res = await staff.post('/api/message-check', {
      text: 'Are you coming on Tuesday?',
      channel: 'snapchat',
      fromAccount: 'personal',
      to: [{ role: 'young_person' }],
      sentAt: '2026-11-24T14:00:00Z',
    });
    const findings = res.json().findings;
    expect(findings.map((f: { rule: string }) => f.rule)).toEqual(
      expect.arrayContaining(['personal_account', 'unapproved_channel']),
    );
    expect(findings.find((f: { rule: string }) => f.rule === 'unapproved_channel').approver).toBe(
      'online_safety_coordinator',
    );
  });

  it('never stores the draft: the audit records only the rules raised', async () => {
    await staff.post('/api/message-check', badDraft);
    const entry = await t.dbs.owner
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'messages.checked')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.details)).not.toContain('Amira');
    expect(entry.details).toMatchObject({ channel: 'email' });
  });

  it('refuses bad input with field errors', async () => {
    const res = await staff.post('/api/message-check', { text: '', channel: 'carrier_pigeon', to: [] });
    expect(res.statusCode).toBe(422);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['text', 'channel', 'to']));
  });
});

describe('scanning and suppressions', () => {
  it('scans text, and a DSL can suppress a harmless pattern, recorded and reversible', async () => {
    const text = 'Meet me at 14 Elm Road, and call me on 07911 123456';
    const first = (await staff.post('/api/scanner/scan', { text })).json();
    const types = first.findings.map((f: { type: string }) => f.type);
    expect(types).toEqual(expect.arrayContaining(['address', 'phone']));
    const phone = first.findings.find((f: { type: string }) => f.type === 'phone');
    expect(
      (await staff.post('/api/scanner/suppressions', { rule: phone.rule, reason: 'Office number' }))
        .statusCode,
    ).toBe(403);
    const added = await dsl.post('/api/scanner/suppressions', {
      rule: phone.rule,
      excerpt: phone.excerpt,
      reason: 'This is our office mobile, published on our website.',
    });
    expect(added.statusCode).toBe(201);
    const second = (await staff.post('/api/scanner/scan', { text })).json();
    expect(second.findings.map((f: { type: string }) => f.type)).not.toContain('phone');
    expect(second.suppressed).toBe(1);
    const list = (await dsl.get('/api/scanner/suppressions')).json();
    expect(list.items[0]).toMatchObject({ rule: phone.rule, liftedAt: null });
    expect(list.rules.length).toBeGreaterThan(5);
    expect((await dsl.post(`/api/scanner/suppressions/${added.json().id}/lift`)).statusCode).toBe(204);
    expect(
      (await staff.post('/api/scanner/scan', { text })).json().findings.map((f: { type: string }) => f.type),
    ).toContain('phone');
    const actions = await t.dbs.owner
      .selectFrom('audit_log')
      .select('action')
      .where('organisation_id', '=', org.id)
      .where('action', 'like', 'scanner.suppression%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['scanner.suppression_added', 'scanner.suppression_lifted']);
  });

  it('refuses an unknown rule', async () => {
    const res = await dsl.post('/api/scanner/suppressions', { rule: 'no.such.rule', reason: 'Because' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('rule');
  });
});

describe('who may check and scan', () => {
  it.each<[Role, number]>([
    ['admin', 200],
    ['dsl', 200],
    ['deputy_dsl', 200],
    ['online_safety_coordinator', 200],
    ['staff', 200],
    ['volunteer', 200],
    ['trustee', 403],
  ])('%s gets %i', async (role, status) => {
    const a = await t.signIn(org.members[role]);
    expect(
      (await a.post('/api/message-check', { text: 'Hello', channel: 'email', to: [{ role: 'parent' }] }))
        .statusCode,
    ).toBe(status);
    expect((await a.post('/api/scanner/scan', { text: 'Hello' })).statusCode).toBe(status);
  });
});
