import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CheckMessageRequest,
  CheckMessageResponse,
} from '../../../server/modules/message-check/message-check.schema.ts';
import { api } from '../../lib/api.ts';

export type MessageDraft = z.input<typeof CheckMessageRequest>;
export type MessageCheckResult = z.infer<typeof CheckMessageResponse>;
export type MessageCheckFinding = MessageCheckResult['findings'][number];

export function useCheckMessage() {
  return useMutation({
    mutationFn: (draft: MessageDraft) => api<MessageCheckResult>('POST', '/api/message-check', draft),
  });
}
