/**
 * Shared types for the Haven scanner. This module must stay free of server and Node imports:
 * the same scanner runs in the browser so staff see findings before they press send.
 */

export type FindingKind = 'pii' | 'risk';

export type PiiType = 'phone' | 'email' | 'postcode' | 'address' | 'school' | 'social_handle';
export type RiskType = 'bullying' | 'sexual' | 'grooming' | 'self_harm' | 'violence';
export type FindingType = PiiType | RiskType;

export const PII_TYPES: readonly PiiType[] = [
  'phone',
  'email',
  'postcode',
  'address',
  'school',
  'social_handle',
];
export const RISK_TYPES: readonly RiskType[] = ['bullying', 'sexual', 'grooming', 'self_harm', 'violence'];
export const FINDING_TYPES: readonly FindingType[] = [...PII_TYPES, ...RISK_TYPES];

/** 1 = worth knowing, 5 = act now. */
export type Severity = 1 | 2 | 3 | 4 | 5;

export interface Finding {
  kind: FindingKind;
  type: FindingType;
  /** UTF-16 offset of the first character of the match, as JavaScript string indexing counts it. */
  start: number;
  /** UTF-16 offset just past the match, so `text.slice(start, end) === excerpt`. */
  end: number;
  excerpt: string;
  severity: Severity;
  /** Id of the rule that fired, e.g. `risk.grooming.secrecy`; suppressions refer to this. */
  rule: string;
  /** Plain-English explanation for the person reading the alert. */
  reason: string;
}

/** A rule an organisation has judged harmless, optionally only for one normalised excerpt. */
export interface Suppression {
  rule: string;
  excerpt?: string;
}

export interface ScanOptions {
  suppressions?: readonly Suppression[];
  /** Stop collecting after this many findings, so a hostile paste cannot balloon the output. */
  maxFindings?: number;
}

export interface RuleInfo {
  id: string;
  kind: FindingKind;
  type: FindingType;
  severity: Severity;
  description: string;
  /** Short messages the rule is meant to catch; shown in the UI next to the suppress button. */
  examples: readonly string[];
}
