import { z } from 'zod';

export const CONCERN_TYPES = [
  'bullying',
  'emotional_abuse',
  'sharing_nudes',
  'sexual_abuse',
  'sexual_exploitation',
  'grooming',
  'radicalisation',
  'self_harm',
  'violence',
  'other',
] as const;
export const RISK_AREAS = ['content', 'contact', 'conduct', 'commerce'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'immediate'] as const;
export const STATUSES = ['new', 'open', 'closed'] as const;
export const LOCATION_KINDS = ['online', 'offline', 'both', 'unknown'] as const;
export const INVOLVEMENTS = ['subject', 'alleged_perpetrator', 'witness', 'other'] as const;
export const AGENCIES = [
  'lado',
  'police',
  'childrens_social_care',
  'platform',
  'iwf',
  'ceop',
  'nspcc',
  'other',
] as const;
export const ALLEGATION_OUTCOMES = [
  'substantiated',
  'false',
  'malicious',
  'unsubstantiated',
  'unfounded',
] as const;
export const SUPPORT_FOR = ['young_person', 'family', 'bystanders', 'staff'] as const;

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `Keep ${label} to ${max.toLocaleString('en-GB')} characters.`);
const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${label} to ${max.toLocaleString('en-GB')} characters.`)
    .transform((v) => (v === '' ? null : v))
    .nullish();
const isoDate = (label: string) =>
  z.iso.datetime({ offset: true, message: `Enter ${label} as a date and time.` });
const uuid = (message: string) => z.string().uuid(message);

export const InvolvedPerson = z.strictObject({
  personId: uuid('Choose a person from your people register.').nullish(),
  description: optionalText(300, 'a description of the person or account'),
  involvement: z.enum(INVOLVEMENTS).default('subject'),
});

export const ReportConcernRequest = z.strictObject({
  involved: z
    .array(InvolvedPerson)
    .min(1, 'Say who is involved: choose someone from your register or describe them.')
    .max(20, 'Name at most 20 people; describe the rest in what happened.'),
  whatHappened: text(20000, 'what happened, in facts'),
  ownWords: optionalText(20000, 'the young person’s own words'),
  imageDescription: optionalText(5000, 'the description of any images'),
  happenedAt: isoDate('when it happened').nullish(),
  locationKind: z.enum(LOCATION_KINDS, 'Choose where it happened.'),
  platform: optionalText(200, 'the platform or channel'),
  place: optionalText(200, 'the place'),
  immediateDanger: z.boolean(),
  riskAreas: z.array(z.enum(RISK_AREAS)).max(4).default([]),
  types: z
    .array(z.enum(CONCERN_TYPES))
    .min(1, 'Choose at least one type of concern (choose “other” if none fits).')
    .max(10),
  otherType: optionalText(200, 'the other type'),
});
export type ReportConcernInput = z.infer<typeof ReportConcernRequest>;

export const ReportAllegationRequest = ReportConcernRequest.extend({
  subjectUserId: uuid('Choose the member of staff or volunteer the allegation is about.').nullish(),
  subjectPersonId: uuid('Choose the person the allegation is about from your register.').nullish(),
});
export type ReportAllegationInput = z.infer<typeof ReportAllegationRequest>;

export const ReportConcernResponse = z.object({
  id: z.string().uuid(),
  reference: z.string(),
  status: z.enum(STATUSES),
  reportedAt: z.string(),
  immediateDanger: z.boolean(),
});

export const MyReportsResponse = z.object({
  items: z.array(
    z.object({
      reference: z.string(),
      status: z.enum(STATUSES),
      reportedAt: z.string(),
      allegation: z.boolean(),
    }),
  ),
});

export const SaveDraftRequest = z.strictObject({
  data: z.record(z.string(), z.unknown()).refine((d) => JSON.stringify(d).length <= 100_000, {
    message: 'The draft is too long to keep; shorten it or send the report.',
  }),
});
export const DraftResponse = z.object({
  data: z.record(z.string(), z.unknown()).nullable(),
  updatedAt: z.string().nullable(),
});

export const ConcernIdParams = z.strictObject({ concernId: z.string().uuid('That is not a valid case id.') });
export const PersonIdParams = z.strictObject({ personId: z.string().uuid('That is not a valid record id.') });

const boolString = z.enum(['true', 'false']).optional();
export const ListConcernsQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: z.enum(STATUSES).optional(),
  riskLevel: z.enum(RISK_LEVELS).optional(),
  type: z.enum(CONCERN_TYPES).optional(),
  personId: z.string().uuid('Choose a person from your register.').optional(),
  from: z.iso.date('Enter the start date as YYYY-MM-DD.').optional(),
  to: z.iso.date('Enter the end date as YYYY-MM-DD.').optional(),
  overdue: boolString,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListConcernsFilter = z.infer<typeof ListConcernsQuery>;

export const ConcernSummary = z.object({
  id: z.string().uuid(),
  reference: z.string(),
  status: z.enum(STATUSES),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  types: z.array(z.enum(CONCERN_TYPES)),
  reportedAt: z.string(),
  triageDueAt: z.string(),
  triageOverdue: z.boolean(),
  nextReviewAt: z.string().nullable(),
  reviewOverdue: z.boolean(),
  immediateDanger: z.boolean(),
  restricted: z.boolean(),
  allegation: z.boolean(),
  assignedToName: z.string().nullable(),
});
export const ListConcernsResponse = z.object({
  items: z.array(ConcernSummary),
  /** At most 1,000: beyond that `totalCapped` is true and the list says "more than 1,000". */
  total: z.number().int(),
  totalCapped: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const ConcernCountsResponse = z.object({
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  byType: z.record(z.string(), z.number().int()),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  newCount: z.number().int(),
  overdueCount: z.number().int(),
});

export const ChronologyEntry = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  actorName: z.string().nullable(),
  relatedEntryId: z.string().uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const ConcernResponse = ConcernSummary.extend({
  reporterName: z.string(),
  happenedAt: z.string().nullable(),
  locationKind: z.enum(LOCATION_KINDS),
  platform: z.string().nullable(),
  place: z.string().nullable(),
  whatHappened: z.string(),
  ownWords: z.string().nullable(),
  imageDescription: z.string().nullable(),
  riskAreas: z.array(z.enum(RISK_AREAS)),
  otherType: z.string().nullable(),
  assignedTo: z.string().uuid().nullable(),
  involved: z.array(
    z.object({
      personId: z.string().uuid().nullable(),
      name: z.string().nullable(),
      kind: z.string().nullable(),
      description: z.string().nullable(),
      involvement: z.enum(INVOLVEMENTS),
    }),
  ),
  allegationSubjectName: z.string().nullable(),
  ladoDueAt: z.string().nullable(),
  ladoReferralDue: z.boolean(),
  closedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  namedPeople: z.array(z.object({ userId: z.string().uuid(), name: z.string() })),
  attachments: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      contentType: z.string(),
      sizeBytes: z.number().int(),
      uploadedAt: z.string(),
      uploadedByName: z.string(),
    }),
  ),
  chronology: z.array(ChronologyEntry),
});

export const TriageRequest = z.strictObject({
  riskLevel: z.enum(RISK_LEVELS, 'Choose a risk level.'),
  assignedTo: uuid('Choose who the case is assigned to.').nullish(),
  decision: text(500, 'the decision'),
  rationale: text(5000, 'the reason for the decision'),
});

export const AssignRequest = z.strictObject({
  assignedTo: uuid('Choose who the case is assigned to.').nullable(),
});

const occurredAt = isoDate('when it happened').optional();
export const AddEntryRequest = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('decision'),
      decision: text(500, 'the decision'),
      rationale: text(5000, 'the reason for the decision'),
      notToRefer: z.boolean().default(false),
      occurredAt,
    }),
    z.strictObject({
      kind: z.literal('task'),
      title: text(300, 'what needs doing'),
      ownerUserId: uuid('Choose who will do it.'),
      dueAt: isoDate('the due date'),
    }),
    z.strictObject({
      kind: z.literal('task_done'),
      taskId: uuid('Choose the task that is done.'),
      note: optionalText(2000, 'a note'),
    }),
    z.strictObject({
      kind: z.literal('referral'),
      agency: z.enum(AGENCIES, 'Choose the agency.'),
      agencyName: optionalText(200, 'the agency’s name'),
      agencyReference: optionalText(100, 'the agency’s reference'),
      note: optionalText(5000, 'a note'),
      occurredAt,
    }),
    z.strictObject({
      kind: z.literal('referral_outcome'),
      referralId: uuid('Choose the referral.'),
      agencyReference: optionalText(100, 'the agency’s reference'),
      outcome: text(5000, 'the outcome'),
      occurredAt,
    }),
    z.strictObject({
      kind: z.literal('parents_informed'),
      informed: z.boolean(),
      how: z.enum(['in_person', 'phone', 'email', 'letter', 'video_call', 'other']).nullish(),
      byUserId: uuid('Choose who informed them.').nullish(),
      reasonNotInformed: optionalText(5000, 'why they were not informed'),
      note: optionalText(5000, 'a note'),
      occurredAt,
    }),
    z.strictObject({
      kind: z.literal('support'),
      for: z.enum(SUPPORT_FOR, 'Choose who the support is for.'),
      description: text(5000, 'the support offered'),
      occurredAt,
    }),
    z.strictObject({
      kind: z.literal('review'),
      notes: text(5000, 'what the review found'),
      resolved: z.boolean().default(false),
      nextReviewAt: isoDate('the next review date').nullish(),
      occurredAt,
    }),
    z.strictObject({
      kind: z.literal('review_scheduled'),
      nextReviewAt: isoDate('the review date'),
    }),
    z.strictObject({
      kind: z.literal('addendum'),
      text: text(20000, 'the correction or addition'),
      reason: text(2000, 'the reason for the addendum'),
    }),
  ],
  { error: 'Choose what you are recording.' },
);
export type AddEntryInput = z.infer<typeof AddEntryRequest>;

export const CloseRequest = z.strictObject({
  outcome: text(200, 'the outcome'),
  reason: text(5000, 'the reason for closing'),
});
export const ReopenRequest = z.strictObject({ reason: text(5000, 'the reason for reopening') });
export const RestrictRequest = z.strictObject({
  restricted: z.boolean(),
  namedUserIds: z.array(uuid('Choose people from your organisation.')).max(20).default([]),
});
