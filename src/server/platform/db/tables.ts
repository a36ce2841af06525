import type { ColumnType, Generated } from 'kysely';

/** Column types as Kysely sees them; the SQL in migrations/ is the source of truth. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type Role =
  | 'admin'
  | 'dsl'
  | 'deputy_dsl'
  | 'online_safety_coordinator'
  | 'staff'
  | 'volunteer'
  | 'trustee';

export type YoungPersonNames = 'full' | 'first_name' | 'initials';

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  slug: string;
  young_person_names: ColumnType<YoungPersonNames, YoungPersonNames | undefined, YoungPersonNames>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  password_changed_at: NullableTimestamp;
  totp_secret: string | null;
  totp_enabled_at: NullableTimestamp;
  totp_last_counter: ColumnType<string | null, number | null | undefined, number | null>;
  disabled_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  roles: Role[];
  disabled_at: NullableTimestamp;
  created_at: Timestamp;
}

export type SessionStatus = 'active' | 'awaiting_2fa' | 'must_enrol_2fa';

export interface SessionsTable {
  id: Generated<string>;
  token_hash: string;
  user_id: string;
  active_organisation_id: string | null;
  status: SessionStatus;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  step_up_at: NullableTimestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface RecoveryCodesTable {
  id: Generated<string>;
  user_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface SignInAttemptsTable {
  id: Generated<string>;
  account_key: string;
  ip: string;
  succeeded: boolean;
  attempted_at: Timestamp;
}

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  roles: Role[];
  token_hash: string;
  invited_by: string | null;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  created_at: Timestamp;
}

export type PersonKind =
  | 'young_person'
  | 'parent_carer'
  | 'school'
  | 'teacher'
  | 'consultant'
  | 'contractor'
  | 'visitor';

export interface PeopleTable {
  id: Generated<string>;
  organisation_id: string;
  kind: PersonKind;
  name: string;
  email: string | null;
  phone: string | null;
  role_title: string | null;
  school_id: string | null;
  notes: ColumnType<string, string | undefined, string>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: NullableTimestamp;
}

export interface MailOutboxTable {
  id: Generated<string>;
  organisation_id: string;
  to_address: string;
  subject: string;
  body_text: string;
  kind: string;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  organisation_id: string | null;
  // Filled by the chain trigger; the inserted values are ignored.
  seq: ColumnType<string, number | undefined, never>;
  occurred_at: ColumnType<Date, Date | undefined, never>;
  actor_user_id: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  ip: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  prev_hash: ColumnType<string, string | undefined, never>;
  hash: ColumnType<string, string | undefined, never>;
}

export interface ScannerSuppressionsTable {
  id: Generated<string>;
  organisation_id: string;
  rule: string;
  excerpt: string | null;
  reason: string;
  created_by: string | null;
  created_at: Timestamp;
  lifted_by: string | null;
  lifted_at: NullableTimestamp;
}

export type PolicyVersionStatus = 'draft' | 'adopted' | 'superseded';

export interface PolicyVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  version_number: number;
  status: ColumnType<PolicyVersionStatus, PolicyVersionStatus | undefined, PolicyVersionStatus>;
  /** The validated policy pack (see src/server/modules/policies/pack/pack.schema.ts). */
  pack: ColumnType<unknown, string, string>;
  title: string;
  source: ColumnType<'editor' | 'import' | 'shipped', 'editor' | 'import' | 'shipped' | undefined, never>;
  summary_of_changes: string;
  created_by: string | null;
  created_at: Timestamp;
  adopted_by: string | null;
  adopted_at: NullableTimestamp;
  superseded_at: NullableTimestamp;
  next_review_due: NullableTimestamp;
}

export type PolicyDocument = 'online_safety_policy' | 'acceptable_use_policy';

export interface PolicyReadConfirmationsTable {
  id: Generated<string>;
  organisation_id: string;
  policy_version_id: string;
  user_id: string;
  document: PolicyDocument;
  confirmed_at: Timestamp;
}

export type ConcernStatus = 'new' | 'open' | 'closed';
export type ConcernRiskLevel = 'low' | 'medium' | 'high' | 'immediate';

export interface ConcernsTable {
  id: Generated<string>;
  organisation_id: string;
  reference_number: number;
  reporter_user_id: string;
  reported_at: Timestamp;
  happened_at: NullableTimestamp;
  location_kind: string;
  platform: string | null;
  place: string | null;
  what_happened: string;
  own_words: string | null;
  image_description: string | null;
  immediate_danger: boolean;
  risk_areas: string[];
  types: string[];
  other_type: string | null;
  allegation_subject_user_id: string | null;
  allegation_subject_person_id: string | null;
  lado_due_at: NullableTimestamp;
  restricted: ColumnType<boolean, boolean | undefined, boolean>;
  status: ColumnType<ConcernStatus, ConcernStatus | undefined, ConcernStatus>;
  risk_level: ConcernRiskLevel | null;
  assigned_to: string | null;
  triage_due_at: Timestamp;
  triaged_at: NullableTimestamp;
  next_review_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  outcome: string | null;
  updated_at: Timestamp;
  search: ColumnType<string, never, never>;
}

export interface ConcernPeopleTable {
  id: Generated<string>;
  organisation_id: string;
  concern_id: string;
  person_id: string | null;
  description: string | null;
  involvement: string;
  created_at: Timestamp;
}

export interface ConcernAccessTable {
  id: Generated<string>;
  organisation_id: string;
  concern_id: string;
  user_id: string;
  granted_by: string;
  granted_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface ConcernEntriesTable {
  id: Generated<string>;
  organisation_id: string;
  concern_id: string;
  kind: string;
  actor_user_id: string | null;
  occurred_at: Timestamp;
  recorded_at: Timestamp;
  related_entry_id: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface ConcernAttachmentsTable {
  id: Generated<string>;
  organisation_id: string;
  concern_id: string;
  original_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_name: string;
  uploaded_by: string;
  uploaded_at: Timestamp;
}

export interface ConcernCountsTable {
  organisation_id: string;
  month: ColumnType<Date, string, string>;
  status: ConcernStatus;
  type: string;
  restricted: boolean;
  n: number;
}

export interface ConcernDraftsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  data: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  updated_at: Timestamp;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  recovery_codes: RecoveryCodesTable;
  password_resets: PasswordResetsTable;
  sign_in_attempts: SignInAttemptsTable;
  invitations: InvitationsTable;
  people: PeopleTable;
  mail_outbox: MailOutboxTable;
  audit_log: AuditLogTable;
  concerns: ConcernsTable;
  concern_people: ConcernPeopleTable;
  concern_access: ConcernAccessTable;
  concern_entries: ConcernEntriesTable;
  concern_drafts: ConcernDraftsTable;
  concern_counts: ConcernCountsTable;
  concern_attachments: ConcernAttachmentsTable;
  scanner_suppressions: ScannerSuppressionsTable;
  policy_versions: PolicyVersionsTable;
  policy_read_confirmations: PolicyReadConfirmationsTable;
}
