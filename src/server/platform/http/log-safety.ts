/**
 * What an error may put in the log. PostgreSQL's `detail` and `where` can quote the values of a
 * row (an email address in a duplicate-key error, say), so only the kind, code, message and stack
 * are kept.
 */
export function serialiseError(error: Error & { code?: unknown; statusCode?: unknown }) {
  return {
    type: error.name,
    code: typeof error.code === 'string' ? error.code : '',
    statusCode: typeof error.statusCode === 'number' ? error.statusCode : 500,
    message: error.message,
    stack: error.stack ?? '',
  };
}
