/**
 * What another page may hand to the report form when someone raises a concern from something they
 * found (a scanner finding, say). It travels in router state, never in the address, because it
 * holds what a young person wrote.
 */
export type ConcernPrefill = {
  whatHappened: string;
  platform?: string;
  types: string[];
  riskAreas: string[];
};

export const isConcernPrefill = (value: unknown): value is ConcernPrefill =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as ConcernPrefill).whatHappened === 'string' &&
  Array.isArray((value as ConcernPrefill).types) &&
  Array.isArray((value as ConcernPrefill).riskAreas);

/** Adds the prefill to what is already in the form: nothing typed before is replaced or lost. */
export function mergePrefill<
  V extends { whatHappened: string; platform: string; types: string[]; riskAreas: string[] },
>(values: V, prefill: ConcernPrefill): V {
  const text = values.whatHappened.includes(prefill.whatHappened)
    ? values.whatHappened
    : [values.whatHappened.trim(), prefill.whatHappened].filter(Boolean).join('\n\n');
  return {
    ...values,
    whatHappened: text,
    platform: values.platform || prefill.platform || '',
    types: [...new Set([...values.types, ...prefill.types])],
    riskAreas: [...new Set([...values.riskAreas, ...prefill.riskAreas])],
  };
}
