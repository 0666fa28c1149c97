package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.JsonBodies;
import com.dashify.identity.adapter.rest.http.Refusals;
import com.dashify.identity.adapter.rest.http.RequestLines;
import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.scim.bulk.BulkMethod;
import com.dashify.identity.adapter.rest.scim.bulk.BulkOperation;
import com.dashify.identity.adapter.rest.scim.bulk.BulkPlan;
import com.dashify.identity.adapter.rest.scim.bulk.BulkRequest;
import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase;
import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase.RefusedRequest;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.group.Group;
import com.dashify.identity.domain.group.GroupId;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The SCIM Bulk endpoint (RFC 7644 §3.7). The request is read and planned as a whole first (see
 * {@link BulkRequest} and {@link BulkPlan}): a malformed request, a duplicate {@code bulkId} or
 * circular references are refused before any operation is performed. Then each operation is
 * performed as the single request it stands for would be, through {@link UserWrites} and
 * {@link GroupWrites}: its own use case, so its own transaction, and its own audit record with
 * this request's id, address and agent and the operation's payload; a refused operation is
 * recorded as that request's refusal would be. The answer is 200 with a result per operation
 * performed, in the order performed, and none for those left after {@code failOnErrors} errors.
 */
@Path("Bulk")
@ApplicationScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class BulkResource {

    @Inject
    UserWrites users;
    @Inject
    GroupWrites groups;
    @Inject
    ScimRequest request;
    @Inject
    RecordRefusalUseCase refusals;
    @Context
    UriInfo uriInfo;

    /** What a performed operation left: the resource's location and, unless deleted, its version. */
    private record Outcome(int status, String id, URI location, Long version) {
    }

    @Consumes({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
    @POST
    public Response bulk(InputStream body) {
        // Counted while read: a chunked body, or one longer than its Content-Length says, stops at the limit.
        BulkRequest bulk = BulkRequest.read(JsonBodies.parseObject(
                JsonBodies.readBounded(body, BulkRequest.MAX_PAYLOAD_SIZE)));
        BulkPlan plan = BulkPlan.of(bulk.operations());
        Map<String, String> created = new HashMap<>();
        JsonArrayBuilder results = JSON.createArrayBuilder();
        int errors = 0;
        for (BulkOperation operation : plan.order()) {
            if (bulk.failOnErrors() != null && errors >= bulk.failOnErrors()) {
                break;
            }
            JsonObjectBuilder result = JSON.createObjectBuilder().add("method", operation.method().name());
            if (operation.bulkId() != null) {
                result.add("bulkId", operation.bulkId());
            }
            if (!perform(plan, operation, created, result)) {
                errors++;
            }
            results.add(result);
        }
        return Response.ok(JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(BulkRequest.RESPONSE_URN))
                .add("Operations", results)
                .build()).build();
    }

    /** Performs one operation and adds its result; whether it succeeded. */
    private boolean perform(BulkPlan plan, BulkOperation sent, Map<String, String> created,
                            JsonObjectBuilder result) {
        // The payload the operation's audit record got, for its refusal record, as ScimRequest keeps it.
        String[] payload = new String[1];
        Function<String, RequestContext> context = allowed -> {
            payload[0] = allowed;
            return request.operationContext(allowed);
        };
        BulkOperation operation = sent;
        try {
            operation = plan.resolve(sent, created);
            Outcome outcome = sent.resourceType().equals("Users") ? user(operation, context)
                    : group(operation, context);
            if (operation.method() == BulkMethod.POST) {
                created.put(operation.bulkId(), outcome.id());
            }
            result.add("location", outcome.location().toString());
            if (outcome.version() != null) {
                result.add("version", ETags.of(outcome.version()));
            }
            result.add("status", Integer.toString(outcome.status()));
            return true;
        } catch (RuntimeException failure) {
            Response error = ScimErrorMapper.forRequest(request).toResponse(failure);
            JsonObject envelope = (JsonObject) error.getEntity();
            if (error.getStatus() >= 400 && error.getStatus() < 500) {
                recordRefusal(operation, error.getStatus(), envelope.getString("scimType", null),
                        envelope.getString("detail", null), payload[0]);
            }
            result.add("status", Integer.toString(error.getStatus())).add("response", envelope);
            return false;
        }
    }

    private Outcome user(BulkOperation operation, Function<String, RequestContext> context) {
        if (operation.method() == BulkMethod.POST) {
            return outcome(201, users.create(operation.data(), context));
        }
        UserId id = UserWrites.parseId(operation.id());
        return switch (operation.method()) {
            case PUT -> outcome(200, users.replace(id, operation.id(), operation.version(), operation.data(),
                    context));
            case PATCH -> outcome(200, users.patch(id, operation.version(), operation.data(), context));
            default -> {
                users.delete(id, operation.version(), context);
                yield new Outcome(204, id.toString(), links().user(id), null);
            }
        };
    }

    /** As the single requests answer: a group's PATCH is 204, with its new version. */
    private Outcome group(BulkOperation operation, Function<String, RequestContext> context) {
        if (operation.method() == BulkMethod.POST) {
            return outcome(201, groups.create(operation.data(), context));
        }
        GroupId id = GroupWrites.parseId(operation.id());
        return switch (operation.method()) {
            case PUT -> outcome(200, groups.replace(id, operation.id(), operation.version(), operation.data(),
                    context));
            case PATCH -> outcome(204, groups.patch(id, operation.version(), operation.data(), context));
            default -> {
                groups.delete(id, operation.version(), context);
                yield new Outcome(204, id.toString(), links().group(id), null);
            }
        };
    }

    private Outcome outcome(int status, User user) {
        return new Outcome(status, user.id().toString(), links().user(user.id()), user.version());
    }

    private Outcome outcome(int status, Group group) {
        return new Outcome(status, group.id().toString(), links().group(group.id()), group.version());
    }

    /**
     * A refused operation's record, as {@link ScimRequestFilter} writes a refused request's: named
     * by its method and path (its references resolved when they could be), with the payload its
     * audit record would have had, or else its method and path, and the detail the directory was given.
     */
    private void recordRefusal(BulkOperation operation, int status, String scimType, String detail, String payload) {
        ScimActions attempt = ScimActions.of(operation.method().name(), operation.path());
        String requestLine = RequestLines.json(operation.method().name(),
                uriInfo.getBaseUri().getRawPath().replaceFirst("/+$", "") + operation.path());
        refusals.refused(new RefusedRequest(request.actor(), attempt.action(), attempt.targetType(),
                attempt.targetId(), Refusals.of(status), Refusals.answer(status, scimType), detail,
                request.operationContext(payload != null ? payload : requestLine)));
    }

    private ScimLinks links() {
        return ScimLinks.of(uriInfo.getBaseUri());
    }
}
