import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { auditPolicy } from './modules/audit/audit.policy.ts';
import { registerAuditRoutes } from './modules/audit/audit.routes.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { registerAuthRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { registerConcernAttachmentsRoutes } from './modules/concerns/concern-attachments.routes.ts';
import { createConcernAttachmentsService } from './modules/concerns/concern-attachments.service.ts';
import { concernsPolicy } from './modules/concerns/concerns.policy.ts';
import { registerConcernsRoutes } from './modules/concerns/concerns.routes.ts';
import { createConcernsService } from './modules/concerns/concerns.service.ts';
import { registerHealthRoutes } from './modules/health/health.routes.ts';
import { createHealthService } from './modules/health/health.service.ts';
import { mailPolicy } from './modules/mail/mail.policy.ts';
import { registerMailRoutes } from './modules/mail/mail.routes.ts';
import { createMailService } from './modules/mail/mail.service.ts';
import { messageCheckPolicy } from './modules/message-check/message-check.policy.ts';
import { registerMessageCheckRoutes } from './modules/message-check/message-check.routes.ts';
import { createMessageCheckService } from './modules/message-check/message-check.service.ts';
import { organisationsPolicy } from './modules/organisations/organisations.policy.ts';
import { readYoungPersonNames } from './modules/organisations/organisations.repo.ts';
import { registerOrganisationsRoutes } from './modules/organisations/organisations.routes.ts';
import { createOrganisationsService } from './modules/organisations/organisations.service.ts';
import { peoplePolicy } from './modules/people/people.policy.ts';
import { registerPeopleRoutes } from './modules/people/people.routes.ts';
import { createPeopleService } from './modules/people/people.service.ts';
import { policiesPolicy } from './modules/policies/policies.policy.ts';
import { registerPoliciesRoutes } from './modules/policies/policies.routes.ts';
import { readAdoptedCommunicationRules, readConcernRules } from './modules/policies/policies.rules.ts';
import { createPoliciesService } from './modules/policies/policies.service.ts';
import { scanningPolicy } from './modules/scanning/scanning.policy.ts';
import { registerScanningRoutes } from './modules/scanning/scanning.routes.ts';
import { createScanningService } from './modules/scanning/scanning.service.ts';
import { usersPolicy } from './modules/users/users.policy.ts';
import { registerUsersRoutes } from './modules/users/users.routes.ts';
import { createUsersService } from './modules/users/users.service.ts';
import { listAbilities } from './platform/auth/policy.ts';
import type { Config } from './platform/config.ts';
import type { Databases } from './platform/db/database.ts';
import { createTenantReader } from './platform/db/tenant-read.ts';
import { registerAuthentication } from './platform/http/authenticate.ts';
import { configureCookies } from './platform/http/cookies.ts';
import { serialiseError } from './platform/http/log-safety.ts';
import { registerProblemHandler } from './platform/http/problem-handler.ts';

export const WEB_DIST = resolve(import.meta.dirname, '../../dist/web');

type AppOptions = { config: Config; databases: Databases; logger?: boolean | object };

/** Composes the modules and nothing else: each gets exactly the dependencies it uses. */
export async function buildApp({ config, databases, logger = false }: AppOptions): Promise<FastifyInstance> {
  configureCookies({ publicUrl: config.publicUrl });
  const app = Fastify({
    logger:
      logger === false
        ? false
        : { ...(typeof logger === 'object' ? logger : {}), serializers: { err: serialiseError } },
    bodyLimit: 1_048_576,
    trustProxy: false,
    // Request URLs may carry search words; the default request log would keep them.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // HSTS only means something over HTTPS; helmet sends it, browsers ignore it on plain http.
    strictTransportSecurity: config.publicUrl.startsWith('https:')
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Haven API',
        version: '1',
        description: 'Haven’s JSON API. Errors are RFC 9457 problem+json.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'haven_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const db = databases.app;
  registerAuthentication(app, db);
  const policies = [
    peoplePolicy,
    usersPolicy,
    auditPolicy,
    mailPolicy,
    organisationsPolicy,
    scanningPolicy,
    messageCheckPolicy,
    policiesPolicy,
    concernsPolicy,
  ];

  registerHealthRoutes(
    app,
    createHealthService({ db, mode: databases.mode, migrations: databases.migrations }),
  );
  registerAuthRoutes(
    app,
    createAuthService({
      db,
      publicUrl: config.publicUrl,
      listAbilities: (roles) => listAbilities({ roles }, policies),
    }),
  );
  registerOrganisationsRoutes(
    app,
    createOrganisationsService({ db, read: createTenantReader(databases.appPool) }),
  );
  registerPeopleRoutes(app, createPeopleService({ db, readYoungPersonNames }));
  registerUsersRoutes(app, createUsersService({ db, publicUrl: config.publicUrl }));
  registerAuditRoutes(app, createAuditService({ db }));
  registerMailRoutes(app, createMailService({ db, delivery: config.smtp ? 'smtp' : 'outbox' }));
  registerScanningRoutes(app, createScanningService({ db }));
  registerPoliciesRoutes(app, createPoliciesService({ db }));
  // The adopted policy's rules.communication; until one is adopted the scanner's defaults apply.
  registerMessageCheckRoutes(
    app,
    createMessageCheckService({ db, readCommunicationRules: readAdoptedCommunicationRules }),
  );

  // rules.concerns of the adopted policy pack will be wired in with policy packs; defaults until then.
  registerConcernsRoutes(
    app,
    createConcernsService({
      db,
      publicUrl: config.publicUrl,
      readConcernRules,
    }),
  );
  await registerConcernAttachmentsRoutes(
    app,
    createConcernAttachmentsService({ db, attachmentsDir: config.attachmentsDir }),
  );

  if (existsSync(join(WEB_DIST, 'index.html'))) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
    // The web app routes in the browser: any page address that is not a file gets the app shell.
    app.get('/*', (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
