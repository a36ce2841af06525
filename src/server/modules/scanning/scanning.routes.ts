import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/authenticate.ts';
import {
  AddSuppressionRequest,
  ListSuppressionsResponse,
  ScanTextRequest,
  ScanTextResponse,
  SuppressionIdParams,
} from './scanning.schema.ts';
import type { ScanningService } from './scanning.service.ts';

const tags = ['scanner'];

export function registerScanningRoutes(app: FastifyInstance, scanning: ScanningService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/scanner/scan',
    { schema: { tags, body: ScanTextRequest, response: { 200: ScanTextResponse } } },
    (request) => scanning.scan(requireActor(request), request.body.text),
  );
  r.get(
    '/api/scanner/suppressions',
    { schema: { tags, response: { 200: ListSuppressionsResponse } } },
    (request) => scanning.listSuppressions(requireActor(request)),
  );
  r.post(
    '/api/scanner/suppressions',
    { schema: { tags, body: AddSuppressionRequest } },
    async (request, reply) =>
      reply.status(201).send(await scanning.addSuppression(requireActor(request), request.body)),
  );
  r.post(
    '/api/scanner/suppressions/:suppressionId/lift',
    { schema: { tags, params: SuppressionIdParams } },
    async (request, reply) => {
      await scanning.liftSuppression(requireActor(request), request.params.suppressionId);
      return reply.status(204).send();
    },
  );
}
