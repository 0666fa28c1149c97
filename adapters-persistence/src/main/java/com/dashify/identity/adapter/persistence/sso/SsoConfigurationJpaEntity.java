package com.dashify.identity.adapter.persistence.sso;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code sso_configurations}. */
@Entity(name = "SsoConfiguration")
@Table(name = "sso_configurations")
public class SsoConfigurationJpaEntity {

    @Id
    @Column(name = "tenant_id", length = 36)
    String tenantId;
    @Column(name = "issuer", nullable = false, length = 512)
    String issuer;
    @Column(name = "client_id", nullable = false, length = 256)
    String clientId;
    @Column(name = "client_secret", nullable = false, length = 512)
    String clientSecret;
    @Column(name = "user_claim", nullable = false, length = 64)
    String userClaim;
    @Column(name = "groups_claim", length = 64)
    String groupsClaim;
}
