import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPasswordRules } from '../../src/server/platform/auth/passwords.ts';
import { TEST_PASSWORD } from '../support/constants.ts';
import { createTestApp, currentCode, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let org: TestOrganisation;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.createOrganisationWithMembers('Harbour Youth Trust');
});
afterAll(() => t.close());

describe('password rules (NCSC: length over composition, refuse common passwords)', () => {
  const ctx = { email: 'sam.jones@example.org', organisationNames: ['Harbour Youth Trust'] };
  it('needs at least 12 characters and allows at least 64', () => {
    expect(checkPasswordRules('short phrase', ctx)).toEqual([]);
    expect(checkPasswordRules('eleven char', ctx)[0]?.message).toMatch(/at least 12/);
    expect(checkPasswordRules(`${'x'.repeat(40)} words and more words!!`, ctx)).toEqual([]);
    expect(checkPasswordRules('a'.repeat(64), ctx)).toEqual([]);
  });
  it('has no composition rules', () => {
    expect(checkPasswordRules('alllowercaseletters', ctx)).toEqual([]);
  });
  it('refuses the most common passwords', () => {
    expect(checkPasswordRules('123qweasdzxc', ctx)[0]?.message).toMatch(/most common/);
    expect(checkPasswordRules('qwerty123456', ctx)[0]?.message).toMatch(/most common/);
  });
  it('refuses passwords containing the email name or the organisation name', () => {
    expect(checkPasswordRules('my-name-is-sam.jones-ok', ctx)[0]?.message).toMatch(/email name/);
    expect(checkPasswordRules('i-love-harbour-youth-trust', ctx)[0]?.message).toMatch(/organisation/);
  });
});

