import { describeError, isApiError } from './api-error.ts';

type SettableForm = { setErrors: (errors: Record<string, string>) => void };

/**
 * Puts the API's field errors on the matching form fields and returns the sentence to show in an
 * alert above the form: the problem's detail, plus any field error that matches no field.
 * `fieldMap` renames API paths to form paths where they differ (e.g. `newPassword` → `password`).
 */
export function applyApiErrors(
  form: SettableForm,
  error: unknown,
  fields: readonly string[],
  fieldMap: Record<string, string> = {},
): string {
  if (!isApiError(error) || error.fieldErrors.length === 0) return describeError(error);
  const onFields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const { path, message } of error.fieldErrors) {
    const top = path.split(/[.[]/)[0] ?? path;
    const target =
      fieldMap[path] ?? fieldMap[top] ?? (fields.includes(path) ? path : fields.includes(top) ? top : null);
    if (target === null) elsewhere.push(message);
    else onFields[target] = onFields[target] ? `${onFields[target]} ${message}` : message;
  }
  form.setErrors(onFields);
  return [error.detail, ...elsewhere].filter(Boolean).join(' ') || error.title;
}
