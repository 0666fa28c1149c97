-- PostgreSQL's ceiling for a SCIM create: the rows the service writes for one, in one transaction
-- (the user, its e-mail, the audit record and its sealing marker). Variables: tenant, admin.
-- The payload's URN is spelled with dashes: pgbench would take ":ietf" and the like for variables.
\set n random(1, 9000000000000000)
begin;
insert into users (id, tenant_id, user_name, user_name_key, active, role_name, name_given, name_family, title,
                   created_at, last_modified_at, version)
    values ('pgb-' || :client_id::text || '-' || :n::text, :tenant,
            'pgbench-' || :client_id::text || '-' || :n::text || '@bench.example',
            'pgbench-' || :client_id::text || '-' || :n::text || '@bench.example',
            true, 'VIEWER', 'Bench', 'User', 'Engineer', now(), now(), 1);
insert into user_emails (user_id, idx, address, address_key, email_type, is_primary)
    values ('pgb-' || :client_id::text || '-' || :n::text, 0,
            'pgbench-' || :client_id::text || '-' || :n::text || '@bench.example',
            'pgbench-' || :client_id::text || '-' || :n::text || '@bench.example', 'work', true);
insert into audit_records (id, tenant_id, occurred_at, actor_type, actor_user_id, actor_token_id, action,
                           target_type, target_id, request_id, client_address, user_agent, outcome, changes, payload)
    values ('pga-' || :client_id::text || '-' || :n::text, :tenant, now(), 'user', :admin, :admin, 'user.provision',
            'user', 'pgb-' || :client_id::text || '-' || :n::text, 'pgbench', '192.0.2.10', 'pgbench', 'success',
            'provisioned', '{"schemas":["urn-ietf-params-scim-schemas-core-2.0-User"],"userName":"pgbench-'
                || :client_id::text || '-' || :n::text || '@bench.example","notRecorded":["password"]}');
insert into audit_unsealed (record_id, tenant_id, occurred_at)
    values ('pga-' || :client_id::text || '-' || :n::text, :tenant, now());
commit;
