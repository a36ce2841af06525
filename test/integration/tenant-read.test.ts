import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/server/platform/db/tenancy.ts';
import { createTenantReader, inlineParameters, toLiteral } from '../../src/server/platform/db/tenant-read.ts';
import { createTestApp, type TestApp, type TestOrganisation } from '../support/test-app.ts';

let t: TestApp;
let a: TestOrganisation;
let b: TestOrganisation;

beforeAll(async () => {
  t = await createTestApp();
  a = await t.createOrganisationWithMembers();
  b = await t.createOrganisationWithMembers();
});
afterAll(() => t.close());

describe('the one-round-trip tenant read', () => {
  it('writes values as literals that PostgreSQL reads back exactly', async () => {
    const hostile = [
      "O'Brien",
      "\\'; drop table people; --",
      'back\\slash',
      'ünïcødé 👍',
      "''",
      '$1',
      "E'x'",
    ];
    for (const value of hostile) {
      const read = createTenantReader(t.dbs.appPool);
      const rows = await read(
        { organisationId: a.id, userId: a.members.staff.userId },
        t.dbs.app.selectNoFrom((eb) => eb.val(value).as('v')),
      );
      expect(rows[0]).toEqual({ v: value });
    }
  });

  it('refuses what it cannot write safely', () => {
    expect(() => toLiteral('nul\0byte')).toThrow(/NUL/);
    expect(() => toLiteral(Number.NaN)).toThrow();
    expect(() => toLiteral({})).toThrow();
    expect(() => inlineParameters("select 'quoted' where x = $1", ['a'])).toThrow(/quoted/);
    expect(() => inlineParameters('select $2', ['a'])).toThrow(/no parameter/);
  });

  it('is scoped by row-level security to the caller’s organisation, and leaves no context behind', async () => {
    const read = createTenantReader(t.dbs.appPool);
    const mine = await read(
      { organisationId: b.id, userId: b.members.staff.userId },
      t.dbs.app.selectFrom('people').select('organisation_id'),
    );
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.organisation_id === b.id)).toBe(true);
    const theirs = await read(
      { organisationId: b.id, userId: b.members.staff.userId },
      t.dbs.app.selectFrom('people').select('id').where('organisation_id', '=', a.id),
    );
    expect(theirs).toEqual([]);
    // The next use of a pooled connection sees no organisation at all.
    const after = await Promise.all(
      Array.from({ length: 25 }, () =>
        inTransaction(t.dbs.app, {}, (tx) => tx.selectFrom('people').select('id').execute()),
      ),
    );
    expect(after.every((rows) => rows.length === 0)).toBe(true);
  });
});
