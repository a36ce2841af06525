import { definePolicy } from '../../platform/auth/policy.ts';

// Anyone who works with young people may scan text they hold; deciding that a pattern is
// harmless for the whole organisation is a safeguarding judgement for the leads.
export const scanningPolicy = definePolicy({
  'scanner.scan': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator', 'staff', 'volunteer'],
  'scanner.suppress': ['dsl', 'deputy_dsl', 'online_safety_coordinator'],
});
