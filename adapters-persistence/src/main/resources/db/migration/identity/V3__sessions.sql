-- Signed-in browser sessions, checked on every request so that a revocation works at once and on
-- every node.

create table user_sessions (
    id                 varchar(36)              not null,
    tenant_id          varchar(36)              not null,
    user_id            varchar(36)              not null,
    sign_in_method     varchar(16)              not null,
    created_at         timestamp with time zone not null,
    last_seen_at       timestamp with time zone not null,
    client_address     varchar(64),
    user_agent         varchar(256),
    revoked_at         timestamp with time zone,
    revocation_reason  varchar(200),
    constraint pk_user_sessions primary key (id),
    constraint fk_user_sessions_user foreign key (user_id) references users (id)
);
create index ix_user_sessions_user on user_sessions (tenant_id, user_id);
