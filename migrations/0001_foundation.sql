-- Haven foundation: organisations, people, accounts, sessions, audit.
-- Tenancy is enforced here, not only in code: every table holding an organisation's data has
-- organisation_id, row-level security ENABLED and FORCED, and policies on app.organisation_id,
-- which the server sets per transaction with set_config(..., true).
-- The serving role (haven_app) is created before migrations run; it owns nothing.

create function app_org() returns uuid language sql stable as
  $$ select nullif(current_setting('app.organisation_id', true), '')::uuid $$;
create function app_user() returns uuid language sql stable as
  $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;
-- A secret the caller proved it holds (hash of a session, invitation or reset token).
create function app_token_hash() returns text language sql stable as
  $$ select nullif(current_setting('app.token_hash', true), '') $$;
-- The email being signed in with: lets sign-in see exactly one account and no other.
create function app_login_email() returns text language sql stable as
  $$ select nullif(lower(current_setting('app.login_email', true)), '') $$;

create table organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 2 and 200),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  young_person_names text not null default 'first_name'
    check (young_person_names in ('full', 'first_name', 'initials')),
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(email) and length(email) <= 254),
  name text not null check (length(name) between 1 and 200),
  password_hash text,
  password_changed_at timestamptz,
  totp_secret text,
  totp_enabled_at timestamptz,
  totp_last_counter bigint,
  disabled_at timestamptz,
  created_at timestamptz not null default now()
);
create unique index users_email_key on users (email);

create table memberships (
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  roles text[] not null check (cardinality(roles) >= 1 and roles <@ array[
    'admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator', 'staff', 'volunteer', 'trustee']::text[]),
  disabled_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (organisation_id, user_id)
);
create index memberships_user_idx on memberships (user_id);

-- After the memberships table exists, so the policies can refer to it.
alter table organisations enable row level security;
alter table organisations force row level security;
create policy organisations_visible on organisations for select
  using (id = app_org() or id in (select m.organisation_id from memberships m where m.user_id = app_user()));
create policy organisations_update on organisations for update
  using (id = app_org()) with check (id = app_org());

alter table users enable row level security;
alter table users force row level security;
create policy users_visible on users for select using (
  id = app_user() or email = app_login_email()
  or id in (select m.user_id from memberships m where m.organisation_id = app_org()));
create policy users_insert on users for insert with check (true);
create policy users_update_self on users for update
  using (id = app_user()) with check (id = app_user());

alter table memberships enable row level security;
alter table memberships force row level security;
create policy memberships_tenant on memberships for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
create policy memberships_own on memberships for select using (user_id = app_user());

create table sessions (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  user_id uuid not null references users (id),
  active_organisation_id uuid references organisations (id),
  -- awaiting_2fa: password accepted, code still needed; must_enrol_2fa: a role requires 2FA
  status text not null check (status in ('active', 'awaiting_2fa', 'must_enrol_2fa')),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  step_up_at timestamptz,
  ip text,
  user_agent text
);
create index sessions_user_idx on sessions (user_id);
alter table sessions enable row level security;
alter table sessions force row level security;
create policy sessions_own on sessions for all
  using (token_hash = app_token_hash() or user_id = app_user())
  with check (token_hash = app_token_hash() or user_id = app_user());

create table recovery_codes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users (id),
  code_hash text not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
create index recovery_codes_user_idx on recovery_codes (user_id);
alter table recovery_codes enable row level security;
alter table recovery_codes force row level security;
create policy recovery_codes_own on recovery_codes for all
  using (user_id = app_user()) with check (user_id = app_user());

create table password_resets (
  token_hash text primary key,
  user_id uuid not null references users (id),
  expires_at timestamptz not null,
  used_at timestamptz,
  created_at timestamptz not null default now()
);
alter table password_resets enable row level security;
alter table password_resets force row level security;
create policy password_resets_holder on password_resets for all
  using (token_hash = app_token_hash() or user_id = app_user())
  with check (user_id = app_user());

-- Throttling state for sign-in. Keys are hashes; no email address is stored here.
create table sign_in_attempts (
  id bigint generated always as identity primary key,
  account_key text not null,
  ip text not null,
  succeeded boolean not null,
  attempted_at timestamptz not null default now()
);
create index sign_in_attempts_account_idx on sign_in_attempts (account_key, attempted_at);
create index sign_in_attempts_ip_idx on sign_in_attempts (ip, attempted_at);

create table invitations (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  email text not null check (email = lower(email)),
  name text not null,
  roles text[] not null check (cardinality(roles) >= 1 and roles <@ array[
    'admin', 'dsl', 'deputy_dsl', 'online_safety_coordinator', 'staff', 'volunteer', 'trustee']::text[]),
  token_hash text not null unique,
  invited_by uuid references users (id),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (organisation_id, id)
);
alter table invitations enable row level security;
alter table invitations force row level security;
create policy invitations_tenant on invitations for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
create policy invitations_holder on invitations for select using (token_hash = app_token_hash());

create table people (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  kind text not null check (kind in (
    'young_person', 'parent_carer', 'school', 'teacher', 'consultant', 'contractor', 'visitor')),
  name text not null check (length(name) between 1 and 200),
  email text,
  phone text,
  role_title text,
  school_id uuid,
  notes text not null default '',
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  archived_at timestamptz,
  primary key (organisation_id, id),
  foreign key (organisation_id, school_id) references people (organisation_id, id)
);
create index people_org_kind_idx on people (organisation_id, kind, name);
create index people_org_name_idx on people (organisation_id, lower(name) text_pattern_ops);
alter table people enable row level security;
alter table people force row level security;
create policy people_tenant on people for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());

