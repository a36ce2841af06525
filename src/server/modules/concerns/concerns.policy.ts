import { definePolicy } from '../../platform/auth/policy.ts';

// R-ROLE-2 and issue 4 §8: anyone may report and follow their own reports' status; the DSL,
// deputies and the online safety coordinator see the organisation's cases (restricted cases and
// allegations only the DSL and people the DSL names); trustees see counts only.
export const concernsPolicy = definePolicy({
  'concerns.report': [
    'admin',
    'dsl',
    'deputy_dsl',
    'online_safety_coordinator',
    'staff',
    'volunteer',
    'trustee',
  ],
  'concerns.read': ['dsl', 'deputy_dsl', 'online_safety_coordinator'],
  'concerns.act': ['dsl', 'deputy_dsl', 'online_safety_coordinator'],
  'concerns.triage': ['dsl', 'deputy_dsl'],
  'concerns.close': ['dsl', 'deputy_dsl'],
  'concerns.restrict': ['dsl'],
  'concerns.counts': ['dsl', 'deputy_dsl', 'online_safety_coordinator', 'trustee'],
});
export type ConcernAction = keyof typeof concernsPolicy.table;
