-- As preload-postgresql.sql, in H2's dialect.
create local temporary table preload as
    select cast(random_uuid() as varchar) as id,
           case when x <= @USERS@ then 'preloaded-' || x else 'leaver-' || (x - @USERS@) end
               || '@bench.example' as user_name,
           dateadd(millisecond, -(@USERS@ + @LEAVERS@ - x), current_timestamp) as created_at, x as i
    from system_range(1, @USERS@ + @LEAVERS@);
insert into users (id, tenant_id, user_name, user_name_key, active, role_name, name_given, name_family, title,
                   created_at, last_modified_at, version)
    select id, '@TENANT@', user_name, user_name, true, 'VIEWER', 'Given' || i, 'Family', 'Engineer', created_at,
           created_at, 1
    from preload;
insert into user_emails (user_id, idx, address, address_key, email_type, is_primary)
    select id, 0, user_name, user_name, 'work', true from preload;
create local temporary table preload_audit as
    select cast(random_uuid() as varchar) as record_id, id as user_id, user_name, created_at, i,
           cast(random_uuid() as varchar) as token_id
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
    select cast(random_uuid() as varchar), '@TENANT@', id, 'SSO', current_timestamp, current_timestamp, '192.0.2.20',
           'Mozilla/5.0 (bench)'
    from preload, system_range(1, 5)
    where i > @USERS@;
insert into personal_access_tokens (id, tenant_id, owner_id, name, scopes, secret_hash, created_at)
    select token_id, '@TENANT@', id, 'bench token ' || t, 'api', lower(rawtohex(hash('SHA-256', token_id))),
           current_timestamp
    from (select cast(random_uuid() as varchar) as token_id, id, x as t from preload, system_range(1, 3)
          where i > @USERS@) as tokens;
