/** The packs shipped in policy-packs/, and the source policy each one is faithful to. */
import { resolve } from 'node:path';

export const PACKS_DIR = resolve(import.meta.dirname, '../../../../../policy-packs');

export const SHIPPED_PACKS = [
  { id: 'nspcc-template', source: null },
  { id: 'restitute', source: 'restitute.txt' },
  { id: 'pacso', source: 'pacso.txt' },
  { id: 'cavernoma-alliance-uk', source: 'cavernoma-alliance-uk.txt' },
  { id: 'solutions-not-sides', source: 'solutions-not-sides.txt' },
  { id: 'living-well-consortium', source: 'living-well-consortium.txt' },
] as const;

export type ShippedPackId = (typeof SHIPPED_PACKS)[number]['id'];

export const packPath = (id: ShippedPackId): string => resolve(PACKS_DIR, `${id}.yaml`);
export const sourcePath = (file: string): string => resolve(PACKS_DIR, 'sources', file);
