import { z } from 'zod';
import { COMMUNICATION_CHANNELS } from '../../../scanner/message-check.ts';

const ParticipantRole = z.enum(['young_person', 'parent', 'teacher', 'staff', 'other']);
const Participant = z.strictObject({
  role: ParticipantRole,
  name: z.string().trim().max(200).optional(),
  address: z.string().trim().max(254).optional(),
  account: z.enum(['organisation', 'personal']).optional(),
});

export const CheckMessageRequest = z.strictObject({
  text: z
    .string()
    .min(1, 'Paste or write the message to check.')
    .max(50_000, 'Check at most 50,000 characters at once.'),
  channel: z.enum(COMMUNICATION_CHANNELS, {
    message: 'Choose how the message will be sent.',
  }),
  fromAccount: z.enum(['organisation', 'personal']).default('organisation'),
  to: z.array(Participant).min(1, 'Say who the message is to.').max(50),
  cc: z.array(Participant).max(50).default([]),
  sentAt: z
    .string()
    .datetime({ offset: true, message: 'Give the sending time as a date and time.' })
    .optional(),
});

export const MessageCheckFindingResponse = z.object({
  rule: z.string(),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  excerpt: z.string().optional(),
  message: z.string(),
  policyRule: z.string(),
  approver: z.string().optional(),
});
export const CheckMessageResponse = z.object({
  findings: z.array(MessageCheckFindingResponse),
  rulesSource: z.enum(['policy', 'default']),
});
