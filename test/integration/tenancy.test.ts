import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackFile } from '../../src/server/modules/policies/pack/load-pack.ts';
import { packPath } from '../../src/server/modules/policies/pack/shipped-packs.ts';
import { APP_ROLE } from '../../src/server/platform/db/database.ts';
import type { Agent } from '../support/agent.ts';
import { TEST_APP_PASSWORD } from '../support/constants.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let a: TestOrganisation;
let b: TestOrganisation;

beforeAll(async () => {
  t = await createTestApp();
  a = await t.createOrganisationWithMembers('Organisation A');
  b = await t.createOrganisationWithMembers('Organisation B');
  // Give A some of everything: people, an invitation (and its mail), audit entries.
  const adminA = await t.signIn(a.members.admin);
  const added = await adminA.post('/api/people', {
    kind: 'parent_carer',
    name: 'Parent of A',
    phone: '020 7946 0456',
  });
  expect(added.statusCode).toBe(201);
  await adminA.post('/api/users/invitations', {
    email: 'only-in-a@example.org',
    name: 'Only A',
    roles: ['staff'],
  });
});
afterAll(() => t.close());

describe('the database catalogue', () => {
  it('has row-level security enabled and forced on every table with organisation_id', async () => {
    const { rows } = await sql<{ table: string; enabled: boolean; forced: boolean }>`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organisation_id' and not a.attisdropped)
      order by 1`.execute(t.dbs.owner);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows)
      expect({ table: r.table, enabled: r.enabled, forced: r.forced }).toEqual({
        table: r.table,
        enabled: true,
        forced: true,
      });
  });

  it('has policies on app.organisation_id for every such table', async () => {
    const { rows } = await sql<{ table: string; n: string }>`
      select c.relname as table, count(p.polname) filter (where pg_get_expr(p.polqual, p.polrelid) like '%app_org()%'
        or pg_get_expr(p.polwithcheck, p.polrelid) like '%app_org()%') as n
      from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
      left join pg_policy p on p.polrelid = c.oid
      where ns.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'organisation_id')
      group by 1`.execute(t.dbs.owner);
    for (const r of rows)
      expect({ table: r.table, hasPolicy: Number(r.n) > 0 }).toEqual({ table: r.table, hasPolicy: true });
    const fn = await sql<{
      src: string;
    }>`select prosrc as src from pg_proc where proname = 'app_org'`.execute(t.dbs.owner);
    expect(fn.rows[0]?.src).toContain("current_setting('app.organisation_id', true)");
  });

  it('serves requests through a role that is not superuser, cannot bypass RLS and owns no table', async () => {
    const role = await sql<{ rolsuper: boolean; rolbypassrls: boolean; rolcreaterole: boolean }>`
      select rolsuper, rolbypassrls, rolcreaterole from pg_roles where rolname = ${APP_ROLE}`.execute(
      t.dbs.owner,
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    const owned = await sql<{ n: string }>`
      select count(*) as n from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = ${APP_ROLE}`.execute(
      t.dbs.owner,
    );
    expect(Number(owned.rows[0]?.n)).toBe(0);
    const who = await sql<{ u: string }>`select current_user as u`.execute(t.dbs.app);
    expect(who.rows[0]?.u).toBe(APP_ROLE);
  });

  it('includes organisation_id in the unique and foreign keys of tenant tables', async () => {
    const { rows } = await sql<{ table: string; def: string }>`
      select c.relname as table, pg_get_constraintdef(k.oid) as def
      from pg_constraint k join pg_class c on c.oid = k.conrelid
      where k.contype in ('p', 'u', 'f') and c.relname in ('people', 'invitations', 'mail_outbox', 'memberships')
        and k.confrelid not in ('organisations'::regclass, 'users'::regclass)`.execute(t.dbs.owner);
    expect(rows.length).toBeGreaterThan(0);
    // An invitation's token hash is unique across Haven on purpose: the link is opened before
    // anyone knows which organisation it belongs to.
    for (const r of rows.filter((row) => row.def !== 'UNIQUE (token_hash)'))
      expect(r.def).toContain('organisation_id');
  });
});

