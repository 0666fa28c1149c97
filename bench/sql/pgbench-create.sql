-- pgbench's version of what a SCIM create writes (bench/server-cost.sh, issue 15): the user, its
-- e-mail, its audit record and the record's place in the queue for the chainer, in one transaction,
-- the shape preload-postgresql.sql gives the preloaded users. Run with -M prepared (pgjdbc prepares
-- on the server too) and -D tenant=<id> -D admin=<id>. Ids are random 63-bit numbers per transaction.
-- (No colon before a name in the payload: pgbench reads ":name" as a variable even inside a literal.)
\set n random(1, 9223372036854775807)
BEGIN;
INSERT INTO users (id, tenant_id, user_name, user_name_key, active, role_name, name_given, name_family, title,
                   created_at, last_modified_at, version)
    VALUES ('pgbench-user-' || :n::text, :tenant::text, 'pgbench-' || :n::text || '@bench.example', 'pgbench-' || :n::text || '@bench.example',
            true, 'VIEWER', 'Bench', 'User', 'Engineer', now(), now(), 1);
INSERT INTO user_emails (user_id, idx, address, address_key, email_type, is_primary)
    VALUES ('pgbench-user-' || :n::text, 0, 'pgbench-' || :n::text || '@bench.example', 'pgbench-' || :n::text || '@bench.example',
            'work', true);
INSERT INTO audit_records (id, tenant_id, occurred_at, actor_type, actor_user_id, actor_token_id, action, target_type,
                           target_id, request_id, client_address, user_agent, outcome, changes, payload)
    VALUES ('pgbench-audit-' || :n::text, :tenant::text, now(), 'user', :admin::text, 'pgbench-token', 'user.provision', 'user',
            'pgbench-user-' || :n::text, 'pgbench-' || :n::text, '127.0.0.1', 'pgbench', 'success', 'provisioned',
            '{"schemas":["urn-ietf-params-scim-schemas-core-2.0-User"],"userName":"pgbench-' || :n::text || '@bench.example"}');
INSERT INTO audit_unsealed (record_id, tenant_id, occurred_at) VALUES ('pgbench-audit-' || :n::text, :tenant::text, now());
COMMIT;
