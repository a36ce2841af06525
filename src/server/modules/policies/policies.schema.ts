import { z } from 'zod';
import { PolicyPack } from './pack/pack.schema.ts';

export const CreateDraftRequest = z.strictObject({
  pack: PolicyPack,
  summaryOfChanges: z
    .string()
    .trim()
    .min(3, 'Say briefly what changed, for the revision history.')
    .max(2000, 'Keep the summary of changes under 2,000 characters.'),
  source: z.enum(['editor', 'import']).optional(),
});

export const ProposeImportRequest = z.strictObject({
  fileName: z.string().trim().min(1, 'Give the file’s name.').max(255),
  contentBase64: z
    .string()
    .min(1, 'Choose a file to upload.')
    .max(1_000_000, 'The file is too large. Upload a policy under 700 KB, or save it without images.')
    .regex(/^[A-Za-z0-9+/=\s]*$/, 'The file was not sent correctly. Try uploading it again.'),
});

export const ImportProposalResponse = z.object({
  pack: PolicyPack,
  recognised: z.array(z.object({ path: z.string(), value: z.unknown(), source: z.string() })),
  unmapped: z.array(z.string()),
});

export const VersionIdParams = z.strictObject({
  versionId: z.uuid('That is not a valid version id.'),
});

export const PolicyDocumentName = z.enum(['online_safety_policy', 'acceptable_use_policy']);

export const ConfirmReadingRequest = z.strictObject({
  versionId: z.uuid('That is not a valid version id.'),
  document: PolicyDocumentName,
});

const ReviewState = z.enum(['not_due', 'due_soon', 'overdue']);

export const VersionSummary = z.object({
  id: z.uuid(),
  versionNumber: z.number().int(),
  status: z.enum(['draft', 'adopted', 'superseded']),
  title: z.string(),
  source: z.enum(['editor', 'import', 'shipped']),
  summaryOfChanges: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  adoptedBy: z.string().nullable(),
  adoptedAt: z.string().nullable(),
  supersededAt: z.string().nullable(),
  nextReviewDue: z.string().nullable(),
});

export const RevisionHistoryEntry = z.object({
  reviewDate: z.string(),
  byWhom: z.string(),
  summary: z.string(),
  dateImplemented: z.string().nullable(),
});

export const GetVersionResponse = VersionSummary.extend({
  pack: PolicyPack,
  revisionHistory: z.array(RevisionHistoryEntry),
  review: ReviewState.nullable(),
  myConfirmations: z.array(PolicyDocumentName),
});

export const ListVersionsResponse = z.object({ items: z.array(VersionSummary) });

export const CreateDraftResponse = z.object({ id: z.uuid(), versionNumber: z.number().int() });

export const ConfirmationsResponse = z.object({
  versionId: z.uuid(),
  versionNumber: z.number().int(),
  people: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      roles: z.array(z.string()),
      onlineSafetyPolicyConfirmedAt: z.string().nullable(),
      acceptableUsePolicyConfirmedAt: z.string().nullable(),
    }),
  ),
  notConfirmed: z.number().int(),
});

export const RemindersResponse = z.object({ reminded: z.number().int() });

export const ReviewsDueResponse = z.object({
  items: z.array(
    z.object({
      versionId: z.uuid(),
      versionNumber: z.number().int(),
      title: z.string(),
      nextReviewDue: z.string(),
      state: ReviewState,
    }),
  ),
});

export const DocumentQuery = z.strictObject({
  format: z.enum(['html', 'pdf', 'docx'], 'Choose html, pdf or docx.'),
});
