import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/server/demo/demo-accounts.ts';
import { TEST_APP_PASSWORD } from '../support/constants.ts';
import { createTestApp, currentCode, type TestApp } from '../support/test-app.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let t: TestApp;

const haven = (args: string[], env: Record<string, string> = {}, node = process.execPath) =>
  spawnSync(node, [join(ROOT, 'bin', 'haven.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: t.url, HAVEN_APP_DB_PASSWORD: TEST_APP_PASSWORD, ...env },
  });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the haven command', () => {
  it('gives help for every command', () => {
    for (const args of [
      ['--help'],
      ['start', '--help'],
      ['init', '--help'],
      ['migrate', '--help'],
      ['audit', 'verify', '--help'],
      ['users', 'add', '--help'],
    ]) {
      const r = haven(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toMatch(/Usage: haven/);
    }
  });

  it('runs on the project’s Node 24 even when started by an older Node', () => {
    const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p));
    if (!systemNode) return;
    const r = haven(['demo', 'code', 'dsl'], {}, systemNode);
    expect(r.status, r.stderr).toBe(0);
    const secret = DEMO_ACCOUNTS.find((a) => a.role === 'dsl')?.totpSecret as string;
    expect([currentCode(secret), currentCode(secret, -1)]).toContain(r.stdout.trim());
  });

  it('init creates an organisation and its first administrator, and refuses a weak password', () => {
    const weak = haven(
      [
        'init',
        '--organisation',
        'Northern Lights Play',
        '--admin-email',
        'lead@northern.example',
        '--admin-name',
        'Lee Lead',
      ],
      { HAVEN_PASSWORD: 'short' },
    );
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/at least 12/);
    const ok = haven(
      [
        'init',
        '--organisation',
        'Northern Lights Play',
        '--admin-email',
        'lead@northern.example',
        '--admin-name',
        'Lee Lead',
      ],
      { HAVEN_PASSWORD: 'a-sound-long-passphrase' },
    );
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Created Northern Lights Play \(northern-lights-play\)/);
    const again = haven(
      [
        'users',
        'add',
        '--organisation',
        'northern-lights-play',
        '--email',
        'vol@northern.example',
        '--name',
        'Val',
        '--roles',
        'volunteer',
      ],
      { HAVEN_PASSWORD: 'another-long-passphrase' },
    );
    expect(again.status, again.stderr).toBe(0);
    const bad = haven(
      [
        'users',
        'add',
        '--organisation',
        'northern-lights-play',
        '--email',
        'x@northern.example',
        '--name',
        'X',
        '--roles',
        'wizard',
      ],
      { HAVEN_PASSWORD: 'another-long-passphrase' },
    );
    expect(bad.stderr).toMatch(/Unknown role/);
  });

  it('audit verify passes an intact log and names the first broken entry of a tampered one', async () => {
    const org = await t.createOrganisationWithMembers();
    const ok = haven(['audit', 'verify']);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`ok\\s+${org.id}`));
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(t.dbs.owner);
    await sql`update audit_log set action = 'rewritten' where organisation_id = ${org.id} and seq = 2`.execute(
      t.dbs.owner,
    );
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(t.dbs.owner);
    const broken = haven(['audit', 'verify']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`BROKEN\\s+${org.id}: first broken entry 2`));
  });

  it('lists every command in its help, although it loads only the one asked for', () => {
    const help = haven(['--help']);
    for (const name of [
      'start',
      'init',
      'migrate',
      'audit',
      'users',
      'demo',
      'scan',
      'check-message',
      'policy',
    ]) {
      expect(help.stdout).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
    }
    const unknown = haven(['sacn']);
    expect(unknown.status).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown command 'sacn'/);
    // Compiled code is kept between runs, in the project rather than the shared /tmp.
    const cache = join(ROOT, 'node_modules', '.cache', 'haven-compile');
    expect(existsSync(cache) && readdirSync(cache).length).toBeGreaterThan(0);
  });

  it('scan --jsonl answers good lines in order and names each bad one, on one thread or two', () => {
    const big = `{"id":"big","text":"${'a'.repeat(2 * 1024 * 1024)}"}`;
    const input = [
      '{"id":"m1","text":"call me on 07700 900123"}',
      'not json',
      '{"id":"m3"}',
      // A raw NUL byte, as binary data pasted into a log would carry.
      '{"id":"m4","text":"bad \u0000 byte"}',
      big,
      '{"id":"m6","text":"dont tell ur mum we talk, its our secret"}',
      '{"id":7,"text":"see you at 10:30 in room 12"}',
    ].join('\n');
    for (const threads of ['1', '2']) {
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'bin', 'haven.js'), 'scan', '--jsonl', '--threads', threads, '-'],
        { cwd: ROOT, encoding: 'utf8', input },
      );
      expect(r.status, r.stderr).toBe(1);
      const out = r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: unknown; findings: Array<{ type: string }> });
      expect(out.map((o) => o.id)).toEqual(['m1', 'm6', 7]);
      expect(out.map((o) => [...new Set(o.findings.map((f) => f.type))])).toEqual([
        ['phone'],
        ['grooming'],
        [],
      ]);
      expect(r.stderr).toMatch(/line 2: not valid JSON/);
      expect(r.stderr).toMatch(/line 3: missing "text"/);
      expect(r.stderr).toMatch(/line 4: line contains binary data/);
      expect(r.stderr).toMatch(/line 5: line is longer than the 1 MB limit/);
      expect(r.stderr).toMatch(/4 bad lines skipped; 3 scanned/);
    }
  });

  it('migrate reports the state', () => {
    const r = haven(['migrate']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Applied: 0001_foundation/);
  });
});
