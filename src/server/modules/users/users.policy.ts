import { definePolicy } from '../../platform/auth/policy.ts';

export const usersPolicy = definePolicy({
  'users.read': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator'],
  'users.manage': ['admin'],
});
