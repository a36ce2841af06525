/**
 * Recovery codes are shown once. They pass from the enrolment page to the recovery-codes page in
 * memory only: never in the URL, history state or storage, so a reload cannot bring them back,
 * and they are forgotten as soon as the person confirms they have saved them.
 */
let pending: string[] | null = null;

export function holdRecoveryCodes(codes: string[]): void {
  pending = codes;
}

export function heldRecoveryCodes(): string[] | null {
  return pending;
}

export function forgetRecoveryCodes(): void {
  pending = null;
}
