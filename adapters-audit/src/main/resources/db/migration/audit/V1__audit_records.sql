-- The audit trail: one row per state change, written in the transaction of the change.

create table audit_records (
    id              varchar(36)              not null,
    tenant_id       varchar(36)              not null,
    occurred_at     timestamp with time zone not null,
    actor_type      varchar(16)              not null,
    actor_user_id   varchar(36),
    actor_token_id  varchar(36),
    action          varchar(64)              not null,
    target_type     varchar(16),
    target_id       varchar(64),
    request_id      varchar(64),
    client_address  varchar(64),
    outcome         varchar(64)              not null,
    changes         varchar(2048)            not null,
    -- What the client sent, secrets removed; a SCIM request body is at most 1 MiB.
    payload         varchar(1048576),
    constraint pk_audit_records primary key (id)
);
create index ix_audit_records_tenant_time on audit_records (tenant_id, occurred_at);
create index ix_audit_records_target on audit_records (tenant_id, target_id);
