/** The scanner with Haven's built-in rules, compiled once per process or page. */
import { createScanner } from './engine.ts';
import { piiDetectors } from './pii.ts';
import { riskDetectors } from './risk.ts';
import type { Finding, RuleInfo, ScanOptions } from './types.ts';

const scanner = createScanner([...piiDetectors, ...riskDetectors]);

/** Finds personal details and risk signals in one message, sorted by position. */
export function scanText(text: string, options?: ScanOptions): Finding[] {
  return scanner.scan(text, options);
}

/** Every rule the scanner applies, with ids, descriptions and examples, for display and suppression. */
export function listRules(): RuleInfo[] {
  return scanner.rules();
}
