package com.dashify.identity.adapter.rest.api;

import com.dashify.identity.application.port.in.Actor;
import com.dashify.identity.application.port.in.AuditChainUseCase;
import com.dashify.identity.application.port.in.AuditChainUseCase.Verification;
import com.dashify.identity.domain.token.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * {@code /api/v1/audit/verify}: walks the tenant's audit hash chain and reports the first break,
 * for a token with the {@code audit} scope. Records written in the last seconds are chained first,
 * so the answer covers everything written before the request.
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** Bounds the chaining before a walk when records keep arriving. */
    private static final int MAX_SEAL_BATCHES = 1000;

    @Inject
    ApiAuthentication authentication;
    @Inject
    AuditChainUseCase chain;

    @GET
    @Path("verify")
    public JsonObject verify() {
        Actor actor = authentication.require(Scope.AUDIT);
        // Chain what is waiting, a batch per transaction, so that the walk covers everything written before.
        boolean more = true;
        for (int batch = 0; more && batch < MAX_SEAL_BATCHES; batch++) {
            more = chain.seal(actor.tenantId()) == AuditChainUseCase.SEAL_BATCH;
        }
        Verification verification = chain.verify(actor);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("intact", verification.intact())
                .add("checked", verification.checked())
                .add("unsealed", verification.unsealed());
        verification.firstBreak().ifPresent(found -> json.add("firstBreak", Json.createObjectBuilder()
                .add("sequence", found.sequence())
                .add("recordId", found.recordId())
                .add("reason", found.reason().name().toLowerCase(Locale.ROOT))));
        return json.build();
    }
}
