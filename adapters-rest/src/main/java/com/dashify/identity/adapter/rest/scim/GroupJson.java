package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.application.group.port.in.ReadGroupsUseCase;
import com.dashify.identity.application.query.GroupMember;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.user.UserId;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
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

    private GroupJson() {
    }

    /**
     * One group as a response body.
     *
     * @param members its members, or null when the response leaves them out (they are not read then)
     */
    static StreamingOutput resource(Group group, ScimLinks links, MemberSlices members) {
        return output -> {
            try (JsonGenerator json = generator(output)) {
                write(json, group, links, members);
            }
        };
    }

    /**
     * A ListResponse (RFC 7644 §3.4.2) of one page of groups.
     *
     * @param members each group's members, or null when the response leaves them out
     */
    static StreamingOutput list(Page<Group> page, long startIndex, ScimLinks links,
                                Function<Group, MemberSlices> members) {
        return output -> {
            try (JsonGenerator json = generator(output)) {
                json.writeStartObject()
                        .writeStartArray("schemas").write(ScimUrns.LIST_RESPONSE).writeEnd()
                        .write("totalResults", page.total())
                        .write("startIndex", startIndex)
                        .write("itemsPerPage", page.items().size())
                        .writeStartArray("Resources");
                for (Group group : page.items()) {
                    write(json, group, links, members == null ? null : members.apply(group));
                }
                json.writeEnd().writeEnd();
            }
        };
    }

    /**
     * A ListResponse of one cursor page of groups (RFC 9865): the cursors beside it instead of a
     * startIndex, and totalResults on the first page only (see {@link CursorPaging}).
     */
    static StreamingOutput cursorList(CursorPaging.CursorPage<Group> page, ScimLinks links,
                                      Function<Group, MemberSlices> members) {
        return output -> {
            try (JsonGenerator json = generator(output)) {
                json.writeStartObject().writeStartArray("schemas").write(ScimUrns.LIST_RESPONSE).writeEnd();
                if (page.totalResults() != null) {
                    json.write("totalResults", page.totalResults());
                }
                json.write("itemsPerPage", page.items().size());
                if (page.previousCursor() != null) {
                    json.write("previousCursor", page.previousCursor());
                }
                if (page.nextCursor() != null) {
                    json.write("nextCursor", page.nextCursor());
                }
                json.writeStartArray("Resources");
                for (Group group : page.items()) {
                    write(json, group, links, members == null ? null : members.apply(group));
                }
                json.writeEnd().writeEnd();
            }
        };
    }

    /**
     * The members as they are now, their first slice read at once: a read that fails then is an
     * error response, not a body cut short after the status was sent.
     */
    static MemberSlices firstSliceRead(MemberSlices members) {
        List<GroupMember> first = members.after(Optional.empty(), ReadGroupsUseCase.MAX_SLICE);
        return (after, limit) -> after.isEmpty() ? first : members.after(after, limit);
    }

    private static void write(JsonGenerator json, Group group, ScimLinks links, MemberSlices members) {
        json.writeStartObject()
                .writeStartArray("schemas").write(ScimUrns.GROUP).writeEnd()
                .write("id", group.id().toString());
        group.externalId().ifPresent(externalId -> json.write("externalId", externalId.value()));
        json.write("displayName", group.displayName().value());
        if (members != null) {
            writeMembers(json, links, members);
        }
        json.writeStartObject("meta")
                .write("resourceType", "Group")
                .write("created", group.createdAt().toString())
                .write("lastModified", group.lastModifiedAt().toString())
                .write("location", links.group(group.id()).toString())
                .write("version", ETags.of(group.version()))
                .writeEnd()
                .writeEnd();
    }

    /**
     * Slice after slice until one comes back short: a keyset read returns fewer than asked only at
     * the end. An empty group has no {@code members}, as an unassigned attribute has no value.
     */
    private static void writeMembers(JsonGenerator json, ScimLinks links, MemberSlices members) {
        int limit = ReadGroupsUseCase.MAX_SLICE;
        List<GroupMember> slice = members.after(Optional.empty(), limit);
        if (slice.isEmpty()) {
            return;
        }
        json.writeStartArray("members");
        while (true) {
            for (GroupMember member : slice) {
                json.writeStartObject()
                        .write("value", member.userId().toString())
                        .write("$ref", links.user(member.userId()).toString())
                        .write("display", member.display())
                        .write("type", "User")
                        .writeEnd();
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
