import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/server/platform/auth/roles.ts';
import type { Agent } from '../support/agent.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;
const agents = {} as Record<Role, Agent>;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers();
  for (const role of Object.keys(org.members) as Role[]) agents[role] = await t.signIn(org.members[role]);
});
afterAll(() => t.close());

type Route = {
  name: string;
  call: (a: Agent, role: Role) => Promise<{ statusCode: number }>;
  allowed: Role[];
};

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

// One row per route: who may use it. Everyone else must get 403 and change nothing.
const ROUTES: Route[] = [
  { name: 'GET /api/auth/session', call: (a) => a.get('/api/auth/session'), allowed: ALL },
  { name: 'GET /api/organisation', call: (a) => a.get('/api/organisation'), allowed: ALL },
  {
    name: 'PATCH /api/organisation',
    call: (a) => a.patch('/api/organisation', { youngPersonNames: 'first_name' }),
    allowed: ['admin'],
  },
  { name: 'GET /api/people', call: (a) => a.get('/api/people'), allowed: [...LEADS, 'staff', 'volunteer'] },
  {
    name: 'GET /api/people/:id',
    call: (a) => a.get(`/api/people/${org.youngPersonId}`),
    allowed: [...LEADS, 'staff', 'volunteer'],
  },
  {
    name: 'POST /api/people',
    call: (a, role) => a.post('/api/people', { kind: 'young_person', name: `Kid${role.replace(/_/g, '')}` }),
    allowed: [...LEADS, 'staff'],
  },
  {
    name: 'PATCH /api/people/:id',
    call: (a) => a.patch(`/api/people/${org.youngPersonId}`, { notes: 'Prefers afternoon sessions.' }),
    allowed: [...LEADS, 'staff'],
  },
  {
    name: 'POST /api/people/import',
    call: (a) => a.post('/api/people/import', { csv: 'kind,name\nyoung_person,Ravi\n', dryRun: true }),
    allowed: LEADS,
  },
  { name: 'GET /api/people/export.csv', call: (a) => a.get('/api/people/export.csv'), allowed: LEADS },
  { name: 'GET /api/users', call: (a) => a.get('/api/users'), allowed: LEADS },
  { name: 'GET /api/users/invitations', call: (a) => a.get('/api/users/invitations'), allowed: LEADS },
  {
    name: 'POST /api/users/invitations',
    call: (a, role) =>
      a.post('/api/users/invitations', {
        email: `invitee-${role}@example.org`,
        name: 'Invitee',
        roles: ['staff'],
      }),
    allowed: ['admin'],
  },
  {
    name: 'PATCH /api/users/:id',
    call: (a) => a.patch(`/api/users/${org.members.staff.userId}`, { roles: ['staff'] }),
    allowed: ['admin'],
  },
  {
    name: 'POST /api/users/import',
    call: (a) =>
      a.post('/api/users/import', { csv: 'email,name,roles\nx@example.org,X,staff\n', dryRun: true }),
    allowed: ['admin'],
  },
  { name: 'GET /api/audit', call: (a) => a.get('/api/audit'), allowed: ['admin', 'dsl'] },
  { name: 'GET /api/audit/verify', call: (a) => a.get('/api/audit/verify'), allowed: ['admin', 'dsl'] },
  { name: 'GET /api/mail/outbox', call: (a) => a.get('/api/mail/outbox'), allowed: ['admin'] },
];

describe.each(ROUTES)('$name', (route) => {
  it.each(ALL)('as %s', async (role) => {
    const res = await route.call(agents[role], role);
    if (route.allowed.includes(role)) expect(res.statusCode, `${role} should be allowed`).toBeLessThan(300);
    else expect(res.statusCode, `${role} should be refused`).toBe(403);
  });
});

describe('abilities', () => {
  it('the session lists what the role can do, so the app hides the rest', async () => {
    const volunteer = (await agents.volunteer.get('/api/auth/session')).json();
    expect(volunteer.abilities).toMatchObject({
      'people.read': true,
      'people.read_contact': false,
      'people.write': false,
      'audit.read': false,
    });
    const trustee = (await agents.trustee.get('/api/auth/session')).json();
    expect(trustee.abilities['people.read']).toBe(false);
  });

  it('volunteers see names but not contact details (need to know)', async () => {
    await agents.staff.patch(`/api/people/${org.youngPersonId}`, { notes: 'Lives with grandmother.' });
    const seen = (await agents.volunteer.get(`/api/people/${org.youngPersonId}`)).json();
    expect(seen.name).toBe('Amira');
    expect(seen.notes).toBe('');
  });

  it('anonymous requests get 401 on every route', async () => {
    for (const route of ROUTES)
      expect((await route.call(t.agent(), 'staff')).statusCode, route.name).toBe(401);
  });
});
