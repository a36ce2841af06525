import { definePolicy } from '../../platform/auth/policy.ts';

// Everyone who may write to a young person or a parent checks drafts; trustees do not message families.
export const messageCheckPolicy = definePolicy({
  'messages.check': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator', 'staff', 'volunteer'],
});
