import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/authenticate.ts';
import { ImportCsvRequest, ImportReportResponse } from '../../platform/http/import.schema.ts';
import {
  CreatePersonRequest,
  ListPeopleQuery,
  ListPeopleResponse,
  PersonIdParams,
  PersonResponse,
  UpdatePersonRequest,
} from './people.schema.ts';
import type { PeopleService } from './people.service.ts';

const tags = ['people'];

export function registerPeopleRoutes(app: FastifyInstance, people: PeopleService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/people',
    { schema: { tags, querystring: ListPeopleQuery, response: { 200: ListPeopleResponse } } },
    (request) => people.listPeople(requireActor(request), request.query),
  );

  r.post(
    '/api/people',
    { schema: { tags, body: CreatePersonRequest, response: { 201: PersonResponse } } },
    async (request, reply) =>
      reply.status(201).send(await people.addPerson(requireActor(request), request.body)),
  );

  r.get('/api/people/export.csv', { schema: { tags } }, async (request, reply) => {
    const csv = await people.exportPeople(requireActor(request));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="haven-people.csv"')
      .send(csv);
  });

  r.post(
    '/api/people/import',
    {
      bodyLimit: 2_500_000,
      schema: { tags, body: ImportCsvRequest, response: { 200: ImportReportResponse } },
    },
    (request) => people.importPeople(requireActor(request), request.body.csv, request.body.dryRun),
  );

  r.get(
    '/api/people/:personId',
    { schema: { tags, params: PersonIdParams, response: { 200: PersonResponse } } },
    (request) => people.getPerson(requireActor(request), request.params.personId),
  );

  r.patch(
    '/api/people/:personId',
    {
      schema: { tags, params: PersonIdParams, body: UpdatePersonRequest, response: { 200: PersonResponse } },
    },
    (request) => people.updatePerson(requireActor(request), request.params.personId, request.body),
  );

  r.post(
    '/api/people/:personId/archive',
    { schema: { tags, params: PersonIdParams, response: { 200: PersonResponse } } },
    (request) => people.archivePerson(requireActor(request), request.params.personId),
  );
}
