import { z } from 'zod';

export const ROLES = [
  'admin',
  'dsl',
  'deputy_dsl',
  'online_safety_coordinator',
  'staff',
  'volunteer',
  'trustee',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  dsl: 'Designated Safeguarding Lead',
  deputy_dsl: 'Deputy DSL',
  online_safety_coordinator: 'Online safety coordinator',
  staff: 'Staff',
  volunteer: 'Volunteer',
  trustee: 'Trustee',
};

/** Anyone who can read concerns must use two-factor authentication. */
export const ROLES_REQUIRING_2FA: readonly Role[] = [
  'admin',
  'dsl',
  'deputy_dsl',
  'online_safety_coordinator',
];

export const requiresTwoFactor = (roles: readonly Role[]): boolean =>
  roles.some((r) => ROLES_REQUIRING_2FA.includes(r));

/** Who is acting, as every policy and repo call sees them. */
export type Actor = {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
  sessionId: string;
  ip: string;
};

export const hasAnyRole = (actor: Pick<Actor, 'roles'>, roles: readonly Role[]): boolean =>
  actor.roles.some((r) => roles.includes(r));
