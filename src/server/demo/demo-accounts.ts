import type { Role } from '../platform/auth/roles.ts';

/**
 * The demo organisation's accounts. Fixed so the quick start can print them and the browser
 * tests can sign in; they exist only in a data directory created with demo data.
 */
export const DEMO_PASSWORD = 'safe-harbour-demo-2026';
export const DEMO_ORGANISATION = { name: 'Riverside Youth Project', slug: 'riverside-youth' } as const;

export type DemoAccount = { role: Role; email: string; name: string; totpSecret?: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    role: 'admin',
    email: 'admin@riverside.example',
    name: 'Priya Shah',
    totpSecret: 'JBSWY3DPEHPK3PXPADMINHAVENDEMO22',
  },
  {
    role: 'dsl',
    email: 'dsl@riverside.example',
    name: 'Grace Okafor',
    totpSecret: 'JBSWY3DPEHPK3PXPDSLHAVENDEMO2345',
  },
  {
    role: 'deputy_dsl',
    email: 'deputy@riverside.example',
    name: 'Tom Hughes',
    totpSecret: 'JBSWY3DPEHPK3PXPDEPUTYHAVENDEMO2',
  },
  {
    role: 'online_safety_coordinator',
    email: 'coordinator@riverside.example',
    name: 'Sam Patel',
    totpSecret: 'JBSWY3DPEHPK3PXPCOORDHAVENDEMO22',
  },
  { role: 'staff', email: 'staff@riverside.example', name: 'Chloe Evans' },
  { role: 'volunteer', email: 'volunteer@riverside.example', name: 'Jamal Reid' },
  { role: 'trustee', email: 'trustee@riverside.example', name: 'Margaret Lloyd' },
];
