import { z } from 'zod';
import { RoleSchema } from '../../platform/auth/roles.ts';
import { EmailSchema } from '../auth/auth.schema.ts';

const RolesField = z.array(RoleSchema).min(1, 'Choose at least one role.').max(7);

export const MemberResponse = z.object({
  userId: z.string().uuid(),
  name: z.string(),
  email: z.string(),
  roles: z.array(RoleSchema),
  hasTwoFactor: z.boolean(),
  disabled: z.boolean(),
  joinedAt: z.string().datetime(),
});
export const ListMembersResponse = z.object({ items: z.array(MemberResponse) });

export const UserIdParams = z.strictObject({ userId: z.string().uuid('That is not a valid user id.') });
export const UpdateMemberRequest = z.strictObject({
  roles: RolesField.optional(),
  disabled: z.boolean().optional(),
});

export const InviteUserRequest = z.strictObject({
  email: EmailSchema,
  name: z.string().trim().min(1, 'Enter their name.').max(200),
  roles: RolesField,
});
export const InvitationResponse = z.object({
  id: z.string().uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  expiresAt: z.string().datetime(),
  acceptedAt: z.string().datetime().nullable(),
  revokedAt: z.string().datetime().nullable(),
  createdAt: z.string().datetime(),
});
export const ListInvitationsResponse = z.object({ items: z.array(InvitationResponse) });
