package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.schema.AttributeSelection;
import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.application.query.GroupMember;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.UserId;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes Group resources (RFC 7643 §4.2, §8.4) with a streaming generator, so that a group of a
 * hundred thousand members is never held whole: members are read a slice at a time, written, and
 * dropped. Lists stream the same way, group by group.
 */
final class GroupJson {

    /** A group's members after a member (empty: from the first), at most {@code limit}, in id order. */
    @FunctionalInterface
    interface MemberSlices {
        List<GroupMember> after(Optional<UserId> after, int limit);
    }

    private static final String MEMBERS = "members";
    private static final String META = "meta";

    private GroupJson() {
    }

    /**
     * One group as a response body.
     *
     * @param members its members, or null when the response leaves them out (they are not read then)
     */
    static StreamingOutput resource(Group group, ScimLinks links, AttributeSelection selection, MemberSlices members) {
        return output -> {
            try (JsonGenerator json = generator(output)) {
                write(json, group, links, selection, members);
            }
        };
    }

    /**
     * A ListResponse (RFC 7644 §3.4.2) of one page of groups.
     *
     * @param members each group's members, or null when the response leaves them out
     */
    static StreamingOutput list(Page<Group> page, long startIndex, ScimLinks links, AttributeSelection selection,
                                Function<Group, MemberSlices> members) {
        return list(page.total(), startIndex, List.of(), page.items(), links, selection, members);
    }

    /**
     * A ListResponse of resources of several types ({@code POST /.search}): those already written
     * as objects first, then the groups, streamed.
     *
     * @param total   how many resources match, of every type
     * @param written the resources before the groups, as they are answered
     */
    static StreamingOutput list(long total, long startIndex, List<JsonObject> written, List<Group> groups,
                                ScimLinks links, AttributeSelection selection, Function<Group, MemberSlices> members) {
        return list(json -> json.write("totalResults", total)
                .write("startIndex", startIndex)
                .write("itemsPerPage", written.size() + groups.size()), written, groups, links, selection, members);
    }

    /**
     * A ListResponse of one cursor page of groups (RFC 9865): the cursors beside it instead of a
     * startIndex, and totalResults on the first page only (see {@link CursorPaging}).
     */
    static StreamingOutput cursorList(CursorPaging.CursorPage<Group> page, ScimLinks links,
                                      AttributeSelection selection, Function<Group, MemberSlices> members) {
        return list(json -> CursorPaging.pagingMembers(page).forEach(json::write), List.of(), page.items(), links,
                selection, members);
    }

    /** A ListResponse: its paging members, then the resources already written as objects, then the groups. */
    private static StreamingOutput list(Consumer<JsonGenerator> paging, List<JsonObject> written, List<Group> groups,
                                        ScimLinks links, AttributeSelection selection,
                                        Function<Group, MemberSlices> members) {
        return output -> {
            try (JsonGenerator json = generator(output)) {
                json.writeStartObject().writeStartArray("schemas").write(ScimUrns.LIST_RESPONSE).writeEnd();
                paging.accept(json);
                json.writeStartArray("Resources");
                written.forEach(json::write);
                for (Group group : groups) {
                    write(json, group, links, selection, members == null ? null : members.apply(group));
                }
                json.writeEnd().writeEnd();
            }
        };
    }

    /** Each group's members, read from the use case a slice at a time. */
    static Function<Group, MemberSlices> membersOf(ReadGroupsUseCase readGroups, TenantId tenant) {
        return group -> (after, limit) -> readGroups.members(tenant, group.id(), after, limit);
    }

    /**
     * The members as they are now, their first slice read at once: a read that fails then is an
     * error response, not a body cut short after the status was sent.
     */
    static MemberSlices firstSliceRead(MemberSlices members) {
        List<GroupMember> first = members.after(Optional.empty(), ReadGroupsUseCase.MAX_SLICE);
        return (after, limit) -> after.isEmpty() ? first : members.after(after, limit);
    }

    /**
     * The group's small attributes are selected as an object; its members, streamed, go before
     * {@code meta} with only the sub-attributes selected.
     */
    private static void write(JsonGenerator json, Group group, ScimLinks links, AttributeSelection selection,
                              MemberSlices members) {
        JsonObjectBuilder attributes = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimUrns.GROUP))
                .add("id", group.id().toString());
        group.externalId().ifPresent(externalId -> attributes.add("externalId", externalId.value()));
        attributes.add("displayName", group.displayName().value())
                .add("meta", JSON.createObjectBuilder()
                        .add("resourceType", "Group")
                        .add("created", group.createdAt().toString())
                        .add("lastModified", group.lastModifiedAt().toString())
                        .add("location", links.group(group.id()).toString())
                        .add("version", ETags.of(group.version())));
        JsonObject selected = selection.isDefault() ? attributes.build() : selection.apply(attributes.build());
        json.writeStartObject();
        selected.forEach((name, value) -> {
            if (!name.equals(META)) {
                json.write(name, value);
            }
        });
        if (members != null) {
            writeMembers(json, links, selection.subAttributesOf(MEMBERS), members);
        }
        if (selected.containsKey(META)) {
            json.write(META, selected.get(META));
        }
        json.writeEnd();
    }

    /**
     * Slice after slice until one comes back short: a keyset read returns fewer than asked only at
     * the end. An empty group has no {@code members}, as an unassigned attribute has no value.
     */
    private static void writeMembers(JsonGenerator json, ScimLinks links, List<String> subAttributes,
                                     MemberSlices members) {
        int limit = ReadGroupsUseCase.MAX_SLICE;
        List<GroupMember> slice = members.after(Optional.empty(), limit);
        if (slice.isEmpty() || subAttributes.isEmpty()) {
            return;
        }
        json.writeStartArray(MEMBERS);
        while (true) {
            for (GroupMember member : slice) {
                json.writeStartObject();
                for (String name : subAttributes) {
                    json.write(name, switch (name) {
                        case "value" -> member.userId().toString();
                        case "$ref" -> links.user(member.userId()).toString();
                        case "display" -> member.display();
                        case "type" -> "User";
                        default -> throw new IllegalStateException("members." + name + " is not written");
                    });
                }
                json.writeEnd();
            }
            if (slice.size() < limit) {
                break;
            }
            slice = members.after(Optional.of(slice.get(slice.size() - 1).userId()), limit);
        }
        json.writeEnd();
    }

    /** A generator whose close ends the JSON but leaves closing the response stream to the container. */
    private static JsonGenerator generator(OutputStream output) {
        return JSON.createGenerator(new FilterOutputStream(output) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }
}
