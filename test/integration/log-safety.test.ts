import { describe, expect, it } from 'vitest';
import { serialiseError } from '../../src/server/platform/http/log-safety.ts';

describe('log safety', () => {
  it('keeps row values that PostgreSQL quotes in an error out of the log', () => {
    const pgError = Object.assign(
      new Error('duplicate key value violates unique constraint "users_email_key"'),
      {
        code: '23505',
        detail: 'Key (email)=(amira.parent@example.org) already exists.',
        where: 'SQL statement',
      },
    );
    const logged = JSON.stringify(serialiseError(pgError));
    expect(logged).toContain('23505');
    expect(logged).not.toContain('amira.parent@example.org');
  });
});
