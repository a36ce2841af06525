import type { Ability } from '../lib/session.ts';

export type NavItem = {
  to: string;
  label: string /** Shown when the user has any of these; always when absent. */;
  anyOf?: Ability[];
};

/** Every page in the navigation, and who may see it. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home' },
  { to: '/concerns/report', label: 'Report a concern', anyOf: ['concerns.report'] },
  { to: '/concerns/mine', label: 'Your reports', anyOf: ['concerns.report'] },
  { to: '/concerns', label: 'Concerns', anyOf: ['concerns.read'] },
  { to: '/concerns/dashboard', label: 'Concern counts', anyOf: ['concerns.counts'] },
  { to: '/policy', label: 'Online safety policy', anyOf: ['policy.read'] },
  { to: '/people', label: 'People', anyOf: ['people.read'] },
  { to: '/check-message', label: 'Check a message', anyOf: ['messages.check'] },
  { to: '/scan', label: 'Scan text', anyOf: ['scanner.scan'] },
  { to: '/users', label: 'Users', anyOf: ['users.read', 'users.manage'] },
  { to: '/audit', label: 'Audit log', anyOf: ['audit.read'] },
  { to: '/mail', label: 'Mail outbox', anyOf: ['mail.read'] },
  { to: '/organisation', label: 'Organisation settings', anyOf: ['organisation.manage'] },
  { to: '/account', label: 'Your account' },
];
