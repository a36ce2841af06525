/** Reads a policy pack from YAML (or an already-parsed value) and validates it. Pure code. */
import { readFileSync } from 'node:fs';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { type PolicyPack, PolicyPack as PolicyPackSchema } from './pack.schema.ts';

export type PackProblem = { path: string; message: string };
export type PackResult = { ok: true; pack: PolicyPack } | { ok: false; problems: PackProblem[] };

const pathOf = (path: readonly PropertyKey[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

export function validatePack(value: unknown): PackResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: 'This is not a policy pack: it should be a YAML mapping starting with packVersion: 1.',
        },
      ],
    };
  }
  const result = PolicyPackSchema.safeParse(value);
  if (result.success) return { ok: true, pack: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message })),
  };
}

export function parsePackYaml(text: string): PackResult {
  let value: unknown;
  try {
    value = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : '';
    return {
      ok: false,
      problems: [
        { path: '', message: `The file is not valid YAML${where}. Check the indentation and quotes there.` },
      ],
    };
  }
  return validatePack(value);
}

export function loadPackFile(file: string): PackResult {
  return parsePackYaml(readFileSync(file, 'utf8'));
}
