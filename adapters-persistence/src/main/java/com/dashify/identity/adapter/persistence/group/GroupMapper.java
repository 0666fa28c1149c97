package com.dashify.identity.adapter.persistence.group;

import static com.dashify.identity.adapter.persistence.Timestamps.fromColumn;
import static com.dashify.identity.adapter.persistence.Timestamps.toColumn;

import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.group.GroupName;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.ExternalId;
import java.util.UUID;

/** Converts between {@link Group} and its row. */
final class GroupMapper {

    private GroupMapper() {
    }

    static Group toDomain(GroupJpaEntity row) {
        return Group.restore(groupId(row.id), TenantId.of(row.tenantId), new GroupName(row.displayName),
                externalId(row.externalId), fromColumn(row.createdAt), fromColumn(row.lastModifiedAt), row.version);
    }

    /** Copies the group's state onto a new or managed row; the version is left to JPA. */
    static void copyOnto(Group group, GroupJpaEntity row) {
        row.id = group.id().toString();
        row.tenantId = group.tenantId().toString();
        row.displayName = group.displayName().value();
        row.displayNameKey = group.displayName().key();
        row.externalId = group.externalId().map(ExternalId::value).orElse(null);
        row.createdAt = toColumn(group.createdAt());
        row.lastModifiedAt = toColumn(group.lastModifiedAt());
    }

    /** A group as a role mapping sees it, from its columns alone. */
    static GroupRef ref(String id, String displayName, String externalId) {
        return new GroupRef(groupId(id), new GroupName(displayName), externalId(externalId));
    }

    static GroupId groupId(String column) {
        return new GroupId(UUID.fromString(column));
    }

    private static ExternalId externalId(String column) {
        return column == null ? null : new ExternalId(column);
    }
}
