import { type Actor, hasAnyRole, type Role } from './roles.ts';

export type PolicyTable<A extends string> = Record<A, readonly Role[]>;

/**
 * Each module declares which roles may take each of its actions; services ask `can` before
 * acting and the session endpoint returns every ability so the web app shows only what works.
 */
export function definePolicy<A extends string>(table: PolicyTable<A>) {
  return {
    table,
    can: (actor: Pick<Actor, 'roles'>, action: A): boolean => hasAnyRole(actor, table[action]),
  };
}

export type Policy = { table: PolicyTable<string> };

export function listAbilities(
  actor: Pick<Actor, 'roles'>,
  policies: readonly Policy[],
): Record<string, boolean> {
  const abilities: Record<string, boolean> = {};
  for (const p of policies) {
    for (const [action, roles] of Object.entries(p.table)) abilities[action] = hasAnyRole(actor, roles);
  }
  return abilities;
}
