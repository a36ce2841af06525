import { definePolicy } from '../../platform/auth/policy.ts';

export const organisationsPolicy = definePolicy({
  'organisation.read': [
    'admin',
    'dsl',
    'deputy_dsl',
    'online_safety_coordinator',
    'staff',
    'volunteer',
    'trustee',
  ],
  'organisation.manage': ['admin'],
});
