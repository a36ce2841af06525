import { definePolicy } from '../../platform/auth/policy.ts';

// Volunteers can find a young person by name (to report a worry) but not their contact details.
// Trustees oversee through counts and reports, never individual records.
export const peoplePolicy = definePolicy({
  'people.read': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator', 'staff', 'volunteer'],
  'people.read_contact': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator', 'staff'],
  'people.write': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator', 'staff'],
  'people.import': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator'],
  'people.export': ['admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator'],
});
