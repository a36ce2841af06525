import { z } from 'zod';

export const YoungPersonNamesSchema = z.enum(['full', 'first_name', 'initials']);

export const OrganisationResponse = z.object({
  id: z.string().uuid(),
  name: z.string(),
  slug: z.string(),
  youngPersonNames: YoungPersonNamesSchema,
  createdAt: z.string().datetime(),
});
export const UpdateOrganisationRequest = z.strictObject({
  name: z.string().trim().min(2, 'Enter the organisation’s name.').max(200).optional(),
  youngPersonNames: YoungPersonNamesSchema.optional(),
});
