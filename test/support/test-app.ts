import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { createMember, createOrganisation, createPerson } from '../../src/server/demo/factories.ts';
import type { Role } from '../../src/server/platform/auth/roles.ts';
import { newTotpSecret } from '../../src/server/platform/auth/totp.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { type Databases, openDatabases } from '../../src/server/platform/db/database.ts';
import { configureSessionCache } from '../../src/server/platform/http/authenticate.ts';
import { Agent } from './agent.ts';
import { TEMPLATE_DB, TEST_APP_PASSWORD, TEST_PASSWORD } from './constants.ts';

export type TestApp = {
  app: FastifyInstance;
  dbs: Databases;
  url: string;
  /** A new organisation with one member per role; members needing 2FA have it enabled. */
  createOrganisationWithMembers: (name?: string) => Promise<TestOrganisation>;
  signIn: (member: TestMember, ip?: string) => Promise<Agent>;
  agent: (ip?: string) => Agent;
  close: () => Promise<void>;
};

export type TestMember = {
  userId: string;
  email: string;
  roles: Role[];
  totpSecret: string | undefined;
  password: string;
};
export type TestOrganisation = {
  id: string;
  name: string;
  members: Record<Role, TestMember>;
  youngPersonId: string;
  schoolId: string;
};

export const currentCode = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });

const ROLE_LIST: Role[] = [
  'admin',
  'dsl',
  'deputy_dsl',
  'online_safety_coordinator',
  'staff',
  'volunteer',
  'trustee',
];
const NEEDS_2FA: Role[] = ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator'];

/** A fresh database cloned from the migrated template, with Haven's app built on it. */
export async function createTestApp(): Promise<TestApp> {
  const adminUrl = inject('pgAdminUrl');
  const dbName = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${adminUrl}/postgres` });
  await admin.connect();
  await admin.query(`create database ${dbName} template ${TEMPLATE_DB}`);
  await admin.end();
  const attachmentsDir = join(tmpdir(), `haven-attachments-${dbName}`);
  const config = loadConfig({
    DATABASE_URL: `${adminUrl}/${dbName}`,
    HAVEN_APP_DB_PASSWORD: TEST_APP_PASSWORD,
    HAVEN_PUBLIC_URL: 'http://haven.test',
    HAVEN_ATTACHMENTS_DIR: attachmentsDir,
  });
  const dbs = await openDatabases(config);
  configureSessionCache(0);
  const app = await buildApp({
    config,
    databases: dbs,
    logger: process.env.HAVEN_TEST_LOG ? { level: 'error' } : false,
  });
  await app.ready();
  let counter = 0;

  const agent = (ip = '127.0.0.1') => new Agent(app, ip);
  return {
    app,
    dbs,
    url: `${adminUrl}/${dbName}`,
    agent,
    async createOrganisationWithMembers(name = `Test Org ${++counter}`) {
      const slug = `org-${randomBytes(4).toString('hex')}`;
      const id = await createOrganisation(dbs.owner, { name, slug, youngPersonNames: 'first_name' });
      const members = {} as Record<Role, TestMember>;
      for (const role of ROLE_LIST) {
        const email = `${role}.${slug}@example.org`;
        const totpSecret = NEEDS_2FA.includes(role) ? newTotpSecret() : undefined;
        const userId = await createMember(dbs.owner, {
          organisationId: id,
          email,
          name: `${role} person`,
          roles: [role],
          password: TEST_PASSWORD,
          totpSecret,
        });
        members[role] = { userId, email, roles: [role], totpSecret, password: TEST_PASSWORD };
      }
      const schoolId = await createPerson(dbs.owner, {
        organisationId: id,
        kind: 'school',
        name: `Oakfield Primary School ${slug}`,
      });
      const youngPersonId = await createPerson(dbs.owner, {
        organisationId: id,
        kind: 'young_person',
        name: 'Amira',
        schoolId,
      });
      return { id, name, members, youngPersonId, schoolId };
    },
    async signIn(member, ip = '127.0.0.1') {
      const a = agent(ip);
      const res = await a.post('/api/auth/sign-in', { email: member.email, password: member.password });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
      if (member.totpSecret) {
        // Haven refuses a code twice; tests sign the same person in many times within 30 seconds,
        // so forget the last used step as if the next sign-in came later.
        await dbs.owner
          .updateTable('users')
          .set({ totp_last_counter: null })
          .where('id', '=', member.userId)
          .execute();
        const v = await a.post('/api/auth/two-factor/verify', { code: currentCode(member.totpSecret) });
        if (v.statusCode !== 200) throw new Error(`2FA failed: ${v.statusCode} ${v.body}`);
      }
      return a;
    },
    async close() {
      await app.close();
      await dbs.close();
      const drop = new pg.Client({ connectionString: `${adminUrl}/postgres` });
      await drop.connect();
      await drop.query(`drop database if exists ${dbName} with (force)`);
      await drop.end();
      rmSync(attachmentsDir, { recursive: true, force: true });
    },
  };
}
