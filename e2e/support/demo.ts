import * as OTPAuth from 'otpauth';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/server/demo/demo-accounts.ts';

export { DEMO_PASSWORD };

export function demoAccount(role: (typeof DEMO_ACCOUNTS)[number]['role']) {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
}

const lastStepUsed = new Map<string, number>();
const PERIOD_MS = 30_000;

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
