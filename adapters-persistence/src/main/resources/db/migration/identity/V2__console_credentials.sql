-- Console sign-in for administrators: password hashes, and one-time links to choose a password.

create table local_credentials (
    user_id        varchar(36)              not null,
    tenant_id      varchar(36)              not null,
    -- Self-describing PBKDF2 hash (algorithm, iterations, salt, key), never the password.
    password_hash  varchar(512)             not null,
    set_at         timestamp with time zone not null,
    constraint pk_local_credentials primary key (user_id),
    constraint fk_local_credentials_user foreign key (user_id) references users (id),
    constraint fk_local_credentials_tenant foreign key (tenant_id) references tenants (id)
);

create table password_setups (
    id           varchar(36)              not null,
    tenant_id    varchar(36)              not null,
    user_id      varchar(36)              not null,
    secret_hash  char(64)                 not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    constraint pk_password_setups primary key (id),
    constraint fk_password_setups_user foreign key (user_id) references users (id),
    constraint uq_password_setups_hash unique (secret_hash)
);

create index ix_personal_access_tokens_tenant_created on personal_access_tokens (tenant_id, created_at);
