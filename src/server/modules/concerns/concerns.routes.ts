import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasRecentStepUp, requireActor } from '../../platform/http/authenticate.ts';
import {
  AddEntryRequest,
  AssignRequest,
  CloseRequest,
  ConcernCountsResponse,
  ConcernIdParams,
  ConcernResponse,
  DraftResponse,
  ListConcernsQuery,
  ListConcernsResponse,
  MyReportsResponse,
  PersonIdParams,
  ReopenRequest,
  ReportAllegationRequest,
  ReportConcernRequest,
  ReportConcernResponse,
  RestrictRequest,
  SaveDraftRequest,
  TriageRequest,
} from './concerns.schema.ts';
import type { ConcernsService } from './concerns.service.ts';

const tags = ['concerns'];
const access = (request: FastifyRequest) => ({ steppedUp: hasRecentStepUp(request.session) });

export function registerConcernsRoutes(app: FastifyInstance, concerns: ConcernsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/concerns/draft', { schema: { tags, response: { 200: DraftResponse } } }, (request) =>
    concerns.getDraft(requireActor(request)),
  );
  r.put(
    '/api/concerns/draft',
    { bodyLimit: 200_000, schema: { tags, body: SaveDraftRequest, response: { 200: DraftResponse } } },
    (request) => concerns.saveDraft(requireActor(request), request.body.data),
  );

  r.post(
    '/api/concerns',
    { schema: { tags, body: ReportConcernRequest, response: { 201: ReportConcernResponse } } },
    async (request, reply) =>
      reply.status(201).send(await concerns.reportConcern(requireActor(request), request.body)),
  );
  r.post(
    '/api/allegations',
    { schema: { tags, body: ReportAllegationRequest, response: { 201: ReportConcernResponse } } },
    async (request, reply) =>
      reply.status(201).send(await concerns.reportAllegation(requireActor(request), request.body)),
  );

  r.get(
    '/api/allegations/subjects',
    {
      schema: {
        tags,
        response: { 200: z.object({ items: z.array(z.object({ userId: z.string(), name: z.string() })) }) },
      },
    },
    (request) => concerns.listAllegationSubjects(requireActor(request)),
  );
  r.get('/api/concerns/mine', { schema: { tags, response: { 200: MyReportsResponse } } }, (request) =>
    concerns.myReports(requireActor(request)),
  );
  r.get(
    '/api/concerns',
    { schema: { tags, querystring: ListConcernsQuery, response: { 200: ListConcernsResponse } } },
    (request) => concerns.listConcerns(requireActor(request), request.query),
  );
  r.get(
    '/api/concerns/export.csv',
    { schema: { tags, querystring: ListConcernsQuery } },
    async (request, reply) => {
      const csv = await concerns.exportList(requireActor(request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="haven-concerns.csv"')
        .send(csv);
    },
  );
  r.get(
    '/api/concerns/:concernId/case-file.pdf',
    { schema: { tags, params: ConcernIdParams } },
    async (request, reply) => {
      const { reference, pdf } = await concerns.exportCaseFile(
        requireActor(request),
        request.params.concernId,
        access(request),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="haven-case-file-${reference}-CONFIDENTIAL.pdf"`)
        .send(pdf);
    },
  );
  r.get('/api/concerns/counts', { schema: { tags, response: { 200: ConcernCountsResponse } } }, (request) =>
    concerns.counts(requireActor(request)),
  );
  r.get(
    '/api/concerns/assignees',
    {
      schema: {
        tags,
        response: {
          200: z.object({
            items: z.array(z.object({ userId: z.string(), name: z.string(), roles: z.array(z.string()) })),
          }),
        },
      },
    },
    (request) => concerns.listAssignees(requireActor(request)),
  );
  r.get(
    '/api/concerns/people/:personId/chronology',
    { schema: { tags, params: PersonIdParams } },
    (request) => concerns.personChronology(requireActor(request), request.params.personId, access(request)),
  );
  r.get(
    '/api/concerns/:concernId',
    { schema: { tags, params: ConcernIdParams, response: { 200: ConcernResponse } } },
    (request) => concerns.getConcern(requireActor(request), request.params.concernId, access(request)),
  );
  r.post(
    '/api/concerns/:concernId/triage',
    { schema: { tags, params: ConcernIdParams, body: TriageRequest, response: { 200: ConcernResponse } } },
    (request) =>
      concerns.triage(requireActor(request), request.params.concernId, request.body, access(request)),
  );
  r.post(
    '/api/concerns/:concernId/assign',
    { schema: { tags, params: ConcernIdParams, body: AssignRequest, response: { 200: ConcernResponse } } },
    (request) =>
      concerns.assign(
        requireActor(request),
        request.params.concernId,
        request.body.assignedTo,
        access(request),
      ),
  );
  r.post(
    '/api/concerns/:concernId/entries',
    { schema: { tags, params: ConcernIdParams, body: AddEntryRequest, response: { 200: ConcernResponse } } },
    (request) =>
      concerns.addEntry(requireActor(request), request.params.concernId, request.body, access(request)),
  );
  r.post(
    '/api/concerns/:concernId/close',
    { schema: { tags, params: ConcernIdParams, body: CloseRequest, response: { 200: ConcernResponse } } },
    (request) =>
      concerns.close(requireActor(request), request.params.concernId, request.body, access(request)),
  );
  r.post(
    '/api/concerns/:concernId/reopen',
    { schema: { tags, params: ConcernIdParams, body: ReopenRequest, response: { 200: ConcernResponse } } },
    (request) =>
      concerns.reopen(requireActor(request), request.params.concernId, request.body.reason, access(request)),
  );
  r.post(
    '/api/concerns/:concernId/access',
    { schema: { tags, params: ConcernIdParams, body: RestrictRequest, response: { 200: ConcernResponse } } },
    (request) =>
      concerns.restrict(requireActor(request), request.params.concernId, request.body, access(request)),
  );
}
