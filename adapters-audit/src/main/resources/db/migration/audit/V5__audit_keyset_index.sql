-- Reading the trail newest first, a page at a time, walks this index backwards from the cursor
-- (time, then id for records of the same instant) instead of sorting the tenant's records.

create index ix_audit_records_tenant_time_id on audit_records (tenant_id, occurred_at, id);
drop index ix_audit_records_tenant_time;
