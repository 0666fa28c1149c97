package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.patch.PatchOperation;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.group.port.in.ChangeGroupUseCase;
import com.dashify.identity.application.group.port.in.ChangeGroupUseCase.ChangeGroupCommand;
import com.dashify.identity.application.group.port.in.DeleteGroupUseCase;
import com.dashify.identity.application.group.port.in.GroupChange;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase.GroupDraft;
import com.dashify.identity.application.group.port.in.ProvisionGroupUseCase.ProvisionGroupCommand;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a SCIM write on {@code /Groups} does, from its parsed body to the in-port: the same for a
 * request sent alone ({@link GroupsResource}) and for an operation of a Bulk request
 * ({@link BulkResource}). Each call is one use case, so one transaction.
 */
@ApplicationScoped
public class GroupWrites {

    @Inject
    ProvisionGroupUseCase provisionGroup;
    @Inject
    ChangeGroupUseCase changeGroup;
    @Inject
    DeleteGroupUseCase deleteGroup;
    @Inject
    ScimRequest request;

    /**
     * {@code POST /Groups}.
     *
     * @param context the audit context for the allowed payload: the request's own, or a Bulk operation's
     */
    Group create(JsonObject json, Function<String, RequestContext> context) {
        requireGroup(json);
        GroupDraft draft = ScimGroupMapper.toDraft(ScimObject.fromJson(json));
        return provisionGroup.provision(new ProvisionGroupCommand(request.actor(), draft,
                context.apply(AuditPayloads.allowedForGroup(json))));
    }

    /** {@code PUT /Groups/{id}}. */
    Group replace(GroupId groupId, String id, String ifMatch, JsonObject json,
                  Function<String, RequestContext> context) {
        requireGroup(json);
        ScimBodies.requireSameId(json, id);
        ScimObject resource = ScimObject.fromJson(json);
        GroupDraft wanted = ScimGroupMapper.toDraft(resource);
        // A PUT without members leaves them as they are (RFC 7644 §3.5.1 lets a server keep what is
        // omitted): a rename must not empty a group, and demote everyone in it, by leaving them out.
        GroupChange change = GroupChange.none().rename(wanted.displayName()).changeExternalId(wanted.externalId());
        if (resource.get("members") != null) {
            change.members().replaceWith(wanted.members());
        }
        return change(groupId, ifMatch, change, json, context);
    }

    /** {@code PATCH /Groups/{id}}. */
    Group patch(GroupId groupId, String ifMatch, JsonObject json, Function<String, RequestContext> context) {
        List<PatchOperation> operations = PatchOperation.readRequest(json);
        return change(groupId, ifMatch, GroupPatch.translate(groupId, operations), json, context);
    }

    /** {@code DELETE /Groups/{id}}. */
    void delete(GroupId groupId, String ifMatch, Function<String, RequestContext> context) {
        deleteGroup.delete(request.actor(), groupId, ETags.expectedVersion(ifMatch), context.apply(null));
    }

    private Group change(GroupId groupId, String ifMatch, GroupChange change, JsonObject json,
                         Function<String, RequestContext> context) {
        return changeGroup.change(new ChangeGroupCommand(request.actor(), groupId, ETags.expectedVersion(ifMatch),
                change, context.apply(AuditPayloads.allowedForGroup(json))));
    }

    /**
     * A body that must be a Group resource. Entra lists its own group schema beside the core one;
     * it declares nothing this service keeps, so it is accepted, and any other is refused, as on Users.
     */
    static JsonObject requireGroup(JsonObject json) {
        return ScimBodies.requireResource(json, ScimUrns.GROUP, Set.of(ScimUrns.ENTRA_GROUP));
    }

    /** Anything that is not one of our ids names no group: the same 404 as an unknown id. */
    static GroupId parseId(String id) {
        return GroupId.parse(id).orElseThrow(() -> new ScimException(404, null, "The group does not exist."));
    }
}
