import type { PersonKind, YoungPersonNames } from './api.ts';

export const PERSON_KIND_LABELS = {
  young_person: 'Young person',
  parent_carer: 'Parent or carer',
  school: 'School',
  teacher: 'Teacher',
  consultant: 'Consultant',
  contractor: 'Contractor',
  visitor: 'Visitor (journalist, celebrity, politician…)',
} as const satisfies Record<PersonKind, string>;

export const PERSON_KINDS = Object.keys(PERSON_KIND_LABELS) as PersonKind[];

/** Short labels for lists and badges. */
export const shortKindLabel = (kind: PersonKind): string =>
  kind === 'visitor' ? 'Visitor' : PERSON_KIND_LABELS[kind];

/** Teachers and young people may belong to a school. */
export const hasSchool = (kind: PersonKind): boolean => kind === 'teacher' || kind === 'young_person';

/** Where a role, job title or relationship means something: everyone but young people and schools. */
export const hasRoleTitle = (kind: PersonKind): boolean => kind !== 'young_person' && kind !== 'school';

/** What the role field is called for each kind, with an example. */
export function roleTitleField(kind: PersonKind): { label: string; description: string } {
  if (kind === 'parent_carer') return { label: 'Relationship', description: 'For example: Mother of Amira.' };
  if (kind === 'visitor') return { label: 'Role', description: 'For example: journalist, author, MP.' };
  if (kind === 'teacher') return { label: 'Job title', description: 'For example: Head of Year 9.' };
  return { label: 'Role or job title', description: 'For example: Web designer.' };
}

export const YOUNG_PERSON_NAMES_HELP: Record<YoungPersonNames, string> = {
  full: 'Your organisation records young people by full name.',
  first_name: 'Your organisation records young people by first name only.',
  initials: 'Your organisation records young people by initials only, e.g. J.S.',
};