describe('organisation B cannot see or change organisation A', () => {
  let adminB: Agent;
  beforeAll(async () => {
    adminB = await t.signIn(b.members.admin);
  });

  it('through every API route', async () => {
    const people = (await adminB.get('/api/people?pageSize=200')).json();
    expect(people.items.map((p: { name: string }) => p.name)).not.toContain('Parent of A');
    expect(people.items.some((p: { id: string }) => p.id === a.youngPersonId)).toBe(false);
    expect((await adminB.get(`/api/people?q=Parent`)).json().total).toBe(0);
    expect((await adminB.get(`/api/people/${a.youngPersonId}`)).statusCode).toBe(404);
    expect((await adminB.patch(`/api/people/${a.youngPersonId}`, { name: 'Hacked' })).statusCode).toBe(404);
    expect((await adminB.post(`/api/people/${a.youngPersonId}/archive`)).statusCode).toBe(404);
    expect(
      (await adminB.post('/api/people', { kind: 'teacher', name: 'Sneaky', schoolId: a.schoolId }))
        .statusCode,
    ).toBe(422);
    expect((await adminB.get('/api/people/export.csv')).body).not.toContain('Parent of A');
    const users = (await adminB.get('/api/users')).json();
    expect(users.items.map((u: { userId: string }) => u.userId)).not.toContain(a.members.staff.userId);
    expect(
      (await adminB.patch(`/api/users/${a.members.staff.userId}`, { roles: ['admin'] })).statusCode,
    ).toBe(404);
    expect((await adminB.get('/api/users/invitations')).json().items).toEqual([]);
    expect(
      (await adminB.get('/api/mail/outbox')).json().items.map((m: { to: string }) => m.to),
    ).not.toContain('only-in-a@example.org');
    const audit = (await adminB.get('/api/audit?pageSize=200')).json();
    expect(audit.items.every((e: { entityId: string | null }) => e.entityId !== a.youngPersonId)).toBe(true);
    expect(
      audit.items.some((e: { actorUserId: string | null }) => e.actorUserId === a.members.admin.userId),
    ).toBe(false);
    expect((await adminB.post('/api/auth/switch-organisation', { organisationId: a.id })).statusCode).toBe(
      403,
    );
    expect((await adminB.get('/api/organisation')).json().id).toBe(b.id);
    // A's data is unchanged.
    const row = await t.dbs.owner
      .selectFrom('people')
      .select(['name', 'archived_at'])
      .where('id', '=', a.youngPersonId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'Amira', archived_at: null });
  });

  it('directly in SQL as the serving role', async () => {
    const client = new pg.Client({
      connectionString: t.url.replace(/\/\/[^@]+@/, `//${APP_ROLE}:${TEST_APP_PASSWORD}@`),
    });
    await client.connect();
    try {
      const tables = ['people', 'invitations', 'mail_outbox', 'memberships', 'audit_log'];
      await client.query('begin');
      await client.query(
        "select set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true)",
        [b.id, b.members.admin.userId],
      );
      for (const table of tables) {
        const seen = await client.query(
          `select count(*)::int as n from ${table} where organisation_id = $1`,
          [a.id],
        );
        expect({ table, n: seen.rows[0].n }).toEqual({ table, n: 0 });
      }
      const upd = await client.query("update people set name = 'Hacked' where organisation_id = $1", [a.id]);
      expect(upd.rowCount).toBe(0);
      const updMembership = await client.query(
        "update memberships set roles = '{admin}' where organisation_id = $1",
        [a.id],
      );
      expect(updMembership.rowCount).toBe(0);
      await expect(
        client.query(
          "insert into people (organisation_id, kind, name) values ($1, 'young_person', 'Planted')",
          [a.id],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback');
      await expect(client.query('delete from people')).rejects.toThrow(/permission denied/);
      // With no organisation set, nothing is visible at all.
      const none = await client.query('select count(*)::int as n from people');
      expect(none.rows[0].n).toBe(0);
      const otherUsers = await client.query('select count(*)::int as n from users');
      expect(otherUsers.rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe('policy packs: organisation B cannot see or change organisation A’s policy', () => {
  it('through every policy route and in SQL', async () => {
    const loaded = loadPackFile(packPath('pacso'));
    if (!loaded.ok) throw new Error('pacso pack invalid');
    const coordinatorA = await t.signIn(a.members.online_safety_coordinator);
    const draft = (
      await coordinatorA.post('/api/policy/versions', { pack: loaded.pack, summaryOfChanges: 'A only' })
    ).json();
    const dslA = await t.signIn(a.members.dsl);
    expect((await dslA.post(`/api/policy/versions/${draft.id}/adopt`)).statusCode).toBe(200);

    const adminB = await t.signIn(b.members.admin);
    expect((await adminB.get('/api/policy')).statusCode).toBe(404);
    expect((await adminB.get('/api/policy/versions')).json().items).toEqual([]);
    expect((await adminB.get(`/api/policy/versions/${draft.id}`)).statusCode).toBe(404);
    expect((await adminB.get(`/api/policy/versions/${draft.id}/document?format=pdf`)).statusCode).toBe(404);
    expect((await adminB.post(`/api/policy/versions/${draft.id}/adopt`)).statusCode).toBe(404);
    expect(
      (
        await adminB.post('/api/policy/confirmations', {
          versionId: draft.id,
          document: 'online_safety_policy',
        })
      ).statusCode,
    ).toBe(409);
    expect((await adminB.get('/api/policy/confirmations')).statusCode).toBe(404);
    expect((await adminB.get('/api/policy/reviews-due')).json().items).toEqual([]);

    const client = new pg.Client({
      connectionString: t.url.replace(/\/\/[^@]+@/, `//${APP_ROLE}:${TEST_APP_PASSWORD}@`),
    });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(
        "select set_config('app.organisation_id', $1, true), set_config('app.user_id', $2, true)",
        [b.id, b.members.admin.userId],
      );
      for (const table of ['policy_versions', 'policy_read_confirmations']) {
        const seen = await client.query(
          `select count(*)::int as n from ${table} where organisation_id = $1`,
          [a.id],
        );
        expect({ table, n: seen.rows[0].n }).toEqual({ table, n: 0 });
      }
      const updated = await client.query(`update policy_versions set status = 'superseded' where id = $1`, [
        draft.id,
      ]);
      expect(updated.rowCount).toBe(0);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });
});
