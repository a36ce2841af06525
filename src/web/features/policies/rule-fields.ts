/** How each rule is edited: its kind and the choices offered, with the plain-words label from rule-descriptions. */
export type RuleField =
  | { path: string; kind: 'boolean' }
  | { path: string; kind: 'choice'; options: { value: string; label: string }[]; nullable?: boolean }
  | { path: string; kind: 'duration'; nullable: boolean }
  | { path: string; kind: 'integer'; nullable: boolean; min: number }
  | { path: string; kind: 'month' }
  | { path: string; kind: 'lines'; description: string };

export const PERIODS = [
  { value: 'P1D', label: 'Daily' },
  { value: 'P1W', label: 'Weekly' },
  { value: 'P2W', label: 'Every two weeks' },
  { value: 'P1M', label: 'Monthly' },
  { value: 'P3M', label: 'Every three months' },
  { value: 'P6M', label: 'Every six months' },
  { value: 'P1Y', label: 'Every year' },
  { value: 'P2Y', label: 'Every two years' },
  { value: 'P3Y', label: 'Every three years' },
];

const ROLE_OPTIONS = [
  { value: 'online_safety_coordinator', label: 'Online safety coordinator' },
  { value: 'dsl', label: 'Designated Safeguarding Lead' },
  { value: 'deputy_dsl', label: 'Deputy DSL' },
  { value: 'admin', label: 'Administrator' },
];

export const RULE_GROUPS: { title: string; fields: RuleField[] }[] = [
  {
    title: 'Review',
    fields: [
      { path: 'rules.review.interval', kind: 'duration', nullable: false },
      { path: 'rules.review.month', kind: 'month' },
    ],
  },
  {
    title: 'Communication with young people',
    fields: [
      {
        path: 'rules.communication.otherChannelApprovedBy',
        kind: 'choice',
        options: ROLE_OPTIONS,
        nullable: true,
      },
      { path: 'rules.communication.copyColleagueOnEmailsToYoungPeople', kind: 'boolean' },
      { path: 'rules.communication.forbidEmojisAndKisses', kind: 'boolean' },
      { path: 'rules.communication.forbidPersonalAccounts', kind: 'boolean' },
      { path: 'rules.communication.forbidRequestingPersonalNumbers', kind: 'boolean' },
      {
        path: 'rules.communication.contactYoungPeopleVia',
        kind: 'choice',
        options: [
          { value: 'direct', label: 'Directly' },
          { value: 'teacher', label: 'Through their teacher' },
          { value: 'parent', label: 'Through a parent or carer' },
        ],
      },
    ],
  },
  {
    title: 'Records of young people',
    fields: [
      {
        path: 'rules.people.youngPersonNames',
        kind: 'choice',
        options: [
          { value: 'full', label: 'Full name' },
          { value: 'first_name', label: 'First name only' },
          { value: 'initials', label: 'Initials only' },
        ],
      },
    ],
  },
  {
    title: 'Online sessions',
    fields: [
      { path: 'rules.sessions.allowOneToOne', kind: 'boolean' },
      { path: 'rules.sessions.teacherJoinsMinutesBefore', kind: 'integer', nullable: true, min: 0 },
      { path: 'rules.sessions.requireMaxPrivacySettings', kind: 'boolean' },
      {
        path: 'rules.sessions.recordSessions',
        kind: 'choice',
        options: [
          { value: 'never', label: 'Never' },
          { value: 'where_possible', label: 'Wherever possible' },
          { value: 'always', label: 'Always' },
        ],
      },
    ],
  },
  {
    title: 'Keeping records',
    fields: [
      { path: 'rules.retention.sessionNotes', kind: 'duration', nullable: true },
      { path: 'rules.retention.chatLogs', kind: 'duration', nullable: true },
      { path: 'rules.retention.recordings', kind: 'duration', nullable: true },
      { path: 'rules.retention.images', kind: 'duration', nullable: true },
    ],
  },
  {
    title: 'Social media',
    fields: [
      { path: 'rules.socialMedia.minAccessHolders', kind: 'integer', nullable: false, min: 1 },
      { path: 'rules.socialMedia.monitoringInterval', kind: 'duration', nullable: true },
      { path: 'rules.socialMedia.designatedMonitor', kind: 'boolean' },
    ],
  },
  {
    title: 'Images',
    fields: [
      { path: 'rules.consent.imagesNeedWrittenConsent', kind: 'boolean' },
      {
        path: 'rules.consent.consentFrom',
        kind: 'choice',
        options: [
          { value: 'parent', label: 'A parent or carer' },
          { value: 'school', label: 'The school' },
          { value: 'either', label: 'Either' },
        ],
      },
    ],
  },
  {
    title: 'Devices and passwords',
    fields: [
      { path: 'rules.devices.antivirusRequired', kind: 'boolean' },
      { path: 'rules.devices.encryptionRequired', kind: 'boolean' },
      { path: 'rules.devices.passcodeRequired', kind: 'boolean' },
      { path: 'rules.devices.monitoringInterval', kind: 'duration', nullable: true },
      { path: 'rules.passwords.rotationInterval', kind: 'duration', nullable: true },
    ],
  },
  {
    title: 'Training, platforms and concerns',
    fields: [
      { path: 'rules.training.interval', kind: 'duration', nullable: true },
      { path: 'rules.training.atInduction', kind: 'boolean' },
      {
        path: 'rules.training.topics',
        kind: 'lines',
        description:
          'The subjects every member of staff and volunteer is trained on, such as spotting grooming online or how to report a concern. Leave empty if the policy does not list them.',
      },
      { path: 'rules.platforms.riskAssessmentBeforeUse', kind: 'boolean' },
      { path: 'rules.platforms.reassessInterval', kind: 'duration', nullable: true },
      { path: 'rules.concerns.triageWithin', kind: 'duration', nullable: false },
      { path: 'rules.concerns.reviewEvery', kind: 'duration', nullable: true },
    ],
  },
];

export function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], obj);
}

export function setPath<T>(obj: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  if (!head) return obj;
  const current = obj as Record<string, unknown>;
  return { ...current, [head]: rest.length ? setPath(current[head], rest.join('.'), value) : value } as T;
}
