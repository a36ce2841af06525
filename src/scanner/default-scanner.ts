/** The scanner with Haven's built-in rules, compiled once per process or page. */
import { createScanner } from './engine.ts';
import { piiDetectors } from './pii.ts';
import { riskDetectors } from './risk.ts';
import type { Finding, RuleInfo, ScanOptions } from './types.ts';
import type { WordingWeights } from './wording-model.ts';
import { createWordingModel } from './wording-model.ts';
import weights from './wording-model.weights.json' with { type: 'json' };

const scanner = createScanner([...piiDetectors, ...riskDetectors], {
  wording: createWordingModel(weights as WordingWeights),
});

/** Finds personal details and risk signals in one message, sorted by position. */
export function scanText(text: string, options?: ScanOptions): Finding[] {
  return scanner.scan(text, options);
}

/** As scanText, for a message held as UTF-8 bytes inside JSON; see Scanner.scanJsonStringBytes. */
export function scanJsonStringBytes(
  bytes: Uint8Array,
  start: number,
  end: number,
  options?: ScanOptions,
): readonly Finding[] | null {
  return scanner.scanJsonStringBytes(bytes, start, end, options);
}

/** Every rule the scanner applies, with ids, descriptions and examples, for display and suppression. */
export function listRules(): RuleInfo[] {
  return scanner.rules();
}
