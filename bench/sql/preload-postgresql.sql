-- The tenant's users as a SCIM create writes them: the user, its e-mail, the audit record (left
-- for the service to chain). @USERS@ users named preloaded-<i>@bench.example for lookups, then
-- @LEAVERS@ named leaver-<i>@bench.example who each hold 5 sessions and 3 personal access tokens.
create temporary table preload as
    select gen_random_uuid()::text as id,
           case when i <= @USERS@ then 'preloaded-' || i else 'leaver-' || (i - @USERS@) end
               || '@bench.example' as user_name,
           now() - make_interval(secs => (@USERS@ + @LEAVERS@ - i) * 0.001) as created_at, i
    from generate_series(1, @USERS@ + @LEAVERS@) as i;
insert into users (id, tenant_id, user_name, user_name_key, active, role_name, name_given, name_family, title,
                   created_at, last_modified_at, version)
    select id, '@TENANT@', user_name, user_name, true, 'VIEWER', 'Given' || i, 'Family', 'Engineer', created_at,
           created_at, 1
    from preload;
-- Without fresh statistics the foreign key checks of the next inserts scan users row by row.
analyze users;
insert into user_emails (user_id, idx, address, address_key, email_type, is_primary)
    select id, 0, user_name, user_name, 'work', true from preload;
create temporary table preload_audit as
    select gen_random_uuid()::text as record_id, id as user_id, user_name, created_at, i,
           gen_random_uuid()::text as token_id
    from preload;
insert into audit_records (id, tenant_id, occurred_at, actor_type, actor_user_id, actor_token_id, action,
                           target_type, target_id, request_id, client_address, user_agent, outcome, changes, payload)
    select record_id, '@TENANT@', created_at, 'user', '@ADMIN@', token_id, 'user.provision', 'user', user_id,
           'preload-' || i, '192.0.2.10', 'Okta SCIM Client 1.0.0', 'success', 'provisioned',
           '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' || user_name
               || '","notRecorded":["password"]}'
    from preload_audit;
insert into audit_unsealed (record_id, tenant_id, occurred_at)
    select record_id, '@TENANT@', created_at from preload_audit;
insert into user_sessions (id, tenant_id, user_id, sign_in_method, created_at, last_seen_at, client_address,
                           user_agent)
    select gen_random_uuid()::text, '@TENANT@', id, 'SSO', now(), now(), '192.0.2.20', 'Mozilla/5.0 (bench)'
    from preload, generate_series(1, 5) as s
    where i > @USERS@;
insert into personal_access_tokens (id, tenant_id, owner_id, name, scopes, secret_hash, created_at)
    select token_id, '@TENANT@', id, 'bench token ' || t, 'api', encode(sha256(convert_to(token_id, 'UTF8')), 'hex'),
           now()
    from (select gen_random_uuid()::text as token_id, id, t from preload, generate_series(1, 3) as t
          where i > @USERS@) as tokens;
analyze;
