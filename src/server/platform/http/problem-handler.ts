import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { type FieldError, Problem } from '../errors.ts';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

function fieldErrorsFromZod(error: FastifyError): FieldError[] {
  const validation = (error.validation ?? []) as Array<{
    keyword?: string;
    instancePath?: string;
    message?: string;
    params?: { keys?: string[]; expected?: string; input?: unknown };
  }>;
  return validation.flatMap((v) => {
    const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    if (v.keyword === 'unrecognized_keys' && v.params?.keys?.length) {
      return v.params.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: `“${key}” is not a field Haven accepts here; remove it.`,
      }));
    }
    if (v.keyword === 'invalid_type' && v.params?.input === undefined && /undefined/.test(v.message ?? '')) {
      return [{ path, message: 'This is required.' }];
    }
    return [{ path, message: v.message ?? 'This value is not valid.' }];
  });
}

/** Every error leaves as problem+json; internal details never reach the client or the log's message field. */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let problem: Problem;
    if (error instanceof Problem) {
      problem = error;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext === 'querystring' ? 'address' : error.validationContext;
      problem = new Problem(
        where === 'body' ? 422 : 400,
        'Some details need correcting',
        'Check the highlighted fields and try again.',
        { errors: fieldErrorsFromZod(error).map((e) => ({ ...e, path: e.path || where || '' })) },
      );
    } else if (
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
    ) {
      problem = new Problem(400, 'The request could not be read', 'The request body is not valid JSON.');
    } else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      problem = new Problem(
        413,
        'Too large',
        'The request is larger than Haven accepts here. Send less at once.',
      );
    } else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      problem = new Problem(
        415,
        'Unsupported format',
        'Send the request as JSON (Content-Type: application/json).',
      );
    } else if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      problem = new Problem(
        500,
        'Something went wrong',
        'Haven could not complete this. Nothing was changed; try again.',
      );
    } else if (error.statusCode && error.statusCode < 500) {
      problem = new Problem(error.statusCode, 'The request could not be handled', error.message);
    } else {
      request.log.error({ err: error }, 'unhandled error');
      problem = new Problem(
        500,
        'Something went wrong',
        'Haven could not complete this. Nothing was changed; try again.',
      );
    }
    reply.status(problem.status).headers(problem.headers).type(PROBLEM_TYPE).send(problem.toDocument());
  });

  app.setNotFoundHandler((request, reply) => {
    const problem = new Problem(
      404,
      'Not found',
      `There is no ${request.method} ${request.url.split('?')[0]} in Haven’s API.`,
    );
    reply.status(404).type(PROBLEM_TYPE).send(problem.toDocument());
  });
}
