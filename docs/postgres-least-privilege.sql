-- Least privilege on PostgreSQL: Dashify runs as a role that may only insert into and read the
-- audit trail (no update, no delete, no truncate), while the schema stays owned by another role.
--
-- 1. Start Dashify once with the owner's credentials (DASHIFY_DB_USER=<owner>): it creates and
--    migrates the schema.
-- 2. As the owner, grant the application role its rights (idempotent; run it again after every
--    upgrade, since an upgrade may add tables):
--        psql -v app_role=dashify_app -f docs/postgres-least-privilege.sql
-- 3. Run Dashify as that role (DASHIFY_DB_USER=dashify_app). With nothing left to migrate, its
--    startup only reads the migration histories.
-- With these grants the role cannot prune: records are kept forever, whatever the retention.
-- To prune by DASHIFY_AUDIT_RETENTION_DAYS, also run postgres-audit-pruning.sql.

grant usage on schema public to :"app_role";

-- The service's own state: everything but the audit trail and the migration histories.
grant select, insert, update, delete on all tables in schema public to :"app_role";
revoke insert, update, delete, truncate on flyway_identity_history, flyway_audit_history from :"app_role";

-- The audit trail and its hash chain: insert and select only.
revoke update, delete, truncate on audit_records, audit_chain_links from :"app_role";
-- The chain's bookkeeping: its head moves, and records leave the queue once chained. Where the
-- chain starts moves only with pruning (postgres-audit-pruning.sql).
revoke update, delete, truncate on audit_chain_heads from :"app_role";
grant update (link_sequence, record_hash) on audit_chain_heads to :"app_role";
revoke update, truncate on audit_unsealed from :"app_role";
