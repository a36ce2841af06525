import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const ISSUER = 'Haven';

const totpFor = (secret: string, label: string) =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export async function describeEnrolment(secret: string, email: string) {
  const otpauthUrl = totpFor(secret, email).toString();
  const qrCodeSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, otpauthUrl, qrCodeSvg };
}

/**
 * Checks a code allowing one step of clock drift either way. Returns the time step it matched,
 * so the caller can refuse a code that was already used (replay).
 */
export function matchTotp(secret: string, code: string, lastCounter: number | null): number | null {
  const totp = totpFor(secret, 'check');
  const delta = totp.validate({ token: code, window: 1 });
  if (delta === null) return null;
  const counter = totp.counter() + delta;
  if (lastCounter !== null && counter <= lastCounter) return null;
  return counter;
}

/** Recovery codes: 10 of them, 10 characters from an alphabet without look-alikes, shown once. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[^a-z0-9]/g, '');
export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
