import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/http/authenticate.ts';
import { ListAuditQuery, ListAuditResponse, VerifyAuditResponse } from './audit.schema.ts';
import type { AuditService } from './audit.service.ts';

const tags = ['audit'];

export function registerAuditRoutes(app: FastifyInstance, audit: AuditService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit',
    { schema: { tags, querystring: ListAuditQuery, response: { 200: ListAuditResponse } } },
    (request) => audit.listEntries(requireActor(request), request.query),
  );
  r.get('/api/audit/verify', { schema: { tags, response: { 200: VerifyAuditResponse } } }, (request) =>
    audit.verify(requireActor(request)),
  );
}
