package com.dashify.identity.adapter.persistence.user;

import static com.dashify.identity.adapter.persistence.Timestamps.fromColumn;
import static com.dashify.identity.adapter.persistence.Timestamps.toColumn;

import com.dashify.identity.adapter.persistence.user.UserChildRows.Children;
import com.dashify.identity.application.user.port.out.UserRepository.Standing;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.EmailAddress;
import com.dashify.identity.domain.user.Employment;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.PersonName;
import com.dashify.identity.domain.user.PhoneNumber;
import com.dashify.identity.domain.user.PostalAddress;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleClaim;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Maps users between the domain and {@link UserJpaEntity}, both ways. */
public final class UserMapper {

    private UserMapper() {
    }

    /** The user of a loaded entity, its multi-valued attributes read through the entity's collections. */
    static User toDomain(UserJpaEntity row) {
        return toDomain(row, new Children(
                row.emails.stream().map(e -> new EmailAddress(e.address, e.type, e.primary, e.display)).toList(),
                row.phoneNumbers.stream().map(p -> new PhoneNumber(p.number, p.type, p.primary, p.display)).toList(),
                row.addresses.stream().map(a -> new PostalAddress(a.formatted, a.streetAddress, a.locality, a.region,
                        a.postalCode, a.country, a.type, a.primary)).toList(),
                row.roleClaims.stream().map(r -> new RoleClaim(r.value, r.type, r.primary, r.display)).toList(),
                Set.copyOf(row.idpGroups)));
    }

    /** The user of an entity whose multi-valued attributes were read apart ({@link UserChildRows}). */
    static User toDomain(UserJpaEntity row, Children children) {
        UserProfile profile = new UserProfile(
                new PersonName(row.nameFormatted, row.familyName, row.givenName, row.middleName,
                        row.honorificPrefix, row.honorificSuffix),
                row.displayName, row.nickName, row.profileUrl, row.title, row.userType, row.preferredLanguage,
                row.locale, row.timezone, children.emails(), children.phoneNumbers(), children.addresses(),
                children.roleClaims(),
                new Employment(row.employeeNumber, row.costCenter, row.organization, row.division, row.department,
                        row.managerId));
        return User.restore(new UserId(UUID.fromString(row.id)), new TenantId(UUID.fromString(row.tenantId)),
                new UserName(row.userName), ExternalId.ofNullable(row.externalId), profile, Role.valueOf(row.role),
                children.idpGroups(), row.active, fromColumn(row.createdAt), fromColumn(row.lastModifiedAt),
                fromColumn(row.deletedAt), row.version);
    }

    /**
     * A standing from the columns {@code u.userName, u.active, u.deletedAt, u.role}, in that order,
     * of a projection's row from {@code first} on.
     */
    public static Standing standing(Object[] row, int first) {
        return new Standing(new UserName((String) row[first]), (Boolean) row[first + 1], row[first + 2] != null,
                Role.valueOf((String) row[first + 3]));
    }

    /** Copies the user's state onto a new or managed row; the version is left to JPA. */
    static void copyOnto(User user, UserJpaEntity row) {
        row.id = user.id().toString();
        row.tenantId = user.tenantId().toString();
        // A live user whose name is unchanged keeps the key it has: a name that one of the keys'
        // migrations left on its old key (a twin of another user's name) stays writable.
        boolean sameName = user.userName().value().equals(row.userName) && row.userNameKey != null;
        row.userName = user.userName().value();
        row.userNameKey = user.isDeleted() ? null : sameName ? row.userNameKey : user.userName().key();
        row.externalId = user.externalId().map(ExternalId::value).orElse(null);
        row.active = user.isActive();
        row.role = user.role().name();
        UserProfile profile = user.profile();
        row.displayName = profile.displayName();
        row.nickName = profile.nickName();
        row.profileUrl = profile.profileUrl();
        row.title = profile.title();
        row.userType = profile.userType();
        row.preferredLanguage = profile.preferredLanguage();
        row.locale = profile.locale();
        row.timezone = profile.timezone();
        PersonName name = profile.name();
        row.nameFormatted = name.formatted();
        row.familyName = name.familyName();
        row.givenName = name.givenName();
        row.middleName = name.middleName();
        row.honorificPrefix = name.honorificPrefix();
        row.honorificSuffix = name.honorificSuffix();
        Employment employment = profile.employment();
        row.employeeNumber = employment.employeeNumber();
        row.costCenter = employment.costCenter();
        row.organization = employment.organization();
        row.division = employment.division();
        row.department = employment.department();
        row.managerId = employment.managerId();
        row.createdAt = toColumn(user.createdAt());
        row.lastModifiedAt = toColumn(user.lastModifiedAt());
        row.deletedAt = toColumn(user.deletedAt().orElse(null));
        replaceIfChanged(row.emails, profile.emails().stream().map(UserMapper::email).toList());
        replaceIfChanged(row.phoneNumbers, profile.phoneNumbers().stream().map(UserMapper::phoneNumber).toList());
        replaceIfChanged(row.addresses, profile.addresses().stream().map(UserMapper::address).toList());
        replaceIfChanged(row.roleClaims, profile.roleClaims().stream().map(UserMapper::roleClaim).toList());
        if (!row.idpGroups.equals(user.idpGroups())) {
            row.idpGroups.clear();
            row.idpGroups.addAll(user.idpGroups());
        }
    }

    /** Rewrites a child table's rows only when they differ, so that an unchanged profile writes nothing. */
    private static <T> void replaceIfChanged(List<T> current, List<T> wanted) {
        if (!current.equals(wanted)) {
            current.clear();
            current.addAll(wanted);
        }
    }

    private static EmailEmbeddable email(EmailAddress email) {
        EmailEmbeddable row = new EmailEmbeddable();
        row.address = email.value();
        row.addressKey = email.key();
        row.type = email.type();
        row.primary = email.primary();
        row.display = email.display();
        return row;
    }

    private static PhoneNumberEmbeddable phoneNumber(PhoneNumber phone) {
        PhoneNumberEmbeddable row = new PhoneNumberEmbeddable();
        row.number = phone.value();
        row.type = phone.type();
        row.primary = phone.primary();
        row.display = phone.display();
        return row;
    }

    private static AddressEmbeddable address(PostalAddress address) {
        AddressEmbeddable row = new AddressEmbeddable();
        row.formatted = address.formatted();
        row.streetAddress = address.streetAddress();
        row.locality = address.locality();
        row.region = address.region();
        row.postalCode = address.postalCode();
        row.country = address.country();
        row.type = address.type();
        row.primary = address.primary();
        return row;
    }

    private static RoleClaimEmbeddable roleClaim(RoleClaim claim) {
        RoleClaimEmbeddable row = new RoleClaimEmbeddable();
        row.value = claim.value();
        row.type = claim.type();
        row.primary = claim.primary();
        row.display = claim.display();
        return row;
    }
}
