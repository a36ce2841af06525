import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../support/agent.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;
let staff: Agent;

const countRows = async () => {
  const people = await t.dbs.owner
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const audit = await t.dbs.owner
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', 'like', 'person.%')
    .executeTakeFirstOrThrow();
  return { people: Number(people.n), audit: Number(audit.n) };
};

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers();
  staff = await t.signIn(org.members.staff);
});
afterAll(() => t.close());

describe('bad input gets a clear problem+json and changes nothing', () => {
  const cases: Array<[string, string | object, number, RegExp | null]> = [
    ['malformed JSON', '{"kind": "young_person", "name": ', 400, null],
    ['wrong types', { kind: 'young_person', name: 42 }, 422, /name/],
    ['an unknown kind', { kind: 'alien', name: 'Zed' }, 422, /kind/],
    ['unknown fields', { kind: 'young_person', name: 'Kai', surname: 'Smith' }, 422, /surname/],
    ['a missing name', { kind: 'young_person' }, 422, /name/],
    [
      'a full name where the policy keeps first names only',
      { kind: 'young_person', name: 'Kai Smith' },
      422,
      /name/,
    ],
    ['an invalid phone number', { kind: 'parent_carer', name: 'Jo Bloggs', phone: '12345' }, 422, /phone/],
    ['an invalid email', { kind: 'parent_carer', name: 'Jo Bloggs', email: 'jo@' }, 422, /email/],
  ];
  for (const [label, body, status, path] of cases) {
    it(label, async () => {
      const before = await countRows();
      const res = await staff.request(
        'POST',
        '/api/people',
        typeof body === 'string' ? body : JSON.stringify(body),
        { 'content-type': 'application/json' },
      );
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = res.json();
      expect(problem).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
      if (path) expect(problem.errors.map((e: { path: string }) => e.path).join(' ')).toMatch(path);
      expect(await countRows()).toEqual(before);
    });
  }

  it('an oversized body', async () => {
    const before = await countRows();
    const res = await staff.request(
      'POST',
      '/api/people',
      JSON.stringify({ kind: 'young_person', name: 'A', notes: 'x'.repeat(1_100_000) }),
      { 'content-type': 'application/json' },
    );
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(await countRows()).toEqual(before);
  });

  it('a body that is not JSON at all', async () => {
    const res = await staff.request('POST', '/api/people', 'kind=young_person', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().detail).toMatch(/JSON/);
  });

  it('a bad query string and a bad id', async () => {
    expect((await staff.get('/api/people?pageSize=9999')).statusCode).toBe(400);
    const bad = await staff.get('/api/people/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toMatch(/not a valid record id/);
  });

  it('an unknown API route', async () => {
    const res = await staff.get('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

describe('API hygiene', () => {
  it('sends no-store and security headers on API responses', async () => {
    const res = await staff.get('/api/people');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('publishes OpenAPI for every route and a docs page', async () => {
    const spec = (await t.agent().get('/api/openapi.json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/people',
      '/api/people/{personId}',
      '/api/auth/sign-in',
      '/api/audit',
      '/api/users/invitations',
      '/api/health',
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    expect(
      spec.paths['/api/people'].post.requestBody.content['application/json'].schema.properties.kind.enum,
    ).toContain('young_person');
    expect((await t.agent().get('/api/docs/')).statusCode).toBe(200);
  });

  it('reports database mode and migration state in health', async () => {
    const health = (await t.agent().get('/api/health')).json();
    expect(health).toMatchObject({
      status: 'ok',
      database: { mode: 'external', reachable: true, migrations: { pending: [] } },
    });
    expect(health.database.migrations.applied).toContain('0001_foundation');
  });
});
