/** Writes docs/policy-pack.schema.json from the Zod pack schema: node scripts/generate-pack-schema.ts */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packJsonSchemaText } from '../src/server/modules/policies/pack/pack-json-schema.ts';

const out = resolve(import.meta.dirname, '../docs/policy-pack.schema.json');
writeFileSync(out, packJsonSchemaText());
console.log(`Wrote ${out}`);
