-- Concerns and case management (issue 4). Nothing here is ever hard-deleted: cases close and
-- reopen, corrections are addenda, and every change is an entry in the case's chronology.
-- The original report (what_happened, own_words, image_description, when and where) is never
-- updated: the serving role has no UPDATE on those columns.

-- btree_gin lets full-text search use one index on (organisation_id, search), so a search reads
-- only the organisation's matches however many cases other organisations hold.
create extension if not exists btree_gin;

create table concerns (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  reference_number integer not null,
  reporter_user_id uuid not null references users (id),
  reported_at timestamptz not null default now(),
  happened_at timestamptz,
  location_kind text not null check (location_kind in ('online', 'offline', 'both', 'unknown')),
  platform text check (platform is null or length(platform) between 1 and 200),
  place text check (place is null or length(place) between 1 and 200),
  what_happened text not null check (length(what_happened) between 1 and 20000),
  own_words text check (own_words is null or length(own_words) between 1 and 20000),
  image_description text check (image_description is null or length(image_description) between 1 and 5000),
  immediate_danger boolean not null default false,
  risk_areas text[] not null default '{}' check (risk_areas <@ array['content', 'contact', 'conduct', 'commerce']::text[]),
  types text[] not null check (cardinality(types) >= 1 and types <@ array[
    'bullying', 'emotional_abuse', 'sharing_nudes', 'sexual_abuse', 'sexual_exploitation', 'grooming',
    'radicalisation', 'self_harm', 'violence', 'other']::text[]),
  other_type text check (other_type is null or length(other_type) between 1 and 200),
  -- An allegation against a member of staff or a volunteer (R-INC-10): always restricted.
  allegation_subject_user_id uuid references users (id),
  allegation_subject_person_id uuid,
  lado_due_at timestamptz,
  restricted boolean not null default false,
  status text not null default 'new' check (status in ('new', 'open', 'closed')),
  risk_level text check (risk_level is null or risk_level in ('low', 'medium', 'high', 'immediate')),
  assigned_to uuid references users (id),
  triage_due_at timestamptz not null,
  triaged_at timestamptz,
  next_review_at timestamptz,
  closed_at timestamptz,
  outcome text,
  updated_at timestamptz not null default now(),
  search tsvector generated always as (
    to_tsvector('english', coalesce(platform, '') || ' ' || coalesce(place, '') || ' ' || what_happened
      || ' ' || coalesce(own_words, '') || ' ' || coalesce(image_description, '') || ' ' || coalesce(other_type, ''))
  ) stored,
  primary key (organisation_id, id),
  unique (organisation_id, reference_number),
  foreign key (organisation_id, allegation_subject_person_id) references people (organisation_id, id),
  check ((allegation_subject_user_id is null and allegation_subject_person_id is null) or restricted)
);
create index concerns_org_reported_idx on concerns (organisation_id, reported_at desc, id);
create index concerns_org_status_idx on concerns (organisation_id, status, reported_at desc);
create index concerns_org_reporter_idx on concerns (organisation_id, reporter_user_id, reported_at desc);
create index concerns_search_idx on concerns using gin (organisation_id, search);
create index concerns_types_idx on concerns using gin (organisation_id, types);
create index concerns_open_idx on concerns (organisation_id, reported_at desc) where status <> 'closed';
create index concerns_restricted_idx on concerns (organisation_id) where restricted;
alter table concerns enable row level security;
alter table concerns force row level security;
create policy concerns_tenant on concerns for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert on concerns to haven_app;
grant update (restricted, status, risk_level, assigned_to, triaged_at, next_review_at, closed_at, outcome,
  lado_due_at, updated_at) on concerns to haven_app;

-- Full-text search under row-level security: PostgreSQL will not use an index for a non-leakproof
-- operator such as @@ ahead of a policy, so a search would test every case of the organisation.
-- This function finds the matching ids through the (organisation_id, search) index as the owner,
-- and only ever for the caller's own organisation (app_org()); the caller's query then reads those
-- rows under RLS as usual.
create function concern_search_ids(org uuid, query text) returns setof uuid
  language sql stable security definer set search_path = pg_catalog, public as $$
  select c.id from public.concerns c
  where org = public.app_org() and c.organisation_id = org
    and c.search @@ websearch_to_tsquery('english', query)
$$;
revoke all on function concern_search_ids(uuid, text) from public;
grant execute on function concern_search_ids(uuid, text) to haven_app;

-- Who is involved: someone from the people register, or someone not in it (an unknown person or
-- an online account), described in words.
create table concern_people (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  concern_id uuid not null,
  person_id uuid,
  description text check (description is null or length(description) between 1 and 300),
  involvement text not null check (involvement in ('subject', 'alleged_perpetrator', 'witness', 'other')),
  created_at timestamptz not null default now(),
  primary key (organisation_id, id),
  foreign key (organisation_id, concern_id) references concerns (organisation_id, id),
  foreign key (organisation_id, person_id) references people (organisation_id, id),
  check (person_id is not null or description is not null)
);
create index concern_people_concern_idx on concern_people (organisation_id, concern_id);
create index concern_people_person_idx on concern_people (organisation_id, person_id);
alter table concern_people enable row level security;
alter table concern_people force row level security;
create policy concern_people_tenant on concern_people for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert on concern_people to haven_app;

