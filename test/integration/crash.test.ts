import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/demo/demo-accounts.ts';
import { HttpClient, startHavenProcess, waitForExit } from '../support/server-process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'haven-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const staff = DEMO_ACCOUNTS.find((a) => a.role === 'staff');

async function signInAsStaff(baseUrl: string): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  await client.send('GET', '/api/auth/csrf');
  const res = await client.send('POST', '/api/auth/sign-in', {
    email: staff?.email,
    password: DEMO_PASSWORD,
  });
  expect(res.status).toBe(200);
  return client;
}

describe('a kill -9 of the server during a stream of writes', () => {
  it('keeps every acknowledged write, and the next start succeeds on the same data directory', async () => {
    const first = await startHavenProcess(dataDir);
    const client = await signInAsStaff(first.baseUrl);
    const acknowledged: string[] = [];
    let stop = false;
    // Four writers at once, so the kill lands while requests are in flight.
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await client.send('POST', '/api/people', {
            kind: 'visitor',
            name: `Visitor ${w}-${i}`,
          });
          if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        } catch {
          return; // the server died mid-request: this write was never acknowledged
        }
      }
    });
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 60 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await waitForExit(first.child);

    // PostgreSQL survived the Node process as an orphan holding the data directory.
    const pid = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(() => process.kill(pid, 0)).not.toThrow();

    const second = await startHavenProcess(dataDir);
    try {
      expect(second.output()).toMatch(/left running by an earlier Haven/);
      const again = await signInAsStaff(second.baseUrl);
      const missing: string[] = [];
      for (const id of acknowledged) {
        const res = await again.send('GET', `/api/people/${id}`);
        if (res.status !== 200) missing.push(id);
      }
      expect(missing).toEqual([]);
      expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    } finally {
      second.child.kill('SIGTERM');
      await waitForExit(second.child);
    }
    // A clean stop takes PostgreSQL down with it and releases the directory.
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'haven.pid'))).toBe(false);
  }, 180_000);

  it('refuses a second Haven on a data directory already in use, saying why', async () => {
    const running = await startHavenProcess(dataDir);
    try {
      await expect(startHavenProcess(dataDir)).rejects.toThrow(/already using the data directory/);
      expect((await fetch(`${running.baseUrl}/api/health`)).status).toBe(200);
    } finally {
      running.child.kill('SIGTERM');
      await waitForExit(running.child);
    }
  }, 120_000);
});
