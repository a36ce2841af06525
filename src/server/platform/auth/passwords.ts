import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldError } from '../errors.ts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// The list is ranked by how often each password was seen in breaches; NCSC and NIST both
// advise refusing the most common ones rather than imposing composition rules.
const COMMON = new Set(dictionary['passwords-common'].slice(0, 10_000).map((p) => p.toLowerCase()));

// Argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Hash something even without an account, so a response time does not reveal which addresses exist.
  if (!passwordHash) {
    await hash(password, ARGON2);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The rules, each failure explained. `path` names the field the message belongs to. */
export function checkPasswordRules(
  password: string,
  context: { email: string; organisationNames: readonly string[] },
  path = 'password',
): FieldError[] {
  const errors: FieldError[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    errors.push({
      path,
      message: `Use at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words work well.`,
    });
  }
  if (length > MAX_PASSWORD_LENGTH) {
    errors.push({ path, message: `Use at most ${MAX_PASSWORD_LENGTH} characters.` });
  }
  if (COMMON.has(password.toLowerCase())) {
    errors.push({
      path,
      message: 'This is one of the most common passwords, so it is easy to guess. Choose another.',
    });
  }
  const flat = normalise(password);
  const emailName = normalise(context.email.split('@')[0] ?? '');
  if (emailName.length >= 3 && flat.includes(emailName)) {
    errors.push({ path, message: 'Do not include your email name in your password.' });
  }
  for (const org of context.organisationNames) {
    const name = normalise(org);
    if (name.length >= 3 && flat.includes(name)) {
      errors.push({ path, message: `Do not include your organisation’s name (${org}) in your password.` });
      break;
    }
  }
  return errors;
}
