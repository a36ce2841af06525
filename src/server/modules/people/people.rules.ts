import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { YoungPersonNames } from '../../platform/db/tables.ts';
import type { FieldError } from '../../platform/errors.ts';

/**
 * R-DATA-1: "client names kept as first name or initials only" where the organisation chooses so.
 * The rule is enforced on input, so a full name never reaches the database in those modes.
 */
export function checkYoungPersonName(
  name: string,
  mode: YoungPersonNames,
): { value: string } | { error: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (mode === 'full') return { value: trimmed };
  if (mode === 'first_name') {
    if (/^[\p{L}][\p{L}'’-]*$/u.test(trimmed)) return { value: trimmed };
    return {
      error:
        'Your organisation records young people by first name only. Enter just the first name, for example “Amira”.',
    };
  }
  const letters = trimmed.replace(/[.\s]/g, '');
  if (/^\p{L}{1,4}$/u.test(letters) && /^(\p{L}\.?\s?){1,4}$/u.test(trimmed)) {
    return { value: `${[...letters.toUpperCase()].join('.')}.` };
  }
  return {
    error: 'Your organisation records young people by initials only. Enter initials, for example “J.S.”.',
  };
}

/** UK numbers by default; an international number needs its + prefix. Stored in E.164. */
export function normalisePhone(phone: string): { value: string } | { error: string } {
  const parsed = parsePhoneNumberFromString(phone, 'GB');
  if (parsed?.isValid()) return { value: parsed.number };
  return { error: 'Enter a valid phone number, such as 020 7946 0123 or +44 7911 123456.' };
}

export const formatPhone = (e164: string | null): string | null => {
  if (!e164) return null;
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'GB' ? parsed.formatNational() : parsed.formatInternational();
};

export type PersonInput = {
  kind: 'young_person' | 'parent_carer' | 'school' | 'teacher' | 'consultant' | 'contractor' | 'visitor';
  name: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  roleTitle?: string | null | undefined;
  schoolId?: string | null | undefined;
  notes?: string | undefined;
};

/** Field rules that depend on the organisation; shape was already checked by the schema. */
export function checkPersonFields(
  input: PersonInput,
  mode: YoungPersonNames,
): { errors: FieldError[]; name: string; phone: string | null } {
  const errors: FieldError[] = [];
  let name = input.name.trim();
  if (input.kind === 'young_person') {
    const checked = checkYoungPersonName(name, mode);
    if ('error' in checked) errors.push({ path: 'name', message: checked.error });
    else name = checked.value;
  }
  let phone: string | null = null;
  if (input.phone) {
    const checked = normalisePhone(input.phone);
    if ('error' in checked) errors.push({ path: 'phone', message: checked.error });
    else phone = checked.value;
  }
  if (input.schoolId && input.kind !== 'young_person' && input.kind !== 'teacher') {
    errors.push({ path: 'schoolId', message: 'Only young people and teachers are linked to a school.' });
  }
  return { errors, name, phone };
}