-- People the DSL names to see a restricted case or an allegation (need to know).
create table concern_access (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  concern_id uuid not null,
  user_id uuid not null references users (id),
  granted_by uuid not null references users (id),
  granted_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (organisation_id, id),
  foreign key (organisation_id, concern_id) references concerns (organisation_id, id)
);
create unique index concern_access_active_idx on concern_access (organisation_id, concern_id, user_id)
  where revoked_at is null;
create index concern_access_user_idx on concern_access (organisation_id, user_id) where revoked_at is null;
alter table concern_access enable row level security;
alter table concern_access force row level security;
create policy concern_access_tenant on concern_access for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert on concern_access to haven_app;
grant update (revoked_at) on concern_access to haven_app;

-- The chronology: every decision, action, referral, contact with parents, support, review,
-- addendum and change of state, append-only. `data` holds the entry's structured fields.
create table concern_entries (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  concern_id uuid not null,
  kind text not null check (kind in ('reported', 'triaged', 'assigned', 'decision', 'task', 'task_done',
    'referral', 'referral_outcome', 'parents_informed', 'support', 'review_scheduled', 'review',
    'addendum', 'closed', 'reopened', 'access_granted', 'access_revoked', 'restricted', 'attachment_added',
    'exported')),
  actor_user_id uuid references users (id),
  occurred_at timestamptz not null default now(),
  recorded_at timestamptz not null default now(),
  related_entry_id uuid,
  data jsonb not null default '{}',
  primary key (organisation_id, id),
  foreign key (organisation_id, concern_id) references concerns (organisation_id, id),
  foreign key (organisation_id, related_entry_id) references concern_entries (organisation_id, id)
);
create index concern_entries_concern_idx on concern_entries (organisation_id, concern_id, occurred_at, recorded_at);
alter table concern_entries enable row level security;
alter table concern_entries force row level security;
create policy concern_entries_tenant on concern_entries for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert on concern_entries to haven_app;

-- A report being typed, kept per reporter so nothing is lost on a reload or a dropped connection.
-- Submitting clears it (data becomes null); drafts are never a record of a concern.
create table concern_drafts (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  data jsonb,
  updated_at timestamptz not null default now(),
  primary key (organisation_id, id),
  unique (organisation_id, user_id)
);
alter table concern_drafts enable row level security;
alter table concern_drafts force row level security;
create policy concern_drafts_tenant on concern_drafts for all
  using (organisation_id = app_org() and user_id = app_user())
  with check (organisation_id = app_org() and user_id = app_user());
grant select, insert on concern_drafts to haven_app;
grant update (data, updated_at) on concern_drafts to haven_app;

-- Files kept with a case (screenshots, PDFs, documents). The bytes live on disk outside the web
-- root under a server-generated name; this row is the only way to find or serve them.
create table concern_attachments (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  concern_id uuid not null,
  original_name text not null check (length(original_name) between 1 and 255),
  content_type text not null,
  size_bytes integer not null check (size_bytes > 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  storage_name text not null unique,
  uploaded_by uuid not null references users (id),
  uploaded_at timestamptz not null default now(),
  primary key (organisation_id, id),
  foreign key (organisation_id, concern_id) references concerns (organisation_id, id)
);
create index concern_attachments_concern_idx on concern_attachments (organisation_id, concern_id);
alter table concern_attachments enable row level security;
alter table concern_attachments force row level security;
create policy concern_attachments_tenant on concern_attachments for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert on concern_attachments to haven_app;

-- Counts for the dashboard, kept by a trigger so they cost the same however many cases there are.
-- Each case adds one to (month, status, '*') and one to (month, status, type) for each of its types.
-- Restricted cases are counted apart: a lead's counts add the restricted cases they may see, live.
create table concern_counts (
  organisation_id uuid not null references organisations (id),
  month date not null,
  status text not null,
  type text not null,
  restricted boolean not null,
  n integer not null,
  primary key (organisation_id, month, status, type, restricted)
);
alter table concern_counts enable row level security;
alter table concern_counts force row level security;
create policy concern_counts_tenant on concern_counts for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert, update on concern_counts to haven_app;

create function concern_counts_apply(org uuid, reported timestamptz, st text, kinds text[], r boolean, delta integer)
returns void language sql as $$
  insert into concern_counts as cc (organisation_id, month, status, type, restricted, n)
  select org, date_trunc('month', reported at time zone 'Europe/London')::date, st, t, r, delta
  from unnest(array['*'] || kinds) as t
  on conflict (organisation_id, month, status, type, restricted) do update set n = cc.n + excluded.n
$$;

create function concern_counts_track() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    if old.status = new.status and old.restricted = new.restricted then
      return new;
    end if;
    perform concern_counts_apply(old.organisation_id, old.reported_at, old.status, old.types, old.restricted, -1);
  end if;
  perform concern_counts_apply(new.organisation_id, new.reported_at, new.status, new.types, new.restricted, 1);
  return new;
end
$$;
create trigger concerns_counts after insert or update of status, restricted on concerns
  for each row execute function concern_counts_track();
