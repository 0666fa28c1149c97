-- Requests each token authenticated, per day (UTC), for the console's provisioning page. Each
-- node counts in memory and adds its counts every few seconds to a row of its own per token and
-- day (node: an id the process draws at start), so that nodes never write the same row; the page
-- sums the rows of a day. A token's rows older than 90 days are deleted when it starts a new day's.
-- Portable SQL: the same file runs on H2 and PostgreSQL.
create table token_calls (
    id         varchar(36) not null,
    tenant_id  varchar(36) not null,
    token_id   varchar(36) not null,
    call_day   date        not null,
    node       varchar(36) not null,
    calls      bigint      not null,
    constraint pk_token_calls primary key (id),
    constraint uq_token_calls_node_day unique (token_id, call_day, node),
    constraint fk_token_calls_token foreign key (token_id) references personal_access_tokens (id)
);
create index ix_token_calls_tenant_day on token_calls (tenant_id, call_day);
