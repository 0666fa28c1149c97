package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.common.Values;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A tenant's rule for where its users' Dashify roles come from: the value of one directory
 * attribute (sent over SCIM), the groups the identity provider names at SSO sign-in, the SCIM
 * groups the directory makes the user a member of, or any of them, looked up in a table of values
 * to roles (kept in the order given). A SCIM group matches an entry by its id, its external id or
 * its display name. When several values match, the highest role wins; when none does, the default
 * applies. Values are compared case-insensitively. Nothing outside the table grants a role, so a
 * directory cannot hand out a role the tenant did not map.
 *
 * @param attribute      the SCIM-provisioned attribute read, or null when SCIM does not set roles
 * @param fromGroups     whether the groups claim at SSO sign-in counts
 * @param values         directory or group values, to the role each grants
 * @param defaultRole    the role of a user none of whose values is in the table
 * @param fromScimGroups whether the user's memberships of SCIM groups count
 */
public record RoleMapping(MappedAttribute attribute, boolean fromGroups, Map<String, Role> values,
                          Role defaultRole, boolean fromScimGroups) {

    /** More would be a copy of the directory, not a mapping. */
    public static final int MAX_VALUES = 200;

    private static final RoleMapping DEFAULT = new RoleMapping(MappedAttribute.ROLES, false, roleNames(), Role.VIEWER);

    public RoleMapping {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(defaultRole, "defaultRole");
        if (attribute == null && !fromGroups && !fromScimGroups) {
            throw new InvalidValueException("roleMapping",
                    "must read an attribute, the groups claim, SCIM groups, or several of them");
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidValueException("roleMapping.values", "must have at most " + MAX_VALUES + " entries");
        }
        Map<String, Role> checked = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        values.forEach((value, role) -> {
            String key = Values.requiredText("roleMapping.values", value, 256).strip();
            if (!seen.add(key.toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException("roleMapping.values", "maps \"" + key + "\" twice");
            }
            checked.put(key, Objects.requireNonNull(role, "role"));
        });
        values = Collections.unmodifiableMap(checked);
    }

    /** A mapping that does not read SCIM groups. */
    public RoleMapping(MappedAttribute attribute, boolean fromGroups, Map<String, Role> values, Role defaultRole) {
        this(attribute, fromGroups, values, defaultRole, false);
    }

    /**
     * The mapping of a tenant that has not configured one: the primary {@code roles} value (or the
     * only value, when just one is given) if it names a Dashify role, else {@link Role#VIEWER}.
     */
    public static RoleMapping byDefault() {
        return DEFAULT;
    }

    /** The role of a user with this profile and these groups from their last SSO sign-in, in no SCIM group. */
    public Role roleFor(UserProfile profile, Set<String> groups) {
        return roleFor(profile, groups, Set.of());
    }

    /**
     * The role of a user with this profile, these groups from their last SSO sign-in, and these
     * values of the SCIM groups they are a member of (each group's id, external id and name).
     */
    public Role roleFor(UserProfile profile, Set<String> groups, Set<String> scimGroupValues) {
        Stream<String> fromAttribute = attribute == null ? Stream.empty() : attribute.valueIn(profile).stream();
        Stream<String> fromGroupClaim = fromGroups ? groups.stream() : Stream.empty();
        Stream<String> fromMemberships = fromScimGroups ? scimGroupValues.stream() : Stream.empty();
        return Stream.of(fromAttribute, fromGroupClaim, fromMemberships).flatMap(values -> values)
                .flatMap(this::rolesOf)
                .reduce((one, other) -> other.outranks(one) ? other : one)
                .orElse(defaultRole);
    }

    private Stream<Role> rolesOf(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue);
    }

    private static Map<String, Role> roleNames() {
        Map<String, Role> names = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            names.put(role.displayName(), role);
        }
        return names;
    }

    /** Whether a user's role can depend on whether they are a member of a group with these values. */
    public boolean readsAnyOf(Set<String> scimGroupValues) {
        return roleForGroup(scimGroupValues).isPresent();
    }

    /** The role a membership of a group with these values grants, when the mapping reads SCIM groups. */
    public Optional<Role> roleForGroup(Set<String> scimGroupValues) {
        return fromScimGroups
                ? scimGroupValues.stream().flatMap(this::rolesOf).reduce((one, other) -> other.outranks(one) ? other : one)
                : Optional.empty();
    }

    /** The mapping's attribute, if it reads one. */
    public Optional<MappedAttribute> attributeRead() {
        return Optional.ofNullable(attribute);
    }
}