describe('sign-in', () => {
  it('signs a staff member straight in, with a fresh HttpOnly session cookie', async () => {
    const a = t.agent();
    const res = await a.post('/api/auth/sign-in', {
      email: org.members.staff.email,
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'active' });
    const cookie = res.cookies.find((c) => c.name === 'haven_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(Buffer.from(cookie?.value ?? '', 'base64url').length).toBeGreaterThanOrEqual(16);
    const session = await a.get('/api/auth/session');
    expect(session.json().user.email).toBe(org.members.staff.email);
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const unknown = await t
      .agent('10.0.0.1')
      .post('/api/auth/sign-in', { email: 'nobody@example.org', password: 'whatever-long-pass' });
    const wrong = await t
      .agent('10.0.0.1')
      .post('/api/auth/sign-in', { email: org.members.staff.email, password: 'not-the-password' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('throttles repeated guessing from one address without locking the user out elsewhere', async () => {
    const attacker = t.agent('10.0.0.66');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (
          await attacker.post('/api/auth/sign-in', {
            email: org.members.volunteer.email,
            password: `guess-number-${i}-x`,
          })
        ).statusCode,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
    const throttled = await attacker.post('/api/auth/sign-in', {
      email: org.members.volunteer.email,
      password: TEST_PASSWORD,
    });
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // The real user, elsewhere, is not locked out.
    const user = await t
      .agent('10.0.0.7')
      .post('/api/auth/sign-in', { email: org.members.volunteer.email, password: TEST_PASSWORD });
    expect(user.statusCode).toBe(200);
  });

  it('refuses a disabled member', async () => {
    const o = await t.createOrganisationWithMembers();
    await t.dbs.owner
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', o.members.staff.userId)
      .execute();
    const res = await t
      .agent()
      .post('/api/auth/sign-in', { email: o.members.staff.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(401);
  });
});

describe('two-factor authentication', () => {
  it('holds a DSL at the 2FA step until a valid code is given, and refuses a replayed code', async () => {
    const a = t.agent();
    const res = await a.post('/api/auth/sign-in', { email: org.members.dsl.email, password: TEST_PASSWORD });
    expect(res.json()).toEqual({ status: 'awaiting_2fa' });
    expect((await a.get('/api/people')).statusCode).toBe(401);
    const before = a.cookies.get('haven_session');
    const bad = await a.post('/api/auth/two-factor/verify', { code: '000000' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('code');
    const code = currentCode(org.members.dsl.totpSecret as string);
    const ok = await a.post('/api/auth/two-factor/verify', { code });
    expect(ok.statusCode).toBe(200);
    expect(a.cookies.get('haven_session')).not.toBe(before);
    expect((await a.get('/api/people')).statusCode).toBe(200);

    const b = t.agent();
    await b.post('/api/auth/sign-in', { email: org.members.dsl.email, password: TEST_PASSWORD });
    expect((await b.post('/api/auth/two-factor/verify', { code })).statusCode).toBe(422);
  });

  it('makes 2FA mandatory for admin, DSL, deputy and coordinator: enrolment with QR and recovery codes', async () => {
    const o = await t.createOrganisationWithMembers();
    await t.dbs.owner
      .updateTable('users')
      .set({ totp_secret: null, totp_enabled_at: null })
      .where('id', '=', o.members.online_safety_coordinator.userId)
      .execute();
    const a = t.agent();
    const res = await a.post('/api/auth/sign-in', {
      email: o.members.online_safety_coordinator.email,
      password: TEST_PASSWORD,
    });
    expect(res.json()).toEqual({ status: 'must_enrol_2fa' });
    const blocked = await a.get('/api/people');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().title).toMatch(/two-factor/i);

    const setup = await a.post('/api/auth/two-factor/setup');
    expect(setup.statusCode).toBe(200);
    const { secret, otpauthUrl, qrCodeSvg } = setup.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Haven:/);
    expect(qrCodeSvg).toMatch(/<svg/);
    const enable = await a.post('/api/auth/two-factor/enable', { code: currentCode(secret) });
    expect(enable.statusCode).toBe(200);
    const { recoveryCodes } = enable.json();
    expect(recoveryCodes).toHaveLength(10);
    expect((await a.get('/api/people')).statusCode).toBe(200);

    // A recovery code works once, in place of the authenticator code.
    const b = t.agent();
    await b.post('/api/auth/sign-in', {
      email: o.members.online_safety_coordinator.email,
      password: TEST_PASSWORD,
    });
    expect((await b.post('/api/auth/two-factor/verify', { code: recoveryCodes[0] })).statusCode).toBe(200);
    const c = t.agent();
    await c.post('/api/auth/sign-in', {
      email: o.members.online_safety_coordinator.email,
      password: TEST_PASSWORD,
    });
    expect((await c.post('/api/auth/two-factor/verify', { code: recoveryCodes[0] })).statusCode).toBe(422);
    expect(
      (await c.post('/api/auth/two-factor/verify', { code: recoveryCodes[1].toUpperCase() })).statusCode,
    ).toBe(200);
  });
});

describe('sessions', () => {
  it('ends after 30 minutes idle and after 12 hours in all', async () => {
    const a = await t.signIn(org.members.staff);
    expect((await a.get('/api/people')).statusCode).toBe(200);
    await t.dbs.owner
      .updateTable('sessions')
      .set({ last_seen_at: sql`now() - interval '31 minutes'` })
      .where('user_id', '=', org.members.staff.userId)
      .execute();
    expect((await a.get('/api/people')).statusCode).toBe(401);

    const b = await t.signIn(org.members.staff);
    await t.dbs.owner
      .updateTable('sessions')
      .set({ created_at: sql`now() - interval '12 hours 1 minute'` })
      .where('user_id', '=', org.members.staff.userId)
      .execute();
    expect((await b.get('/api/people')).statusCode).toBe(401);
  });

  it('signs out everywhere', async () => {
    const a = await t.signIn(org.members.trustee);
    const b = await t.signIn(org.members.trustee);
    expect((await a.post('/api/auth/sign-out-everywhere')).statusCode).toBe(204);
    expect((await b.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('rejects a state-changing request without the CSRF token', async () => {
    const a = await t.signIn(org.members.staff);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      cookies: { haven_session: a.cookies.get('haven_session') as string },
      payload: { kind: 'young_person', name: 'Kai' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    const wrong = await a.post(
      '/api/people',
      { kind: 'young_person', name: 'Kai' },
      { 'x-csrf-token': 'forged' },
    );
    expect(wrong.statusCode).toBe(403);
  });
});

describe('password reset and invitations', () => {
  const tokenFrom = (body: string) => /#token=([A-Za-z0-9_-]+)/.exec(body)?.[1] as string;
  const lastMail = async (organisationId: string, to: string) =>
    t.dbs.owner
      .selectFrom('mail_outbox')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .where('to_address', '=', to)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();

  it('resets by an emailed link without bypassing 2FA, and ends old sessions', async () => {
    const old = await t.signIn(org.members.deputy_dsl);
    const res = await t
      .agent()
      .post('/api/auth/password-reset/request', { email: org.members.deputy_dsl.email });
    expect(res.statusCode).toBe(202);
    expect(
      (await t.agent().post('/api/auth/password-reset/request', { email: 'nobody@example.org' })).statusCode,
    ).toBe(202);
    const mail = await lastMail(org.id, org.members.deputy_dsl.email);
    expect(mail.body_text).toMatch(/\/reset-password#token=/);
    const token = tokenFrom(mail.body_text);
    const weak = await t.agent().post('/api/auth/password-reset/complete', { token, password: 'short' });
    expect(weak.statusCode).toBe(422);
    const done = await t
      .agent()
      .post('/api/auth/password-reset/complete', { token, password: 'a-brand-new-long-passphrase' });
    expect(done.statusCode).toBe(204);
    expect((await old.get('/api/auth/session')).statusCode).toBe(401);
    expect(
      (
        await t
          .agent()
          .post('/api/auth/password-reset/complete', { token, password: 'another-new-long-passphrase' })
      ).statusCode,
    ).toBe(400);
    const a = t.agent();
    const signIn = await a.post('/api/auth/sign-in', {
      email: org.members.deputy_dsl.email,
      password: 'a-brand-new-long-passphrase',
    });
    expect(signIn.json()).toEqual({ status: 'awaiting_2fa' });
  });

  it('invites by an emailed link; the new member sets a password and joins with the invited roles', async () => {
    const admin = await t.signIn(org.members.admin);
    const inv = await admin.post('/api/users/invitations', {
      email: 'New.Volunteer@Example.org',
      name: 'Nia Brown',
      roles: ['volunteer'],
    });
    expect(inv.statusCode).toBe(201);
    const mail = await lastMail(org.id, 'new.volunteer@example.org');
    const token = tokenFrom(mail.body_text);
    const inspect = await t.agent().post('/api/auth/invitations/inspect', { token });
    expect(inspect.json()).toMatchObject({ organisationName: 'Harbour Youth Trust', accountExists: false });
    const accept = await t.agent().post('/api/auth/invitations/accept', {
      token,
      name: 'Nia Brown',
      password: 'volunteering-on-tuesdays',
    });
    expect(accept.statusCode).toBe(204);
    const a = t.agent();
    expect(
      (
        await a.post('/api/auth/sign-in', {
          email: 'new.volunteer@example.org',
          password: 'volunteering-on-tuesdays',
        })
      ).json(),
    ).toEqual({ status: 'active' });
    const session = (await a.get('/api/auth/session')).json();
    expect(session.organisation.roles).toEqual(['volunteer']);
    expect(
      (
        await t
          .agent()
          .post('/api/auth/invitations/accept', { token, name: 'Nia', password: 'volunteering-on-tuesdays' })
      ).statusCode,
    ).toBe(400);
  });
});

describe('step-up', () => {
  it('re-asks for the second factor and records when it was given', async () => {
    const a = await t.signIn(org.members.dsl);
    expect((await a.post('/api/auth/step-up', { code: '123456' })).statusCode).toBe(422);
    // The sign-in code was used already; the next time step is a fresh code.
    const res = await a.post('/api/auth/step-up', {
      code: currentCode(org.members.dsl.totpSecret as string, 1),
    });
    expect(res.statusCode).toBe(204);
    const session = await t.dbs.owner
      .selectFrom('sessions')
      .select('step_up_at')
      .where('user_id', '=', org.members.dsl.userId)
      .where('step_up_at', 'is not', null)
      .executeTakeFirst();
    expect(session?.step_up_at).toBeInstanceOf(Date);
    const staff = await t.signIn(org.members.staff);
    expect((await staff.post('/api/auth/step-up', { code: '123456' })).statusCode).toBe(409);
  });
});
