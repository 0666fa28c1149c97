-- Only with a retention (DASHIFY_AUDIT_RETENTION_DAYS) and the least-privilege grants of
-- postgres-least-privilege.sql: lets the application role delete audit records and chain links,
-- which pruning needs. A role that can prune can delete any record; the chain still reports a
-- deletion anywhere but at its start, and every pruning is itself a chained record.
--     psql -v app_role=dashify_app -f docs/postgres-audit-pruning.sql

grant delete on audit_records, audit_chain_links to :"app_role";
