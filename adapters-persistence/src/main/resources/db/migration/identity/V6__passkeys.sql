-- Passkeys (WebAuthn credentials). A credential id is unique across all tenants: an authenticator
-- answers for one registration, so the id alone says whose passkey a sign-in presents.
-- The public-key record is the WebAuthn library's serialisation, base64 (portable between H2 and
-- PostgreSQL without a binary type).
create table passkeys (
    id                 varchar(36)              not null,
    tenant_id          varchar(36)              not null,
    user_id            varchar(36)              not null,
    credential_id      varchar(1364)            not null,
    public_key_record  varchar(4000)            not null,
    name               varchar(100)             not null,
    sign_count         bigint                   not null,
    created_at         timestamp with time zone not null,
    last_used_at       timestamp with time zone,
    disabled_at        timestamp with time zone,
    disabled_reason    varchar(200),
    constraint pk_passkeys primary key (id),
    constraint uq_passkeys_credential unique (credential_id),
    constraint fk_passkeys_user foreign key (user_id) references users (id)
);
create index ix_passkeys_user on passkeys (tenant_id, user_id);
