import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../support/agent.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;
let admin: Agent;
let coordinator: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers('Restful Minds');
  admin = await t.signIn(org.members.admin);
  coordinator = await t.signIn(org.members.online_safety_coordinator);
});
afterAll(() => t.close());

const setNaming = (mode: string) => admin.patch('/api/organisation', { youngPersonNames: mode });

describe('young people are named as the organisation chooses (R-DATA-1)', () => {
  // Restitute: "client names will be stored as first name or initials only".
  it('first-name mode takes a first name and refuses a full name', async () => {
    await setNaming('first_name');
    expect((await coordinator.post('/api/people', { kind: 'young_person', name: 'Zainab' })).statusCode).toBe(
      201,
    );
    const full = await coordinator.post('/api/people', { kind: 'young_person', name: 'Zainab Ahmed' });
    expect(full.statusCode).toBe(422);
    expect(full.json().errors[0]).toEqual({
      path: 'name',
      message: expect.stringMatching(/first name only/),
    });
  });

  it('initials mode normalises initials and refuses names', async () => {
    await setNaming('initials');
    const res = await coordinator.post('/api/people', { kind: 'young_person', name: 'j s' });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('J.S.');
    expect((await coordinator.post('/api/people', { kind: 'young_person', name: 'Jamie' })).statusCode).toBe(
      422,
    );
  });

  it('full-name mode takes full names; adults are always named in full', async () => {
    await setNaming('full');
    expect(
      (await coordinator.post('/api/people', { kind: 'young_person', name: 'Zainab Ahmed' })).statusCode,
    ).toBe(201);
    await setNaming('first_name');
    expect(
      (await coordinator.post('/api/people', { kind: 'parent_carer', name: 'Fatima Ahmed' })).statusCode,
    ).toBe(201);
  });
});

describe('the people register', () => {
  it('covers associated personnel and partner schools (R-ROLE-4, R-ROLE-5)', async () => {
    const visitor = await coordinator.post('/api/people', {
      kind: 'visitor',
      name: 'Alex Morgan',
      roleTitle: 'Journalist',
    });
    expect(visitor.json()).toMatchObject({ kind: 'visitor', roleTitle: 'Journalist' });
    const teacher = await coordinator.post('/api/people', {
      kind: 'teacher',
      name: 'Helen Marsh',
      schoolId: org.schoolId,
      phone: '020 7946 0123',
    });
    expect(teacher.json()).toMatchObject({ schoolId: org.schoolId, phone: '020 7946 0123' });
    const list = (await coordinator.get('/api/people?kind=teacher&q=marsh')).json();
    expect(list.items.map((p: { name: string }) => p.name)).toEqual(['Helen Marsh']);
  });

  it('archives instead of deleting', async () => {
    const p = (await coordinator.post('/api/people', { kind: 'contractor', name: 'Tech4Good Ltd' })).json();
    const archived = (await coordinator.post(`/api/people/${p.id}/archive`)).json();
    expect(archived.archivedAt).not.toBeNull();
    expect((await coordinator.get('/api/people?q=Tech4Good')).json().total).toBe(0);
    expect((await coordinator.get('/api/people?q=Tech4Good&includeArchived=true')).json().total).toBe(1);
  });
});

describe('CSV import and export', () => {
  it('imports valid rows and reports every rejected row with its reasons', async () => {
    const csv = [
      'kind,name,email,phone,role_title,school',
      'school,Hartley Academy,office@hartley.example,,,',
      'young_person,Ravi,,,,Hartley Academy',
      'young_person,Ravi Kumar,,,,',
      'parent,Sunita Kumar,,02079460777,Mother of Ravi,',
      'wizard,Merlin,,,,',
      'parent_carer,No Phone,,12345,,',
      'teacher,Mr Patel,,,,Nowhere School',
    ].join('\n');
    const dry = (await coordinator.post('/api/people/import', { csv, dryRun: true })).json();
    expect(dry.dryRun).toBe(true);
    const before = (await coordinator.get('/api/people?pageSize=200')).json().total;
    expect(before).toBeGreaterThan(0);
    const report = (await coordinator.post('/api/people/import', { csv, dryRun: false })).json();
    expect(report.created).toBe(3);
    expect(report.rejected.map((r: { row: number }) => r.row)).toEqual([4, 6, 7, 8]);
    expect(report.rejected[0].errors.join()).toMatch(/first name only/);
    expect(report.rejected[1].errors.join()).toMatch(/wizard/);
    expect(report.rejected[2].errors.join()).toMatch(/phone/);
    expect(report.rejected[3].errors.join()).toMatch(/Nowhere School/);
    const ravi = (await coordinator.get('/api/people?q=ravi')).json().items[0];
    expect(ravi.schoolName).toBe('Hartley Academy');
    expect((await coordinator.get('/api/people?pageSize=200')).json().total).toBe(before + 3);
  });

  it('refuses a file with columns it does not know, so nothing is silently dropped', async () => {
    const res = await coordinator.post('/api/people/import', {
      csv: 'kind,name,date_of_birth\nyoung_person,Ella,2014-01-01\n',
      dryRun: false,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].message).toMatch(/date_of_birth/);
  });

  it('exports CSV that a spreadsheet will not run as a formula', async () => {
    await coordinator.post('/api/people', {
      kind: 'parent_carer',
      name: '=HYPERLINK("http://evil.example","click")',
    });
    await coordinator.post('/api/people', { kind: 'visitor', name: '+Politician', roleTitle: '@mention -1' });
    const res = await coordinator.get('/api/people/export.csv');
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    expect(res.body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(res.body).toContain("'+Politician");
    expect(res.body).toContain("'@mention -1");
    expect(res.body).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});

describe('users', () => {
  it('imports staff as invitations with a per-row report', async () => {
    const csv =
      'email,name,roles\nnew.staff@example.org,New Staff,staff\nbad-email,Bad,staff\nvol@example.org,Vol,volunteer;wizard\n';
    const report = (await admin.post('/api/users/import', { csv, dryRun: false })).json();
    expect(report.created).toBe(1);
    expect(report.rejected.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    const invitations = (await admin.get('/api/users/invitations')).json().items;
    expect(invitations.map((i: { email: string }) => i.email)).toContain('new.staff@example.org');
  });

  it('refuses to invite someone who is already a member, on the email field', async () => {
    const res = await admin.post('/api/users/invitations', {
      email: org.members.staff.email,
      name: 'Again',
      roles: ['staff'],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].path).toBe('email');
    const dry = (
      await admin.post('/api/users/import', {
        csv: `email,name,roles\n${org.members.staff.email},Again,staff\n`,
        dryRun: true,
      })
    ).json();
    expect(dry.rejected[0].errors.join()).toMatch(/already a member/);
  });

  it('never leaves the organisation without an administrator', async () => {
    const res = await admin.patch(`/api/users/${org.members.admin.userId}`, { roles: ['staff'] });
    expect(res.statusCode).toBe(409);
    const members = (await admin.get('/api/users')).json().items;
    expect(members.find((m: { userId: string }) => m.userId === org.members.admin.userId).roles).toEqual([
      'admin',
    ]);
  });
});
