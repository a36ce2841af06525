import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  OrganisationResponse,
  UpdateOrganisationRequest,
} from '../../../server/modules/organisations/organisations.schema.ts';
import { api } from '../../lib/api.ts';
import { sessionQueryKey } from '../../lib/session.ts';

export type Organisation = z.infer<typeof OrganisationResponse>;
export type OrganisationChanges = z.input<typeof UpdateOrganisationRequest>;

const organisationKey = ['organisation'] as const;

export function useOrganisation() {
  return useQuery({
    queryKey: organisationKey,
    queryFn: () => api<Organisation>('GET', '/api/organisation'),
  });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationChanges) => api<Organisation>('PATCH', '/api/organisation', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: organisationKey });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
