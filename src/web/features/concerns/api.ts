import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AddEntryRequest,
  ConcernCountsResponse,
  ConcernResponse,
  DraftResponse,
  ListConcernsResponse,
  MyReportsResponse,
  ReportConcernRequest,
  ReportConcernResponse,
} from '../../../server/modules/concerns/concerns.schema.ts';
import { api, withQuery } from '../../lib/api.ts';
import { ApiError } from '../../lib/api-error.ts';

export type Concern = z.infer<typeof ConcernResponse>;
export type ConcernList = z.infer<typeof ListConcernsResponse>;
export type ConcernCounts = z.infer<typeof ConcernCountsResponse>;
export type NewConcern = z.input<typeof ReportConcernRequest>;
export type Reported = z.infer<typeof ReportConcernResponse>;
export type MyReports = z.infer<typeof MyReportsResponse>;
export type Draft = z.infer<typeof DraftResponse>;
export type NewEntry = z.input<typeof AddEntryRequest>;

export type ConcernFilter = {
  q?: string;
  status?: string;
  riskLevel?: string;
  type?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  personId?: string;
  page?: number;
};

const key = ['concerns'] as const;
const casePath = (id: string) => `/api/concerns/${encodeURIComponent(id)}`;

export const filterQuery = (f: ConcernFilter) => ({
  q: f.q,
  status: f.status,
  riskLevel: f.riskLevel,
  type: f.type,
  overdue: f.overdue ? 'true' : undefined,
  from: f.from,
  to: f.to,
  personId: f.personId,
});
export const exportCsvUrl = (f: ConcernFilter) => withQuery('/api/concerns/export.csv', filterQuery(f));
export const caseFileUrl = (id: string) => `${casePath(id)}/case-file.pdf`;
export const attachmentUrl = (id: string, attachmentId: string) =>
  `${casePath(id)}/attachments/${encodeURIComponent(attachmentId)}`;

export const isStepUpNeeded = (error: unknown) =>
  error instanceof ApiError && error.status === 403 && error.title === 'Confirm it is you';

export function useConcerns(filter: ConcernFilter) {
  return useQuery({
    queryKey: [...key, 'list', filter],
    queryFn: () =>
      api<ConcernList>('GET', withQuery('/api/concerns', { ...filterQuery(filter), page: filter.page })),
    placeholderData: keepPreviousData,
  });
}

export function useConcernCounts() {
  return useQuery({
    queryKey: [...key, 'counts'],
    queryFn: () => api<ConcernCounts>('GET', '/api/concerns/counts'),
  });
}

export function useMyReports() {
  return useQuery({ queryKey: [...key, 'mine'], queryFn: () => api<MyReports>('GET', '/api/concerns/mine') });
}

export function useConcern(id: string) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => api<Concern>('GET', casePath(id)),
    retry: (n, error) => !isStepUpNeeded(error) && n < 2,
  });
}

export function useAssignees(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'assignees'],
    queryFn: () =>
      api<{ items: Array<{ userId: string; name: string; roles: string[] }> }>(
        'GET',
        '/api/concerns/assignees',
      ),
    enabled,
  });
}

/** People from the register, found by name, for "who is involved". */
export function usePeopleSearch(q: string) {
  return useQuery({
    queryKey: ['people', 'concern-search', q],
    queryFn: () =>
      api<{ items: Array<{ id: string; name: string; kind: string }> }>(
        'GET',
        withQuery('/api/people', { q, pageSize: 8 }),
      ),
    enabled: q.trim().length >= 2,
  });
}

/** Young people in the register, for the case list's "Person" filter. */
export function useYoungPeople() {
  return useQuery({
    queryKey: ['people', 'concern-filter'],
    queryFn: () =>
      api<{ items: Array<{ id: string; name: string; kind: string }> }>(
        'GET',
        withQuery('/api/people', { kind: 'young_person', pageSize: 200 }),
      ),
  });
}

export type PersonChronologyEntry = {
  id: string;
  concernId: string;
  reference: string;
  kind: string;
  occurredAt: string;
  recordedAt: string;
  actorName: string | null;
  relatedEntryId: string | null;
  data: Record<string, unknown>;
};
export type PersonChronology = { restrictedHidden: number; items: PersonChronologyEntry[] };

/** One person's chronology across every case the user may see. */
export function usePersonChronology(personId: string) {
  return useQuery({
    queryKey: [...key, 'person-chronology', personId],
    queryFn: () =>
      api<PersonChronology>('GET', `/api/concerns/people/${encodeURIComponent(personId)}/chronology`),
  });
}

/** The person's name, from the register (people.read). */
export function usePersonName(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'one', personId],
    queryFn: () => api<{ id: string; name: string }>('GET', `/api/people/${encodeURIComponent(personId)}`),
    enabled,
  });
}

export const loadDraft = () => api<Draft>('GET', '/api/concerns/draft');
export const saveDraft = (data: Record<string, unknown>) =>
  api<Draft>('PUT', '/api/concerns/draft', { data });

export function useReportConcern() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewConcern) => api<Reported>('POST', '/api/concerns', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useStepUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => api<unknown>('POST', '/api/auth/step-up', { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** A change to a case: the server returns the whole case, which replaces the cached one. */
export function useCaseChange<B>(id: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => api<Concern>('POST', `${casePath(id)}/${path}`, body),
    onSuccess: (data) => {
      queryClient.setQueryData([...key, 'one', id], data);
      return queryClient.invalidateQueries({ queryKey: [...key, 'list'] });
    },
  });
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [k, ...rest] = part.trim().split('=');
    if (k === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/** Uploads one file to a case (multipart); the confirmation of the image warning goes first. */
export async function uploadAttachment(concernId: string, file: File): Promise<void> {
  if (!readCookie('haven_csrf')) await api('GET', '/api/auth/csrf');
  const form = new FormData();
  form.append('confirmNoIndecentImages', 'true');
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(`${casePath(concernId)}/attachments`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': readCookie('haven_csrf') ?? '', Accept: 'application/json' },
    });
  } catch {
    throw new ApiError({
      status: 0,
      title: 'No connection',
      detail: 'Haven could not be reached. Try again.',
    });
  }
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
    throw new ApiError({
      status: res.status,
      title: problem.title ?? 'Upload failed',
      detail: problem.detail ?? 'The file could not be added. Try again.',
    });
  }
}

/** Members an allegation can be about (names only). */
export function useAllegationSubjects(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'allegation-subjects'],
    queryFn: () =>
      api<{ items: Array<{ userId: string; name: string }> }>('GET', '/api/allegations/subjects'),
    enabled,
  });
}

export function useReportAllegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewConcern & { subjectUserId: string | null }) =>
      api<Reported>('POST', '/api/allegations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
