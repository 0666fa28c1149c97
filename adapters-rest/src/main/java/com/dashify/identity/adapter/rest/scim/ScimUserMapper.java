package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.scim.ScimValues.bool;
import static com.dashify.identity.adapter.rest.scim.ScimValues.flag;
import static com.dashify.identity.adapter.rest.scim.ScimValues.object;
import static com.dashify.identity.adapter.rest.scim.ScimValues.objects;
import static com.dashify.identity.adapter.rest.scim.ScimValues.string;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.filter.AttributePath;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.user.port.in.Activation;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.user.EmailAddress;
import com.dashify.identity.domain.user.Employment;
import com.dashify.identity.domain.user.ExternalId;
import com.dashify.identity.domain.user.PersonName;
import com.dashify.identity.domain.user.PhoneNumber;
import com.dashify.identity.domain.user.PostalAddress;
import com.dashify.identity.domain.user.RoleClaim;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps between SCIM User resources and the application's {@link UserDraft} and domain
 * {@link User}. Read-only and unknown attributes in a request are ignored (RFC 7644 §3.3, §3.5.1),
 * {@code password} included: provisioned users sign in through SSO, so no password is ever kept.
 */
final class ScimUserMapper {

    private ScimUserMapper() {
    }

    /** The writable attributes of a draft as a SCIM tree, the base a PATCH is applied to. */
    static ScimObject toScim(UserDraft draft) {
        ScimObject resource = new ScimObject();
        if (draft.externalId() != null) {
            resource.put("externalId", draft.externalId().value());
        }
        resource.put("userName", draft.userName().value());
        UserProfile profile = draft.profile();
        PersonName name = profile.name();
        if (!name.isEmpty()) {
            resource.put("name", new ScimObject()
                    .put("formatted", name.formatted())
                    .put("familyName", name.familyName())
                    .put("givenName", name.givenName())
                    .put("middleName", name.middleName())
                    .put("honorificPrefix", name.honorificPrefix())
                    .put("honorificSuffix", name.honorificSuffix()));
        }
        resource.put("displayName", profile.displayName())
                .put("nickName", profile.nickName())
                .put("profileUrl", profile.profileUrl())
                .put("title", profile.title())
                .put("userType", profile.userType())
                .put("preferredLanguage", profile.preferredLanguage())
                .put("locale", profile.locale())
                .put("timezone", profile.timezone());
        if (draft.activation() != Activation.UNCHANGED) {
            resource.put("active", draft.activation() == Activation.ACTIVATE);
        }
        putList(resource, "emails", profile.emails().stream().map(email -> new ScimObject()
                .put("value", email.value()).put("type", email.type()).put("primary", email.primary())
                .put("display", email.display())).toList());
        putList(resource, "phoneNumbers", profile.phoneNumbers().stream().map(phone -> new ScimObject()
                .put("value", phone.value()).put("type", phone.type()).put("primary", phone.primary())
                .put("display", phone.display())).toList());
        putList(resource, "addresses", profile.addresses().stream().map(address -> new ScimObject()
                .put("formatted", address.formatted()).put("streetAddress", address.streetAddress())
                .put("locality", address.locality()).put("region", address.region())
                .put("postalCode", address.postalCode()).put("country", address.country())
                .put("type", address.type()).put("primary", address.primary())).toList());
        putList(resource, "roles", profile.roleClaims().stream().map(role -> new ScimObject()
                .put("value", role.value()).put("type", role.type()).put("primary", role.primary())
                .put("display", role.display())).toList());
        Employment employment = profile.employment();
        if (!employment.isEmpty()) {
            ScimObject enterprise = new ScimObject()
                    .put("employeeNumber", employment.employeeNumber())
                    .put("costCenter", employment.costCenter())
                    .put("organization", employment.organization())
                    .put("division", employment.division())
                    .put("department", employment.department());
            if (employment.managerId() != null) {
                enterprise.put("manager", new ScimObject().put("value", employment.managerId()));
            }
            resource.put(ScimUrns.ENTERPRISE_USER, enterprise);
        }
        return resource;
    }

