import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdoptedPolicy } from '../../src/server/demo/factories.ts';
import { templatePack } from '../../src/server/modules/policies/policies.rules.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers();
});
afterAll(() => t.close());

// Reporters see only a reference and a status, so the due time is read from the database.
const triageHoursAhead = async (concernId: string) => {
  const row = await t.dbs.owner
    .selectFrom('concerns')
    .select(['triage_due_at', 'reported_at'])
    .where('organisation_id', '=', org.id)
    .where('id', '=', concernId)
    .executeTakeFirstOrThrow();
  return (row.triage_due_at.getTime() - row.reported_at.getTime()) / 3_600_000;
};

const concern = (personId: string) => ({
  involved: [{ personId, involvement: 'subject' }],
  whatHappened: 'A young person said an adult online asked them to keep their chats secret.',
  locationKind: 'online',
  platform: 'Roblox chat',
  immediateDanger: false,
  types: ['grooming'],
});

describe('the adopted policy drives the rest of Haven without code changes', () => {
  it('rules.concerns.triageWithin sets when a new concern is due for triage', async () => {
    const staff = await t.signIn(org.members.staff);
    const before = await staff.post('/api/concerns', concern(org.youngPersonId));
    expect(before.statusCode, before.body).toBe(201);
    expect(await triageHoursAhead(before.json().id)).toBe(24);

    const pack = templatePack();
    pack.rules.concerns.triageWithin = 'PT4H';
    await createAdoptedPolicy(t.dbs.owner, {
      organisationId: org.id,
      pack,
      adoptedBy: org.members.dsl.userId,
      summary: 'Triage within four hours',
    });
    const after = await staff.post('/api/concerns', concern(org.youngPersonId));
    expect(await triageHoursAhead(after.json().id)).toBe(4);
  });

  it('rules.communication.approvedChannels decides which channels the message check accepts', async () => {
    const staff = await t.signIn(org.members.staff);
    const draft = {
      text: 'See you on Tuesday.',
      channel: 'whatsapp',
      to: [{ role: 'parent' }],
      cc: [],
      sentAt: '2026-11-24T14:00:00Z',
    };
    const rules = (await staff.post('/api/message-check', draft)).json();
    expect(rules.rulesSource).toBe('policy');
    const whatsappAllowed = templatePack().rules.communication.approvedChannels.includes('whatsapp');
    expect(rules.findings.some((f: { rule: string }) => f.rule === 'unapproved_channel')).toBe(
      !whatsappAllowed,
    );
  });
});
