-- Policy packs: each organisation's online safety policy as versions of a pack (R-POL-1 to R-POL-5).
-- Versions are never deleted or rewritten: saving makes a new draft; adopting one supersedes the
-- version adopted before it. Read-confirmations are kept per version, so a new version asks again.
create table policy_versions (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  version_number integer not null check (version_number > 0),
  status text not null default 'draft' check (status in ('draft', 'adopted', 'superseded')),
  pack jsonb not null,
  title text not null check (length(title) between 1 and 300),
  source text not null default 'editor' check (source in ('editor', 'import', 'shipped')),
  summary_of_changes text not null check (length(summary_of_changes) between 1 and 2000),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  adopted_by uuid references users (id),
  adopted_at timestamptz,
  superseded_at timestamptz,
  next_review_due timestamptz,
  primary key (organisation_id, id),
  unique (organisation_id, version_number),
  check ((status = 'draft') = (adopted_at is null)),
  check ((status = 'superseded') = (superseded_at is not null))
);
-- At most one adopted version per organisation.
create unique index policy_versions_one_adopted on policy_versions (organisation_id) where status = 'adopted';
alter table policy_versions enable row level security;
alter table policy_versions force row level security;
create policy policy_versions_tenant on policy_versions for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert on policy_versions to haven_app;
grant update (status, adopted_by, adopted_at, superseded_at, next_review_due) on policy_versions to haven_app;

create table policy_read_confirmations (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  policy_version_id uuid not null,
  user_id uuid not null references users (id),
  document text not null check (document in ('online_safety_policy', 'acceptable_use_policy')),
  confirmed_at timestamptz not null default now(),
  primary key (organisation_id, id),
  unique (organisation_id, policy_version_id, user_id, document),
  foreign key (organisation_id, policy_version_id) references policy_versions (organisation_id, id)
);
alter table policy_read_confirmations enable row level security;
alter table policy_read_confirmations force row level security;
create policy policy_read_confirmations_tenant on policy_read_confirmations for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert on policy_read_confirmations to haven_app;