    private static void putList(ScimObject resource, String name, List<ScimObject> values) {
        if (!values.isEmpty()) {
            resource.put(name, new ArrayList<Object>(values));
        }
    }

    /**
     * The full representation of a user with the groups it is a direct member of (RFC 7643 §4.1.2:
     * read-only, {@code type} {@code direct}); none are shown when there are none.
     *
     * @param groups the user's groups, or null when the response leaves them out
     */
    static ScimObject toResource(User user, URI location, List<GroupRef> groups, ScimLinks links) {
        ScimObject resource = toResource(user, location);
        if (groups != null && !groups.isEmpty()) {
            ScimObject meta = (ScimObject) resource.get("meta");
            resource.remove("meta");
            resource.put("groups", groups.stream().<Object>map(group -> new ScimObject()
                    .put("value", group.id().toString())
                    .put("$ref", links.group(group.id()).toString())
                    .put("display", group.displayName().value())
                    .put("type", "direct")).toList());
            resource.put("meta", meta);
        }
        return resource;
    }

    /** The full representation of a user, without its groups. */
    static ScimObject toResource(User user, URI location) {
        ScimObject resource = new ScimObject();
        boolean enterprise = !user.profile().employment().isEmpty();
        resource.put("schemas", enterprise ? List.<Object>of(ScimUrns.USER, ScimUrns.ENTERPRISE_USER)
                : List.<Object>of(ScimUrns.USER));
        resource.put("id", user.id().toString());
        // The resource shows the user's state; a draft of the user names no transition, so say it here.
        ScimObject attributes = toScim(new UserDraft(user.userName(), user.externalId().orElse(null),
                user.isActive() ? Activation.ACTIVATE : Activation.DEACTIVATE, user.profile()));
        attributes.names().forEach(name -> resource.put(name, attributes.get(name)));
        resource.put("meta", new ScimObject()
                .put("resourceType", "User")
                .put("created", user.createdAt().toString())
                .put("lastModified", user.lastModifiedAt().toString())
                .put("location", location.toString())
                .put("version", ETags.of(user.version())));
        return resource;
    }

    /**
     * Reads the writable attributes of a User resource. {@code active} names a transition
     * ({@link Activation}); absent, it names none: the use case then keeps the current state, or
     * makes a new user active.
     */
    static UserDraft toDraft(ScimObject given) {
        ScimObject resource = unqualified(given);
        String userName = string(resource, "userName", "userName");
        if (userName == null || userName.isBlank()) {
            throw ScimException.invalidValue("'userName' is required and must not be blank.");
        }
        ScimObject name = object(resource, "name", "name");
        PersonName personName = name == null ? PersonName.EMPTY : new PersonName(
                string(name, "formatted", "name.formatted"), string(name, "familyName", "name.familyName"),
                string(name, "givenName", "name.givenName"), string(name, "middleName", "name.middleName"),
                string(name, "honorificPrefix", "name.honorificPrefix"),
                string(name, "honorificSuffix", "name.honorificSuffix"));
        UserProfile profile = new UserProfile(personName,
                string(resource, "displayName", "displayName"),
                string(resource, "nickName", "nickName"),
                string(resource, "profileUrl", "profileUrl"),
                string(resource, "title", "title"),
                string(resource, "userType", "userType"),
                string(resource, "preferredLanguage", "preferredLanguage"),
                string(resource, "locale", "locale"),
                string(resource, "timezone", "timezone"),
                objects(resource, "emails", false).stream().map(email -> new EmailAddress(
                        string(email, "value", "emails.value"), string(email, "type", "emails.type"),
                        flag(email, "primary", "emails.primary"), string(email, "display", "emails.display")))
                        .toList(),
                objects(resource, "phoneNumbers", false).stream().map(phone -> new PhoneNumber(
                        string(phone, "value", "phoneNumbers.value"), string(phone, "type", "phoneNumbers.type"),
                        flag(phone, "primary", "phoneNumbers.primary"),
                        string(phone, "display", "phoneNumbers.display"))).toList(),
                objects(resource, "addresses", false).stream().map(address -> new PostalAddress(
                        string(address, "formatted", "addresses.formatted"),
                        string(address, "streetAddress", "addresses.streetAddress"),
                        string(address, "locality", "addresses.locality"),
                        string(address, "region", "addresses.region"),
                        string(address, "postalCode", "addresses.postalCode"),
                        string(address, "country", "addresses.country"),
                        string(address, "type", "addresses.type"),
                        flag(address, "primary", "addresses.primary"))).toList(),
                objects(resource, "roles", true).stream().map(role -> new RoleClaim(
                        string(role, "value", "roles.value"), string(role, "type", "roles.type"),
                        flag(role, "primary", "roles.primary"), string(role, "display", "roles.display")))
                        .toList(),
                employment(object(resource, ScimUrns.ENTERPRISE_USER, ScimUrns.ENTERPRISE_USER)));
        return new UserDraft(new UserName(userName),
                ExternalId.ofNullable(string(resource, "externalId", "externalId")),
                Activation.named(bool(resource, "active", "active")), profile);
    }

