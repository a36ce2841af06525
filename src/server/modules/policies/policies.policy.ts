import { definePolicy } from '../../platform/auth/policy.ts';

// Everyone reads and confirms the adopted policy (R-POL-4, R-POL-5). The online safety coordinator
// writes drafts (and imports); adopting one needs the DSL or an admin. Those who oversee
// safeguarding see who has not confirmed and when a review falls due.
export const policiesPolicy = definePolicy({
  'policy.read': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator', 'staff', 'volunteer', 'trustee'],
  'policy.confirm': [
    'admin',
    'dsl',
    'deputy_dsl',
    'online_safety_coordinator',
    'staff',
    'volunteer',
    'trustee',
  ],
  'policy.draft': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator'],
  'policy.adopt': ['admin', 'dsl'],
  'policy.confirmations': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator'],
  'policy.remind': ['admin', 'dsl', 'online_safety_coordinator'],
  'policy.review': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator'],
});
