/**
 * How each concern value reads to people: plain data with no imports, shared by the case-file PDF
 * and the web app so the two never word the same record differently.
 */
export const TYPE_LABELS: Record<string, string> = {
  bullying: 'Bullying or cyberbullying',
  emotional_abuse: 'Emotional abuse',
  sharing_nudes: 'Sharing nudes or sexting',
  sexual_abuse: 'Sexual abuse',
  sexual_exploitation: 'Sexual exploitation',
  grooming: 'Grooming',
  radicalisation: 'Radicalisation',
  self_harm: 'Self-harm or suicide',
  violence: 'Violence',
  other: 'Other',
};
export const RISK_AREA_LABELS: Record<string, string> = {
  content: 'Content (what they saw)',
  contact: 'Contact (who they met)',
  conduct: 'Conduct (how they behaved)',
  commerce: 'Commerce (money, scams, gambling)',
};
export const RISK_LABELS: Record<string, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  immediate: 'Immediate',
};
export const STATUS_LABELS: Record<string, string> = { new: 'New', open: 'Open', closed: 'Closed' };
export const AGENCY_LABELS: Record<string, string> = {
  lado: 'LADO',
  police: 'Police',
  childrens_social_care: 'Children’s social care',
  platform: 'The social media platform',
  iwf: 'Internet Watch Foundation (IWF)',
  ceop: 'CEOP',
  nspcc: 'NSPCC',
  other: 'Other',
};
export const INVOLVEMENT_LABELS: Record<string, string> = {
  subject: 'The young person concerned',
  alleged_perpetrator: 'Alleged to have caused harm',
  witness: 'Witness or bystander',
  other: 'Other',
};
export const SUPPORT_LABELS: Record<string, string> = {
  young_person: 'The young person',
  family: 'Their family',
  bystanders: 'Bystanders',
  staff: 'Staff involved',
};
export const HOW_LABELS: Record<string, string> = {
  in_person: 'In person',
  phone: 'By phone',
  email: 'By email',
  letter: 'By letter',
  video_call: 'By video call',
  other: 'Another way',
};
export const ENTRY_LABELS: Record<string, string> = {
  reported: 'Reported',
  triaged: 'Triaged',
  assigned: 'Assigned',
  decision: 'Decision',
  task: 'Task',
  task_done: 'Task done',
  referral: 'Referral',
  referral_outcome: 'Referral outcome',
  parents_informed: 'Parents or carers',
  support: 'Support offered',
  review_scheduled: 'Review scheduled',
  review: 'Review',
  addendum: 'Addendum',
  closed: 'Closed',
  reopened: 'Reopened',
  restricted: 'Access changed',
  attachment_added: 'File added',
  exported: 'Case file exported',
  access_granted: 'Access granted',
  access_revoked: 'Access removed',
};
export const OUTCOME_LABELS: Record<string, string> = {
  substantiated: 'Substantiated',
  false: 'False',
  malicious: 'Malicious',
  unsubstantiated: 'Unsubstantiated',
  unfounded: 'Unfounded',
};