create table mail_outbox (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  to_address text not null,
  subject text not null,
  body_text text not null,
  kind text not null,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  attempts integer not null default 0,
  last_error text,
  primary key (organisation_id, id)
);
create index mail_outbox_unsent_idx on mail_outbox (created_at) where sent_at is null;
alter table mail_outbox enable row level security;
alter table mail_outbox force row level security;
create policy mail_outbox_tenant on mail_outbox for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());

-- Audit: append-only and hash-chained per organisation (organisation_id null = the platform chain,
-- for events such as a sign-in attempt for an unknown address).
create table audit_log (
  id bigint generated always as identity primary key,
  organisation_id uuid references organisations (id),
  seq bigint not null,
  occurred_at timestamptz not null,
  actor_user_id uuid,
  action text not null,
  entity_type text,
  entity_id text,
  ip text,
  details jsonb not null default '{}'::jsonb,
  prev_hash text not null,
  hash text not null
);
create unique index audit_log_chain_seq on audit_log
  (coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), seq);
create index audit_log_org_time_idx on audit_log (organisation_id, occurred_at desc);
alter table audit_log enable row level security;
alter table audit_log force row level security;
create policy audit_log_read on audit_log for select using (organisation_id = app_org());
create policy audit_log_append on audit_log for insert
  with check (organisation_id = app_org() or organisation_id is null);

create table audit_chain_heads (
  chain_id uuid primary key,
  last_seq bigint not null,
  last_hash text not null
);

-- The canonical form hashed for each entry: a JSON array, so no field can bleed into another.
create function audit_canonical(a audit_log) returns text language sql immutable as $$
  select jsonb_build_array(
    a.seq, a.organisation_id, to_char(a.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    a.actor_user_id, a.action, a.entity_type, a.entity_id, a.ip, a.details)::text
$$;

-- Runs as the owner so the serving role can append without touching the chain heads.
-- The head row lock serialises writers of one chain: concurrent inserts cannot fork it.
create function audit_chain_append() returns trigger language plpgsql security definer
  set search_path = public, pg_temp as $$
declare
  chain uuid := coalesce(new.organisation_id, '00000000-0000-0000-0000-000000000000'::uuid);
  head audit_chain_heads;
begin
  insert into audit_chain_heads (chain_id, last_seq, last_hash)
    values (chain, 0, repeat('0', 64)) on conflict (chain_id) do nothing;
  select * into head from audit_chain_heads where chain_id = chain for update;
  new.seq := head.last_seq + 1;
  new.occurred_at := clock_timestamp();
  new.prev_hash := head.last_hash;
  new.hash := encode(sha256(convert_to(new.prev_hash || '|' || audit_canonical(new), 'UTF8')), 'hex');
  update audit_chain_heads set last_seq = new.seq, last_hash = new.hash where chain_id = chain;
  return new;
end $$;
create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_chain_append();

create function audit_log_reject_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_reject_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_reject_change();

-- The serving role: least privilege. No DELETE on anything that is a record.
grant usage on schema public to haven_app;
grant select on organisations to haven_app;
grant update (name, young_person_names) on organisations to haven_app;
grant select, insert on users to haven_app;
grant update (name, password_hash, password_changed_at, totp_secret, totp_enabled_at, totp_last_counter)
  on users to haven_app;
grant select, insert, update on memberships to haven_app;
grant select, insert, update, delete on sessions to haven_app;
grant select, insert, update on recovery_codes to haven_app;
grant select, insert, update on password_resets to haven_app;
grant select, insert, delete on sign_in_attempts to haven_app;
grant select, insert, update on invitations to haven_app;
grant select, insert, update on people to haven_app;
grant select, insert, update on mail_outbox to haven_app;
grant select, insert on audit_log to haven_app;
grant execute on function app_org(), app_user(), app_token_hash(), app_login_email() to haven_app;

-- Resolving a session cookie is the hottest query in Haven: one round trip, keyed by the hash
-- of a secret only the holder of the cookie knows, so it may look past RLS.
create function auth_session(p_token_hash text)
returns table (
  id uuid, user_id uuid, status text, active_organisation_id uuid, created_at timestamptz,
  last_seen_at timestamptz, step_up_at timestamptz, roles text[], user_disabled boolean
) language sql stable security definer set search_path = public, pg_temp as $$
  select s.id, s.user_id, s.status, s.active_organisation_id, s.created_at, s.last_seen_at, s.step_up_at,
         coalesce(m.roles, '{}'::text[]), u.disabled_at is not null
  from sessions s
  join users u on u.id = s.user_id
  left join memberships m
    on m.organisation_id = s.active_organisation_id and m.user_id = s.user_id and m.disabled_at is null
  where s.token_hash = p_token_hash
$$;
create function auth_touch_session(p_token_hash text) returns void
  language sql security definer set search_path = public, pg_temp as $$
  update sessions set last_seen_at = now() where token_hash = p_token_hash
$$;
revoke execute on function auth_session(text), auth_touch_session(text) from public;
grant execute on function auth_session(text), auth_touch_session(text) to haven_app;
