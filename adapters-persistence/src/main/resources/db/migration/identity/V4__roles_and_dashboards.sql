-- The groups an identity provider named at a user's last SSO sign-in, for the role mapping.
create table user_idp_groups (
    user_id    varchar(36)  not null,
    idp_group  varchar(256) not null,
    constraint pk_user_idp_groups primary key (user_id, idp_group),
    constraint fk_user_idp_groups_user foreign key (user_id) references users (id)
);

-- A tenant's role mapping; a tenant without a row uses the default mapping.
create table role_mappings (
    tenant_id          varchar(36) not null,
    mapped_attribute   varchar(32),
    from_groups        boolean     not null,
    default_role       varchar(16) not null,
    constraint pk_role_mappings primary key (tenant_id),
    constraint fk_role_mappings_tenant foreign key (tenant_id) references tenants (id),
    constraint ck_role_mappings_source check (mapped_attribute is not null or from_groups)
);

create table role_mapping_values (
    tenant_id  varchar(36)  not null,
    idx        integer      not null,
    idp_value  varchar(256) not null,
    role_name  varchar(16)  not null,
    constraint pk_role_mapping_values primary key (tenant_id, idx),
    constraint fk_role_mapping_values_mapping foreign key (tenant_id) references role_mappings (tenant_id)
);

-- Dashboards: only as much as makes the roles' permissions observable.
create table dashboards (
    id          varchar(36)              not null,
    tenant_id   varchar(36)              not null,
    name        varchar(200)             not null,
    created_by  varchar(36)              not null,
    created_at  timestamp with time zone not null,
    constraint pk_dashboards primary key (id),
    constraint fk_dashboards_tenant foreign key (tenant_id) references tenants (id),
    constraint fk_dashboards_creator foreign key (created_by) references users (id)
);
create index ix_dashboards_tenant_created on dashboards (tenant_id, created_at);
