-- PostgreSQL's ceiling for a SCIM create: the rows the service writes for one, in one transaction
-- (the user, its e-mail, the audit record and its sealing marker), with ids made as the service
-- makes them (random UUIDs). Variables: tenant, admin.
-- The payload's URN is spelled with dashes: pgbench would take ":ietf" and the like for variables.
begin;
select gen_random_uuid()::text as user_id, gen_random_uuid()::text as record_id, gen_random_uuid()::text as token_id
\gset
insert into users (id, tenant_id, user_name, user_name_key, active, role_name, name_given, name_family, title,
                   created_at, last_modified_at, version)
    values (:user_id, :tenant, 'pgbench-' || :user_id || '@bench.example', 'pgbench-' || :user_id || '@bench.example',
            true, 'VIEWER', 'Bench', 'User', 'Engineer', now(), now(), 1);
insert into user_emails (user_id, idx, address, address_key, email_type, is_primary)
    values (:user_id, 0, 'pgbench-' || :user_id || '@bench.example', 'pgbench-' || :user_id || '@bench.example',
            'work', true);
insert into audit_records (id, tenant_id, occurred_at, actor_type, actor_user_id, actor_token_id, action,
                           target_type, target_id, request_id, client_address, user_agent, outcome, changes, payload)
    values (:record_id, :tenant, now(), 'user', :admin, :token_id, 'user.provision', 'user', :user_id, 'pgbench',
            '192.0.2.10', 'pgbench', 'success', 'provisioned',
            '{"schemas":["urn-ietf-params-scim-schemas-core-2.0-User"],"userName":"pgbench-' || :user_id
                || '@bench.example","notRecorded":["password"]}');
insert into audit_unsealed (record_id, tenant_id, occurred_at) values (:record_id, :tenant, now());
commit;
