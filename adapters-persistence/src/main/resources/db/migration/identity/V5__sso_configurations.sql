-- A tenant's OpenID Connect provider for single sign-on.
create table sso_configurations (
    tenant_id      varchar(36)  not null,
    issuer         varchar(512) not null,
    client_id      varchar(256) not null,
    client_secret  varchar(512) not null,
    user_claim     varchar(64)  not null,
    groups_claim   varchar(64),
    constraint pk_sso_configurations primary key (tenant_id),
    constraint fk_sso_configurations_tenant foreign key (tenant_id) references tenants (id)
);
