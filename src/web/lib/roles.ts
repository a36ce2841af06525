import type { Role } from '../../server/platform/auth/roles.ts';

export type { Role };

/**
 * The labels for each role. A copy of the server's ROLE_LABELS, so the web bundle does not carry Zod;
 * `satisfies` makes the type checker fail if a role is added on the server and not here.
 */
export const ROLE_LABELS = {
  admin: 'Administrator',
  dsl: 'Designated Safeguarding Lead',
  deputy_dsl: 'Deputy DSL',
  online_safety_coordinator: 'Online safety coordinator',
  staff: 'Staff',
  volunteer: 'Volunteer',
  trustee: 'Trustee',
} as const satisfies Record<Role, string>;

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const roleLabel = (role: Role): string => ROLE_LABELS[role];

export const roleList = (roles: readonly Role[]): string => roles.map(roleLabel).join(', ');
