import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/authenticate.ts';
import { OrganisationResponse, UpdateOrganisationRequest } from './organisations.schema.ts';
import type { OrganisationsService } from './organisations.service.ts';

const tags = ['organisation'];

export function registerOrganisationsRoutes(app: FastifyInstance, organisations: OrganisationsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/organisation', { schema: { tags, response: { 200: OrganisationResponse } } }, (request) =>
    organisations.getOrganisation(requireActor(request)),
  );
  r.patch(
    '/api/organisation',
    { schema: { tags, body: UpdateOrganisationRequest, response: { 200: OrganisationResponse } } },
    (request) => organisations.updateOrganisation(requireActor(request), request.body),
  );
}
