/**
 * Errors are data: every failure the API returns is an RFC 9457 problem document, with a
 * field-level list where the input was at fault, and a message that says what to do.
 */
export type FieldError = { path: string; message: string };

export type ProblemDocument = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
};

export class Problem extends Error {
  readonly status: number;
  readonly title: string;
  readonly type: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    title: string,
    detail: string,
    opts: { errors?: FieldError[]; type?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.status = status;
    this.title = title;
    this.type = opts.type ?? 'about:blank';
    this.errors = opts.errors;
    this.headers = opts.headers ?? {};
  }

  toDocument(): ProblemDocument {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const invalidInput = (detail: string, errors: FieldError[]) =>
  new Problem(422, 'Some details need correcting', detail, { errors });
export const badRequest = (detail: string, errors?: FieldError[]) =>
  new Problem(400, 'The request could not be read', detail, errors ? { errors } : {});
export const unauthenticated = (detail = 'Please sign in to continue.') =>
  new Problem(401, 'Sign-in needed', detail);
export const forbidden = (
  detail = 'Your role does not allow this. Ask your Haven administrator if you need it.',
) => new Problem(403, 'Not allowed', detail);
export const notFound = (what: string) => new Problem(404, 'Not found', `${what} was not found.`);
export const conflict = (detail: string, errors?: FieldError[]) =>
  new Problem(409, 'Conflict', detail, errors ? { errors } : {});
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new Problem(429, 'Too many attempts', detail, { headers: { 'retry-after': String(retryAfterSeconds) } });
