import { z } from 'zod';
import { RoleSchema } from '../../platform/auth/roles.ts';

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'An email address has at most 254 characters.')
  .email('Enter an email address such as name@example.org.');

// Length is checked by the password rules, which also explain themselves; here only the type.
const PasswordField = z.string().max(1024, 'A password has at most 1,024 characters.');
const TokenField = z.string().min(20, 'This link is incomplete.').max(200, 'This link is not valid.');

export const SignInRequest = z.strictObject({ email: EmailSchema, password: PasswordField });
export const SessionStatusSchema = z.enum(['active', 'awaiting_2fa', 'must_enrol_2fa']);
export const SignInResponse = z.object({ status: SessionStatusSchema });

export const VerifyTwoFactorRequest = z.strictObject({
  code: z
    .string()
    .trim()
    .min(6, 'Enter the 6-digit code from your authenticator app, or a recovery code.')
    .max(40),
});
export const SetUpTwoFactorResponse = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrCodeSvg: z.string(),
});
export const EnableTwoFactorRequest = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code your authenticator app shows.'),
});
export const EnableTwoFactorResponse = z.object({ recoveryCodes: z.array(z.string()) });
export const StepUpRequest = VerifyTwoFactorRequest;

export const OrganisationSummary = z.object({
  id: z.string().uuid(),
  name: z.string(),
  slug: z.string(),
  roles: z.array(RoleSchema),
});

export const GetSessionResponse = z.object({
  status: SessionStatusSchema,
  user: z.object({
    id: z.string().uuid(),
    name: z.string(),
    email: z.string(),
    hasTwoFactor: z.boolean(),
    twoFactorRequired: z.boolean(),
  }),
  organisation: OrganisationSummary.nullable(),
  organisations: z.array(OrganisationSummary),
  abilities: z.record(z.string(), z.boolean()),
  expiresAt: z.string().datetime(),
});

export const SwitchOrganisationRequest = z.strictObject({ organisationId: z.string().uuid() });

export const RequestPasswordResetRequest = z.strictObject({ email: EmailSchema });
export const CompletePasswordResetRequest = z.strictObject({ token: TokenField, password: PasswordField });
export const ChangePasswordRequest = z.strictObject({
  currentPassword: PasswordField,
  newPassword: PasswordField,
});

export const InspectInvitationRequest = z.strictObject({ token: TokenField });
export const InspectInvitationResponse = z.object({
  organisationName: z.string(),
  email: z.string(),
  name: z.string(),
  accountExists: z.boolean(),
});
export const AcceptInvitationRequest = z.strictObject({
  token: TokenField,
  name: z.string().trim().min(1, 'Enter your name.').max(200),
  password: PasswordField.optional(),
});

export const CsrfResponse = z.object({ csrfToken: z.string() });
