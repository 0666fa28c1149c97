package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.json.ScimObject;
import com.dashify.identity.adapter.rest.scim.patch.PatchEngine;
import com.dashify.identity.adapter.rest.scim.patch.PatchOperation;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.user.port.in.DeleteUserUseCase;
import com.dashify.identity.application.user.port.in.DeleteUserUseCase.DeleteUserCommand;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase;
import com.dashify.identity.application.user.port.in.UpdateUserUseCase.UpdateUserCommand;
import com.dashify.identity.application.user.port.in.UserChange;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a SCIM write on {@code /Users} does, from its parsed body to the in-port: the same for a
 * request sent alone ({@link UsersResource}) and for an operation of a Bulk request
 * ({@link BulkResource}), so that both check, change and audit alike. Each call is one use case,
 * so one transaction.
 */
@ApplicationScoped
public class UserWrites {

    @Inject
    ProvisionUserUseCase provisionUser;
    @Inject
    UpdateUserUseCase updateUser;
    @Inject
    DeleteUserUseCase deleteUser;
    @Inject
    ScimRequest request;

    /**
     * {@code POST /Users}.
     *
     * @param context the audit context for the allowed payload: the request's own, or a Bulk operation's
     */
    User create(JsonObject json, Function<String, RequestContext> context) {
        requireUser(json);
        UserDraft draft = ScimUserMapper.toDraft(ScimObject.fromJson(json));
        return provisionUser.provision(new ProvisionUserCommand(request.actor(), draft,
                context.apply(AuditPayloads.allowed(json))));
    }

    /** {@code PUT /Users/{id}}. */
    User replace(UserId userId, String id, String ifMatch, JsonObject json,
                 Function<String, RequestContext> context) {
        requireUser(json);
        ScimBodies.requireSameId(json, id);
        UserDraft wanted = ScimUserMapper.toDraft(ScimObject.fromJson(json));
        return update(userId, ifMatch, current -> wanted, json, context);
    }

    /** {@code PATCH /Users/{id}}. */
    User patch(UserId userId, String ifMatch, JsonObject json, Function<String, RequestContext> context) {
        List<PatchOperation> operations = PatchOperation.readRequest(json);
        return update(userId, ifMatch, current -> ScimUserMapper.toDraft(
                PatchEngine.apply(ScimUserMapper.toScim(current), operations)), json, context);
    }

    /** {@code DELETE /Users/{id}}. */
    void delete(UserId userId, String ifMatch, Function<String, RequestContext> context) {
        deleteUser.delete(new DeleteUserCommand(request.actor(), userId, ETags.expectedVersion(ifMatch),
                context.apply(null)));
    }

    private User update(UserId userId, String ifMatch, UserChange change, JsonObject json,
                        Function<String, RequestContext> context) {
        return updateUser.update(new UpdateUserCommand(request.actor(), userId, ETags.expectedVersion(ifMatch),
                change, context.apply(AuditPayloads.allowed(json))));
    }

    /** A body that must be a User resource: its schemas must name the User schema, and only known schemas. */
    static JsonObject requireUser(JsonObject json) {
        return ScimBodies.requireResource(json, ScimUrns.USER, Set.of(ScimUrns.ENTERPRISE_USER));
    }

    /** Anything that is not one of our ids names no user: the same 404 as an unknown id. */
    static UserId parseId(String id) {
        return UserId.parse(id).orElseThrow(() -> new ScimException(404, null, "The user does not exist."));
    }
}
