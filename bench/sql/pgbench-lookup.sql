-- PostgreSQL's ceiling for a SCIM userName lookup: the user row by tenant and lower(userName).
-- Variables: lookup_tenant, users (how many preloaded-<i>@bench.example there are).
\set i random(1, :users)
select id, user_name, active, role_name, name_given, name_family, title, created_at, last_modified_at, version
    from users
    where tenant_id = :lookup_tenant and user_name_key = lower('Preloaded-' || :i::text || '@bench.example');
