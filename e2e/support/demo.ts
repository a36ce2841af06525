import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OTPAuth from 'otpauth';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/demo/demo-accounts.ts';

export { DEMO_PASSWORD };

export function demoAccount(role: (typeof DEMO_ACCOUNTS)[number]['role']) {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
}

const PERIOD_MS = 30_000;

// Remembered in a file beside the run's data directory, not in memory: Playwright starts a new
// worker process after a failed test, and the server still refuses a code the old worker used.
const stepsFile = `${process.env.HAVEN_E2E_DATA_DIR ?? join(tmpdir(), 'haven-e2e')}-totp-steps.json`;

function readSteps(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(stepsFile, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

const lastStepUsed = {
  get: (secret: string): number | undefined => readSteps()[secret],
  set: (secret: string, step: number) =>
    writeFileSync(stepsFile, JSON.stringify({ ...readSteps(), [secret]: step })),
};

/**
 * A current TOTP code that this run has not used yet: servers refuse a code twice, so when the
 * current 30-second step has been used, wait for the next one.
 */
export async function freshTotp(secret: string): Promise<string> {
  let step = Math.floor(Date.now() / PERIOD_MS);
  const last = lastStepUsed.get(secret);
  if (last !== undefined && step <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * PERIOD_MS - Date.now() + 200));
    step = Math.floor(Date.now() / PERIOD_MS);
  }
  // Too close to the end of a step and the code may expire in flight: wait for the next.
  if ((step + 1) * PERIOD_MS - Date.now() < 2_000) {
    await new Promise((resolve) => setTimeout(resolve, (step + 1) * PERIOD_MS - Date.now() + 200));
    step = Math.floor(Date.now() / PERIOD_MS);
  }
  lastStepUsed.set(secret, step);
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();
}
