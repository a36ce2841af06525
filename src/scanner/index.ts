/**
 * Haven scanner: finds personal details and risk signals in messages, and checks draft
 * messages against an organisation's communication policy. Pure TypeScript with no server or
 * Node imports, so the same code runs in the browser and on the server.
 */
export { listRules, scanText } from './default-scanner.ts';
export { applySuppressions, normaliseExcerpt } from './engine.ts';
export type {
  CommunicationChannel,
  CommunicationRules,
  MessageCheckFinding,
  MessageCheckRule,
  MessageDraft,
  Participant,
  ParticipantRole,
  Weekday,
} from './message-check.ts';
export {
  COMMUNICATION_CHANNELS,
  checkMessage,
  DEFAULT_COMMUNICATION_RULES,
  isWithinOfficeHours,
  parseCommunicationRules,
} from './message-check.ts';
export type {
  Finding,
  FindingKind,
  FindingType,
  PiiType,
  RiskType,
  RuleInfo,
  ScanOptions,
  Severity,
  Suppression,
} from './types.ts';
export { FINDING_TYPES, PII_TYPES, RISK_TYPES } from './types.ts';
