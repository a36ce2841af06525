import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CreatePersonRequest,
  ListPeopleResponse,
  PersonKindSchema,
  PersonResponse,
  UpdatePersonRequest,
} from '../../../server/modules/people/people.schema.ts';
import type { ImportReport } from '../../components/CsvImport.tsx';
import { api, withQuery } from '../../lib/api.ts';

export type Person = z.infer<typeof PersonResponse>;
export type PersonKind = z.infer<typeof PersonKindSchema>;
export type PeopleList = z.infer<typeof ListPeopleResponse>;
export type YoungPersonNames = PeopleList['youngPersonNames'];
export type NewPerson = z.input<typeof CreatePersonRequest>;
export type PersonChanges = z.input<typeof UpdatePersonRequest>;

export type PeopleFilter = {
  q?: string;
  kind?: PersonKind;
  includeArchived?: boolean;
  page?: number;
  pageSize?: number;
};

const peopleKey = ['people'] as const;

export function usePeople(filter: PeopleFilter) {
  return useQuery({
    queryKey: [...peopleKey, 'list', filter],
    queryFn: () =>
      api<PeopleList>(
        'GET',
        withQuery('/api/people', {
          q: filter.q,
          kind: filter.kind,
          includeArchived: filter.includeArchived ? 'true' : undefined,
          page: filter.page,
          pageSize: filter.pageSize,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Schools to choose from, with the organisation's naming rule for young people. */
export function useSchoolsAndNaming() {
  return usePeople({ kind: 'school', pageSize: 200 });
}

export function usePerson(personId: string) {
  return useQuery({
    queryKey: [...peopleKey, 'one', personId],
    queryFn: () => api<Person>('GET', `/api/people/${encodeURIComponent(personId)}`),
  });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewPerson) => api<Person>('POST', '/api/people', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

export function useUpdatePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonChanges) =>
      api<Person>('PATCH', `/api/people/${encodeURIComponent(personId)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

export function useArchivePerson(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Person>('POST', `/api/people/${encodeURIComponent(personId)}/archive`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKey }),
  });
}

export function useImportPeople() {
  const queryClient = useQueryClient();
  return async (csv: string, dryRun: boolean) => {
    const report = await api<ImportReport>('POST', '/api/people/import', { csv, dryRun });
    if (!dryRun) await queryClient.invalidateQueries({ queryKey: peopleKey });
    return report;
  };
}

export const PEOPLE_EXPORT_URL = '/api/people/export.csv';
