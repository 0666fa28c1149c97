-- Tamper evidence: each tenant's records form a hash chain. The links are a table of their own,
-- insert-only like the records; a record waits in audit_unsealed until it is chained, seconds
-- after its transaction commits, by one chainer at a time per tenant (the head row is its lock).

create table audit_chain_links (
    tenant_id      varchar(36) not null,
    link_sequence  bigint      not null,
    record_id      varchar(36) not null,
    previous_hash  varchar(64) not null,
    record_hash    varchar(64) not null,
    constraint pk_audit_chain_links primary key (tenant_id, link_sequence),
    constraint uq_audit_chain_links_record unique (record_id)
);

create table audit_chain_heads (
    tenant_id      varchar(36) not null,
    link_sequence  bigint      not null,
    record_hash    varchar(64) not null,
    constraint pk_audit_chain_heads primary key (tenant_id)
);

create table audit_unsealed (
    record_id    varchar(36)              not null,
    tenant_id    varchar(36)              not null,
    occurred_at  timestamp with time zone not null,
    constraint pk_audit_unsealed primary key (record_id)
);
create index ix_audit_unsealed_tenant on audit_unsealed (tenant_id, occurred_at);

-- Records written before the chain existed are chained first, in the order they were written.
insert into audit_chain_heads (tenant_id, link_sequence, record_hash)
    select distinct tenant_id, 0, '0000000000000000000000000000000000000000000000000000000000000000'
    from audit_records;
insert into audit_unsealed (record_id, tenant_id, occurred_at)
    select id, tenant_id, occurred_at from audit_records;