    /**
     * The resource with attributes named by their schema's URN moved to where the schema puts them,
     * as a PATCH reads them (RFC 7644 §3.10): {@code urn:…:core:2.0:User:displayName} becomes
     * {@code displayName}, {@code urn:…:core:2.0:User:name.givenName} the {@code givenName} of
     * {@code name}, and {@code urn:…:enterprise:2.0:User:department} goes into the enterprise
     * extension's object. An attribute given both ways must have one value. Keys of other schemas
     * stay, and are ignored like any unknown attribute.
     */
    static ScimObject unqualified(ScimObject resource) {
        ScimObject result = null;
        for (String key : List.copyOf(resource.names())) {
            int colon = key.lastIndexOf(':');
            String schema = colon < 0 ? "" : key.substring(0, colon);
            boolean core = schema.equalsIgnoreCase(ScimUrns.USER);
            if (!core && !schema.equalsIgnoreCase(ScimUrns.ENTERPRISE_USER)) {
                continue;
            }
            if (result == null) {
                result = resource.copy();
            }
            Object value = result.get(key);
            result.remove(key);
            ScimObject container = core ? result : objectAt(result, ScimUrns.ENTERPRISE_USER);
            String path = key.substring(colon + 1);
            int dot = path.indexOf('.');
            if (dot < 0) {
                merge(container, path, value);
            } else {
                merge(objectAt(container, path.substring(0, dot)), path.substring(dot + 1), value);
            }
        }
        return result == null ? resource : result;
    }

    private static ScimObject objectAt(ScimObject parent, String name) {
        Object value = parent.get(name);
        if (value != null && !(value instanceof ScimObject)) {
            throw ScimException.invalidValue("'" + AttributePath.abbreviate(name) + "' must be an object.");
        }
        return parent.object(name, true);
    }

    private static void merge(ScimObject container, String name, Object value) {
        Object existing = container.get(name);
        if (existing == null) {
            container.put(name, value);
        } else if (existing instanceof ScimObject target && value instanceof ScimObject given) {
            given.names().forEach(sub -> merge(target, sub, given.get(sub)));
        } else if (!existing.equals(value)) {
            throw ScimException.invalidSyntax("'" + AttributePath.abbreviate(name)
                    + "' is given twice, with different values.");
        }
    }

    private static Employment employment(ScimObject enterprise) {
        if (enterprise == null) {
            return Employment.EMPTY;
        }
        Object manager = enterprise.get("manager");
        String managerId;
        if (manager instanceof ScimObject managerObject) {
            managerId = string(managerObject, "value", "manager.value");
        } else {
            // Entra sends the manager's id as a bare string.
            managerId = string(enterprise, "manager", "manager");
        }
        return new Employment(string(enterprise, "employeeNumber", "employeeNumber"),
                string(enterprise, "costCenter", "costCenter"),
                string(enterprise, "organization", "organization"),
                string(enterprise, "division", "division"),
                string(enterprise, "department", "department"),
                managerId);
    }
}
