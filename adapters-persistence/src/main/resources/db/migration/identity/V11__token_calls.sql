-- Requests each token authenticated, per day (UTC), for the console's provisioning page. Each
-- node adds a row at most once a minute per token (the calls since its last row), and the page
-- sums them: no row is ever updated, so nodes never wait on each other. A token's rows older than
-- 90 days are deleted as it adds new ones. Portable SQL: the same file runs on H2 and PostgreSQL.
create table token_calls (
    id         varchar(36) not null,
    tenant_id  varchar(36) not null,
    token_id   varchar(36) not null,
    call_day   date        not null,
    calls      bigint      not null,
    constraint pk_token_calls primary key (id),
    constraint fk_token_calls_token foreign key (token_id) references personal_access_tokens (id)
);
create index ix_token_calls_tenant_day on token_calls (tenant_id, call_day);
create index ix_token_calls_token_day on token_calls (token_id, call_day);
