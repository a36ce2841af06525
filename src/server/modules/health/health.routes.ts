import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { HealthService } from './health.service.ts';

export const GetHealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    mode: z.enum(['embedded', 'external']),
    reachable: z.boolean(),
    migrations: z.object({ applied: z.array(z.string()), pending: z.array(z.string()) }),
  }),
});

export function registerHealthRoutes(app: FastifyInstance, health: HealthService): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/health',
      { schema: { tags: ['health'], response: { 200: GetHealthResponse, 503: GetHealthResponse } } },
      async (_request, reply) => {
        const report = await health.check();
        return reply.status(report.status === 'ok' ? 200 : 503).send(report);
      },
    );
}
