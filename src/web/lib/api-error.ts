/** A problem the API reported (RFC 9457 problem+json), or a failure to reach it at all. */
export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** Seconds to wait, from a 429's Retry-After header. */
  readonly retryAfterSeconds: number | undefined;

  constructor(opts: {
    status: number;
    title: string;
    detail: string;
    fieldErrors?: FieldError[];
    retryAfterSeconds?: number | undefined;
  }) {
    super(opts.detail);
    this.name = 'ApiError';
    this.status = opts.status;
    this.title = opts.title;
    this.detail = opts.detail;
    this.fieldErrors = opts.fieldErrors ?? [];
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** A sentence to show for any error, whatever it is. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 429 && !error.detail.startsWith('Too many')) {
      return tooManyAttemptsMessage(error.retryAfterSeconds);
    }
    return error.detail || error.title;
  }
  return 'Something went wrong. Try again; if it keeps happening, tell your Haven administrator.';
}

export function tooManyAttemptsMessage(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined) return 'Too many attempts. Try again later.';
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
