import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, verifyAllChains, verifyChain } from '../../src/server/platform/audit/audit.ts';
import { inTransaction } from '../../src/server/platform/db/tenancy.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers();
});
afterAll(() => t.close());

describe('audit log', () => {
  it('records every read and change of personal data, with who, what, which record and from where', async () => {
    const staff = await t.signIn(org.members.staff, '192.0.2.10');
    await staff.get(`/api/people/${org.youngPersonId}`);
    const added = (await staff.post('/api/people', { kind: 'young_person', name: 'Kai' })).json();
    await staff.patch(`/api/people/${added.id}`, { notes: 'Joined the Tuesday group.' });
    await staff.get('/api/people');
    const entries = await t.dbs.owner
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'actor_user_id', 'ip', 'occurred_at'])
      .where('organisation_id', '=', org.id)
      .where('actor_user_id', '=', org.members.staff.userId)
      .orderBy('seq')
      .execute();
    const actions = entries.map((e) => [e.action, e.entity_id]);
    expect(actions).toContainEqual(['person.viewed', org.youngPersonId]);
    expect(actions).toContainEqual(['person.added', added.id]);
    expect(actions).toContainEqual(['person.updated', added.id]);
    expect(actions.map((a) => a[0])).toContain('people.listed');
    expect(entries.every((e) => e.ip === '192.0.2.10')).toBe(true);
  });

  it('rolls the audit entry back with a failed change', async () => {
    const before = await t.dbs.owner
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      inTransaction(t.dbs.app, { organisationId: org.id, userId: org.members.staff.userId }, async (tx) => {
        await recordAudit(tx, {
          organisationId: org.id,
          actorUserId: org.members.staff.userId,
          action: 'person.added',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow();
    const after = await t.dbs.owner
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even for the owner', async () => {
    await expect(sql`update audit_log set action = 'x'`.execute(t.dbs.owner)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.dbs.owner)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.dbs.owner)).rejects.toThrow(/append-only/);
    await expect(
      inTransaction(t.dbs.app, { organisationId: org.id }, (tx) =>
        sql`update audit_log set action = 'x'`.execute(tx),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it('keeps one unbroken chain under concurrent writers', async () => {
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        inTransaction(t.dbs.app, { organisationId: org.id, userId: org.members.staff.userId }, (tx) =>
          recordAudit(tx, {
            organisationId: org.id,
            actorUserId: org.members.staff.userId,
            action: 'test.concurrent',
            details: { i },
          }),
        ),
      ),
    );
    const result = await verifyChain(t.dbs.owner, org.id);
    expect(result.ok).toBe(true);
    const seqs = await t.dbs.owner
      .selectFrom('audit_log')
      .select('seq')
      .where('organisation_id', '=', org.id)
      .orderBy('seq')
      .execute();
    expect(seqs.map((s) => Number(s.seq))).toEqual(seqs.map((_, i) => i + 1));
  });

  it('detects a row altered by the owner and names the first broken entry', async () => {
    const o = await t.createOrganisationWithMembers();
    const dsl = await t.signIn(o.members.dsl);
    await dsl.get(`/api/people/${o.youngPersonId}`);
    await dsl.get('/api/people');
    expect((await dsl.get('/api/audit/verify')).json()).toMatchObject({ ok: true, firstBrokenSeq: null });
    const target = await t.dbs.owner
      .selectFrom('audit_log')
      .select('seq')
      .where('organisation_id', '=', o.id)
      .where('action', '=', 'person.viewed')
      .executeTakeFirstOrThrow();
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.dbs.owner);
    await sql`update audit_log set entity_id = 'someone-else' where organisation_id = ${o.id} and seq = ${target.seq}`.execute(
      t.dbs.owner,
    );
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.dbs.owner);
    const verdict = await verifyChain(t.dbs.owner, o.id);
    expect(verdict).toMatchObject({ ok: false, firstBrokenSeq: Number(target.seq) });
    expect(verdict.problem).toMatch(/altered/);
    const all = await verifyAllChains(t.dbs.owner);
    expect(all.find((c) => c.organisationId === o.id)?.ok).toBe(false);
    expect(all.find((c) => c.organisationId === org.id)?.ok).toBe(true);
    const api = (await dsl.get('/api/audit/verify')).json();
    expect(api).toMatchObject({ ok: false, firstBrokenSeq: Number(target.seq) });
  });

  it('detects a deleted entry', async () => {
    const o = await t.createOrganisationWithMembers();
    const staff = await t.signIn(o.members.staff);
    await staff.get('/api/people');
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.dbs.owner);
    await sql`delete from audit_log where organisation_id = ${o.id} and seq = 3`.execute(t.dbs.owner);
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.dbs.owner);
    expect(await verifyChain(t.dbs.owner, o.id)).toMatchObject({ ok: false, firstBrokenSeq: 4 });
  });

  it('lets admins browse and filter the log', async () => {
    const admin = await t.signIn(org.members.admin);
    const page = (await admin.get(`/api/audit?action=person.&entityId=${org.youngPersonId}`)).json();
    expect(page.items.length).toBeGreaterThan(0);
    expect(
      page.items.every(
        (e: { action: string; entityId: string }) =>
          e.action.startsWith('person.') && e.entityId === org.youngPersonId,
      ),
    ).toBe(true);
    expect(page.items[0].actorName).toBeTruthy();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    expect((await admin.get(`/api/audit?from=${today}&to=${today}`)).json().total).toBeGreaterThan(0);
    expect((await admin.get('/api/audit?from=2001-01-01&to=2001-01-02')).json().total).toBe(0);
    expect((await admin.get('/api/audit?from=23/11/2026')).statusCode).toBe(400);
  });
});
