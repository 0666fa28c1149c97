package com.dashify.identity.adapter.persistence.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A row of {@code users} with its multi-valued attributes in child tables. Reads that only build
 * users load the child tables of all their users in one query instead of through these
 * collections (see {@link UserChildRows}).
 */
@Entity(name = "User")
@Table(name = "users")
public class UserJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;

    @Column(name = "user_name", nullable = false, length = 256)
    String userName;

    @Column(name = "user_name_key", length = 256)
    String userNameKey;

    @Column(name = "external_id", length = 256)
    String externalId;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "role_name", nullable = false, length = 16)
    String role;

    @Column(name = "display_name")
    String displayName;
    @Column(name = "nick_name")
    String nickName;
    @Column(name = "profile_url")
    String profileUrl;
    @Column(name = "title")
    String title;
    @Column(name = "user_type")
    String userType;
    @Column(name = "preferred_language")
    String preferredLanguage;
    @Column(name = "locale")
    String locale;
    @Column(name = "time_zone")
    String timezone;

    @Column(name = "name_formatted")
    String nameFormatted;
    @Column(name = "name_family")
    String familyName;
    @Column(name = "name_given")
    String givenName;
    @Column(name = "name_middle")
    String middleName;
    @Column(name = "name_prefix")
    String honorificPrefix;
    @Column(name = "name_suffix")
    String honorificSuffix;

    @Column(name = "employee_number")
    String employeeNumber;
    @Column(name = "cost_center")
    String costCenter;
    @Column(name = "organization")
    String organization;
    @Column(name = "division")
    String division;
    @Column(name = "department")
    String department;
    @Column(name = "manager_id")
    String managerId;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
    @Column(name = "last_modified_at", nullable = false)
    OffsetDateTime lastModifiedAt;
    @Column(name = "deleted_at")
    OffsetDateTime deletedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "user_emails", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "idx")
    List<EmailEmbeddable> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "user_phone_numbers", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "idx")
    List<PhoneNumberEmbeddable> phoneNumbers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "user_addresses", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "idx")
    List<AddressEmbeddable> addresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "user_role_claims", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "idx")
    List<RoleClaimEmbeddable> roleClaims = new ArrayList<>();

    /** The groups named at the user's last SSO sign-in. */
    @ElementCollection
    @CollectionTable(name = "user_idp_groups", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "idp_group", length = 256)
    Set<String> idpGroups = new HashSet<>();
}
