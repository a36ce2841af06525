import { z } from 'zod';
import { PolicyPack } from './pack.schema.ts';

/** The JSON Schema for editors, as committed in docs/policy-pack.schema.json. */
export function packJsonSchemaText(): string {
  const schema = z.toJSONSchema(PolicyPack, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: 'https://haven.local/policy-pack.schema.json' }, null, 2)}\n`;
}
