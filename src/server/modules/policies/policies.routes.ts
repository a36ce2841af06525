import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/authenticate.ts';
import {
  ConfirmationsResponse,
  ConfirmReadingRequest,
  CreateDraftRequest,
  CreateDraftResponse,
  DocumentQuery,
  GetVersionResponse,
  ImportProposalResponse,
  ListVersionsResponse,
  ProposeImportRequest,
  RemindersResponse,
  ReviewsDueResponse,
  VersionIdParams,
  VersionSummary,
} from './policies.schema.ts';
import type { PoliciesService } from './policies.service.ts';

const tags = ['policies'];

export function registerPoliciesRoutes(app: FastifyInstance, policies: PoliciesService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/policy', { schema: { tags, response: { 200: GetVersionResponse } } }, (request) =>
    policies.getAdopted(requireActor(request)),
  );
  r.get('/api/policy/versions', { schema: { tags, response: { 200: ListVersionsResponse } } }, (request) =>
    policies.listVersions(requireActor(request)),
  );
  r.post(
    '/api/policy/versions',
    { schema: { tags, body: CreateDraftRequest, response: { 201: CreateDraftResponse } } },
    async (request, reply) =>
      reply.status(201).send(await policies.createDraft(requireActor(request), request.body)),
  );
  r.post(
    '/api/policy/imports',
    {
      bodyLimit: 1_200_000,
      schema: { tags, body: ProposeImportRequest, response: { 200: ImportProposalResponse } },
    },
    (request) => policies.proposeImport(requireActor(request), request.body),
  );
  r.get(
    '/api/policy/versions/:versionId',
    { schema: { tags, params: VersionIdParams, response: { 200: GetVersionResponse } } },
    (request) => policies.getVersion(requireActor(request), request.params.versionId),
  );
  r.get(
    '/api/policy/versions/:versionId/document',
    { schema: { tags, params: VersionIdParams, querystring: DocumentQuery } },
    async (request, reply) => {
      const doc = await policies.renderVersion(
        requireActor(request),
        request.params.versionId,
        request.query.format,
      );
      const disposition = request.query.format === 'html' ? 'inline' : 'attachment';
      return reply
        .header('content-type', doc.contentType)
        .header('content-disposition', `${disposition}; filename="${doc.fileName}"`)
        .send(doc.body);
    },
  );
  r.post(
    '/api/policy/versions/:versionId/adopt',
    { schema: { tags, params: VersionIdParams, response: { 200: VersionSummary } } },
    (request) => policies.adopt(requireActor(request), request.params.versionId),
  );
  r.post('/api/policy/confirmations', { schema: { tags, body: ConfirmReadingRequest } }, (request) =>
    policies.confirmReading(requireActor(request), request.body),
  );
  r.get(
    '/api/policy/confirmations',
    { schema: { tags, response: { 200: ConfirmationsResponse } } },
    (request) => policies.listConfirmations(requireActor(request)),
  );
  r.post(
    '/api/policy/confirmations/reminders',
    { schema: { tags, response: { 200: RemindersResponse } } },
    (request) => policies.sendReminders(requireActor(request)),
  );
  r.get('/api/policy/reviews-due', { schema: { tags, response: { 200: ReviewsDueResponse } } }, (request) =>
    policies.reviewsDue(requireActor(request)),
  );
}
