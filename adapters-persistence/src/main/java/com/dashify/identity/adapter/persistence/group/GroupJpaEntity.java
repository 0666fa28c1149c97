package com.dashify.identity.adapter.persistence.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A row of {@code groups}: a group without its members, which are rows of {@code group_members}. */
@Entity(name = "Group")
@Table(name = "groups")
public class GroupJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;

    @Column(name = "display_name", nullable = false, length = 256)
    String displayName;

    /** {@code GroupName.key()}: what the unique constraint and case-insensitive filters compare. */
    @Column(name = "display_name_key", nullable = false, length = 256)
    String displayNameKey;

    @Column(name = "external_id", length = 256)
    String externalId;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_modified_at", nullable = false)
    OffsetDateTime lastModifiedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
