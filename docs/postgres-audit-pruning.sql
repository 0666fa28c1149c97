-- Only with a retention (DASHIFY_AUDIT_RETENTION_DAYS) and the least-privilege grants of
-- postgres-least-privilege.sql: lets the application role delete audit records and chain links and
-- move the chain's start, which pruning needs. Still no edits. A role that can prune can delete
-- records from the start of a chain and move the start past them: verification reports a deletion
-- anywhere else, but not that one. Every pruning is itself a chained record (audit.prune) to
-- compare with.
--     psql -v app_role=dashify_app -f docs/postgres-audit-pruning.sql

grant delete on audit_records, audit_chain_links to :"app_role";
grant update (start_sequence, start_hash) on audit_chain_heads to :"app_role";
