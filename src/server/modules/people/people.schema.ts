import { z } from 'zod';

export const PERSON_KINDS = [
  'young_person',
  'parent_carer',
  'school',
  'teacher',
  'consultant',
  'contractor',
  'visitor',
] as const;
export const PersonKindSchema = z.enum(PERSON_KINDS);

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} has at most ${max} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullish();

/** Shape only: the naming mode and phone rules depend on the organisation and are checked in the service. */
export const CreatePersonRequest = z.strictObject({
  kind: PersonKindSchema,
  name: z.string().trim().min(1, 'Enter a name.').max(200, 'A name has at most 200 characters.'),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .email('Enter an email address such as name@example.org.')
    .or(z.literal('').transform(() => null))
    .nullish(),
  phone: optionalText(40, 'A phone number'),
  roleTitle: optionalText(200, 'A role'),
  schoolId: z.string().uuid('Choose a school from the list.').nullish(),
  notes: z.string().max(5000, 'Notes have at most 5,000 characters.').optional(),
});
export const UpdatePersonRequest = CreatePersonRequest.omit({ kind: true }).partial();

export const PersonResponse = z.object({
  id: z.string().uuid(),
  kind: PersonKindSchema,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  roleTitle: z.string().nullable(),
  schoolId: z.string().uuid().nullable(),
  schoolName: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  archivedAt: z.string().datetime().nullable(),
});

export const ListPeopleQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  kind: PersonKindSchema.optional(),
  includeArchived: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const ListPeopleResponse = z.object({
  items: z.array(PersonResponse),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  youngPersonNames: z.enum(['full', 'first_name', 'initials']),
});

export const PersonIdParams = z.strictObject({ personId: z.string().uuid('That is not a valid record id.') });

// Re-exported for the web client, which reads the import report's type from here.
export { ImportCsvRequest, ImportReportResponse } from '../../platform/http/import.schema.ts';
