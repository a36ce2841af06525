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

/** Where a role or job title means something. */
export const hasRoleTitle = (kind: PersonKind): boolean =>
  kind === 'teacher' || kind === 'consultant' || kind === 'contractor' || kind === 'visitor';

export const YOUNG_PERSON_NAMES_HELP: Record<YoungPersonNames, string> = {
  full: 'Your organisation records young people by full name.',
  first_name: 'Your organisation records young people by first name only.',
  initials: 'Your organisation records young people by initials only, e.g. J.S.',
};
