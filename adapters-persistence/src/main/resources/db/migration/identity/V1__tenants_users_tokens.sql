-- Tenants, users and personal access tokens. Portable SQL: the same file runs on H2 and PostgreSQL.

create table tenants (
    id          varchar(36)              not null,
    name        varchar(63)              not null,
    created_at  timestamp with time zone not null,
    constraint pk_tenants primary key (id),
    constraint uq_tenants_name unique (name)
);

create table users (
    id                    varchar(36)              not null,
    tenant_id             varchar(36)              not null,
    user_name             varchar(256)             not null,
    -- lower(user_name) while the user is live, null once deleted: uniqueness without regard to case
    -- among live users, on both databases (neither partial nor expression indexes are portable).
    user_name_key         varchar(256),
    external_id           varchar(256),
    active                boolean                  not null,
    role_name             varchar(16)              not null,
    display_name          varchar(256),
    nick_name             varchar(256),
    profile_url           varchar(1024),
    title                 varchar(256),
    user_type             varchar(64),
    preferred_language    varchar(64),
    locale                varchar(64),
    time_zone             varchar(64),
    name_formatted        varchar(512),
    name_family           varchar(256),
    name_given            varchar(256),
    name_middle           varchar(256),
    name_prefix           varchar(64),
    name_suffix           varchar(64),
    employee_number       varchar(128),
    cost_center           varchar(256),
    organization          varchar(256),
    division              varchar(256),
    department            varchar(256),
    manager_id            varchar(256),
    created_at            timestamp with time zone not null,
    last_modified_at      timestamp with time zone not null,
    deleted_at            timestamp with time zone,
    version               bigint                   not null,
    constraint pk_users primary key (id),
    constraint fk_users_tenant foreign key (tenant_id) references tenants (id),
    constraint uq_users_tenant_user_name unique (tenant_id, user_name_key)
);
-- IdPs look users up by externalId before writing; listing pages in creation order.
create index ix_users_tenant_external_id on users (tenant_id, external_id);
create index ix_users_tenant_created on users (tenant_id, created_at, id);

create table user_emails (
    user_id      varchar(36)  not null,
    idx          integer      not null,
    address      varchar(254) not null,
    address_key  varchar(254) not null,
    email_type   varchar(64),
    is_primary   boolean      not null,
    display      varchar(256),
    constraint pk_user_emails primary key (user_id, idx),
    constraint fk_user_emails_user foreign key (user_id) references users (id) on delete cascade
);
create index ix_user_emails_address_key on user_emails (address_key);

create table user_phone_numbers (
    user_id       varchar(36)  not null,
    idx           integer      not null,
    phone_number  varchar(64)  not null,
    phone_type    varchar(64),
    is_primary    boolean      not null,
    display       varchar(256),
    constraint pk_user_phone_numbers primary key (user_id, idx),
    constraint fk_user_phone_numbers_user foreign key (user_id) references users (id) on delete cascade
);

create table user_addresses (
    user_id         varchar(36)   not null,
    idx             integer       not null,
    formatted       varchar(1024),
    street_address  varchar(512),
    locality        varchar(256),
    region          varchar(256),
    postal_code     varchar(64),
    country         varchar(64),
    address_type    varchar(64),
    is_primary      boolean       not null,
    constraint pk_user_addresses primary key (user_id, idx),
    constraint fk_user_addresses_user foreign key (user_id) references users (id) on delete cascade
);

create table user_role_claims (
    user_id     varchar(36)  not null,
    idx         integer      not null,
    role_value  varchar(256) not null,
    role_type   varchar(64),
    is_primary  boolean      not null,
    display     varchar(256),
    constraint pk_user_role_claims primary key (user_id, idx),
    constraint fk_user_role_claims_user foreign key (user_id) references users (id) on delete cascade
);

create table personal_access_tokens (
    id                 varchar(36)              not null,
    tenant_id          varchar(36)              not null,
    owner_id           varchar(36)              not null,
    name               varchar(100)             not null,
    scopes             varchar(200)             not null,
    secret_hash        char(64)                 not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone,
    last_used_at       timestamp with time zone,
    last_used_from     varchar(64),
    revoked_at         timestamp with time zone,
    revocation_reason  varchar(200),
    constraint pk_personal_access_tokens primary key (id),
    constraint fk_personal_access_tokens_tenant foreign key (tenant_id) references tenants (id),
    constraint fk_personal_access_tokens_owner foreign key (owner_id) references users (id),
    constraint uq_personal_access_tokens_hash unique (secret_hash)
);
create index ix_personal_access_tokens_owner on personal_access_tokens (tenant_id, owner_id);
