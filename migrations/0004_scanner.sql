-- Safety scanner: patterns an organisation has judged harmless. Suppressions are records of a
-- safeguarding judgement, so they are never deleted: lifting one sets lifted_at.
create table scanner_suppressions (
  id uuid not null default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  rule text not null check (length(rule) between 1 and 200),
  excerpt text check (excerpt is null or length(excerpt) between 1 and 500),
  reason text not null check (length(reason) between 3 and 2000),
  created_by uuid references users (id),
  created_at timestamptz not null default now(),
  lifted_by uuid references users (id),
  lifted_at timestamptz,
  primary key (organisation_id, id)
);
create index scanner_suppressions_active_idx on scanner_suppressions (organisation_id) where lifted_at is null;
alter table scanner_suppressions enable row level security;
alter table scanner_suppressions force row level security;
create policy scanner_suppressions_tenant on scanner_suppressions for all
  using (organisation_id = app_org()) with check (organisation_id = app_org());
grant select, insert on scanner_suppressions to haven_app;
grant update (lifted_by, lifted_at) on scanner_suppressions to haven_app;
