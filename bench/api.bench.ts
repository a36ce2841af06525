// `npm run bench`: throughput and p99 latency of an authenticated read route against a bare
// Fastify route doing the same single SELECT on the same pool, measured in the same run.
// Absolute numbers vary with the machine; the ratio is what we hold ourselves to (target >= 0.5).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/server/demo/demo-accounts.ts';
import { seedDemo } from '../src/server/demo/seed-demo.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { openDatabases } from '../src/server/platform/db/database.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 10;
const ROUNDS = 3;

const dataDir = mkdtempSync(join(tmpdir(), 'haven-bench-'));
const config = loadConfig({ HAVEN_DATA_DIR: dataDir, HAVEN_DEMO: '0' });
const databases = await openDatabases(config);
const organisationId = await seedDemo(databases.owner);

const app = await buildApp({ config, databases });
await app.listen({ port: 0, host: '127.0.0.1' });
const appUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

// The baseline: no hooks, no plugins, the same query on the same pool.
const bare = Fastify();
bare.get('/bare', async () => {
  const r = await databases.appPool.query(
    'select id, name, slug, young_person_names, created_at from organisations where id = $1',
    [organisationId],
  );
  return { rows: r.rowCount };
});
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;

// Sign in as the demo staff member and keep the session cookie.
const staff = DEMO_ACCOUNTS.find((a) => a.role === 'staff');
const csrf = await fetch(`${appUrl}/api/auth/csrf`);
const csrfToken = ((await csrf.json()) as { csrfToken: string }).csrfToken;
const signIn = await fetch(`${appUrl}/api/auth/sign-in`, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    'x-csrf-token': csrfToken,
    cookie: `haven_csrf=${csrfToken}`,
  },
  body: JSON.stringify({ email: staff?.email, password: DEMO_PASSWORD }),
});
const sessionCookie = signIn.headers
  .getSetCookie()
  .find((c) => c.startsWith('haven_session='))
  ?.split(';')[0];
if (!sessionCookie) throw new Error('sign-in failed');
const check = await fetch(`${appUrl}/api/organisation`, { headers: { cookie: sessionCookie } });
if (check.status !== 200) throw new Error(`authenticated route returned ${check.status}`);

type Result = { rps: number; p99: number };
const measure = async (url: string, headers: Record<string, string> = {}): Promise<Result> => {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers, workers: 1 });
  if (r.non2xx || r.errors) throw new Error(`${url}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
  return { rps: r.requests.average, p99: r.latency.p99 };
};

// Alternate the two so drift in the machine's load affects both alike; keep each one's best round.
const best = { bare: { rps: 0, p99: Infinity }, haven: { rps: 0, p99: Infinity } };
await measure(bareUrl); // warm-up
for (let i = 0; i < ROUNDS; i++) {
  const b = await measure(bareUrl);
  const h = await measure(`${appUrl}/api/organisation`, { cookie: sessionCookie });
  if (b.rps > best.bare.rps) best.bare = b;
  if (h.rps > best.haven.rps) best.haven = h;
  process.stdout.write(
    `round ${i + 1}: bare ${b.rps.toFixed(0)} req/s p99 ${b.p99} ms; Haven ${h.rps.toFixed(0)} req/s p99 ${h.p99} ms\n`,
  );
}

const ratio = best.haven.rps / best.bare.rps;
process.stdout.write(
  [
    '',
    `Bare Fastify + single SELECT (baseline): ${best.bare.rps.toFixed(0)} req/s, p99 ${best.bare.p99} ms`,
    `GET /api/organisation (session cookie, RLS-scoped read): ${best.haven.rps.toFixed(0)} req/s, p99 ${best.haven.p99} ms`,
    `Throughput ratio Haven/bare: ${ratio.toFixed(2)} (target >= 0.5) ${ratio >= 0.5 ? 'MET' : 'NOT MET'}`,
    `p99 ratio Haven/bare: ${(best.haven.p99 / best.bare.p99).toFixed(2)}`,
    '',
  ].join('\n'),
);

await app.close();
await bare.close();
await databases.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(ratio >= 0.5 ? 0 : 1);
