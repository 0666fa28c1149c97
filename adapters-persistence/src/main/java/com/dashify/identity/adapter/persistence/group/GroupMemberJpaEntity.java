package com.dashify.identity.adapter.persistence.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code group_members}: one user's membership of one group. No association to the group
 * or the user: a membership is written and read by ids, never through a collection of all members.
 */
@Entity(name = "GroupMember")
@Table(name = "group_members")
@IdClass(GroupMemberJpaEntity.Key.class)
public class GroupMemberJpaEntity {

    @Id
    @Column(name = "group_id", length = 36)
    String groupId;

    @Id
    @Column(name = "user_id", length = 36)
    String userId;

    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;

    GroupMemberJpaEntity() {
    }

    GroupMemberJpaEntity(String tenantId, String groupId, String userId) {
        this.tenantId = tenantId;
        this.groupId = groupId;
        this.userId = userId;
    }

    /** The primary key of a membership. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String groupId;
        String userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(groupId, key.groupId) && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupId, userId);
        }
    }
}
