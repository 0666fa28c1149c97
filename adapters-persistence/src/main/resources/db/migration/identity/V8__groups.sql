-- SCIM groups and their memberships, and role mappings that read them. Portable SQL: the same file
-- runs on H2 and PostgreSQL.

-- A group without its members: renaming it or reading it costs the same whatever its size.
create table groups (
    id                varchar(36)              not null,
    tenant_id         varchar(36)              not null,
    display_name      varchar(256)             not null,
    -- The name as compared (trimmed, composed, lower case: GroupName.key): unique without regard
    -- to case on both databases, as users.user_name_key is.
    display_name_key  varchar(256)             not null,
    external_id       varchar(256),
    created_at        timestamp with time zone not null,
    last_modified_at  timestamp with time zone not null,
    version           bigint                   not null,
    constraint pk_groups primary key (id),
    constraint fk_groups_tenant foreign key (tenant_id) references tenants (id),
    constraint uq_groups_tenant_display_name unique (tenant_id, display_name_key)
);
-- Directories look groups up by externalId; listing pages in creation order.
create index ix_groups_tenant_external_id on groups (tenant_id, external_id);
create index ix_groups_tenant_created on groups (tenant_id, created_at, id);

-- One row per membership: adding or removing a member touches one row and one index entry, and
-- members are read in slices by user id through the primary key.
create table group_members (
    group_id   varchar(36) not null,
    user_id    varchar(36) not null,
    tenant_id  varchar(36) not null,
    constraint pk_group_members primary key (group_id, user_id),
    constraint fk_group_members_group foreign key (group_id) references groups (id),
    constraint fk_group_members_user foreign key (user_id) references users (id),
    constraint fk_group_members_tenant foreign key (tenant_id) references tenants (id)
);
-- The groups of a user: shown on the user, read by the role mapping, ended by the user's deletion.
create index ix_group_members_tenant_user on group_members (tenant_id, user_id);

-- A role mapping may read SCIM group memberships, alone or beside its other sources.
alter table role_mappings add column from_scim_groups boolean default false not null;
alter table role_mappings drop constraint ck_role_mappings_source;
alter table role_mappings add constraint ck_role_mappings_source
    check (mapped_attribute is not null or from_groups or from_scim_groups);
