-- Secrets every node shares, generated at first use and never changed: the key that signs SCIM
-- paging cursors, so that a cursor one node hands out is honoured by every node, also after a
-- restart. Portable SQL: the same file runs on H2 and PostgreSQL.
-- Cursor pages need no new index: ix_users_tenant_created and ix_groups_tenant_created (V1, V8)
-- serve their order, (tenant_id, created_at, id).
create table signing_keys (
    name        varchar(64)              not null,
    secret      varchar(128)             not null,
    created_at  timestamp with time zone not null,
    constraint pk_signing_keys primary key (name)
);
