package com.dashify.identity.adapter.rest.api;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.application.audit.port.in.AuditChainUseCase;
import com.dashify.identity.application.audit.port.in.AuditChainUseCase.Verification;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.AuditPage;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.Criteria;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.ReadAuditQuery;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.NamedAuditRecord;
import com.dashify.identity.domain.token.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Locale;

/**
 * The tenant's audit trail, for a token with the {@code audit} scope:
 * <ul>
 * <li>{@code GET /api/v1/audit}: records newest first, each with the current names of the users and
 * tokens it names by id (read with the page, never stored in the record), filtered by {@code actor}
 * (a user id, or a user name: every user, deleted ones included, who has or had it), {@code target}
 * (any id, or a user name as for {@code actor}), {@code action}, {@code outcome}, {@code from} and {@code to} (ISO-8601
 * instants, {@code to} exclusive), {@code limit} per page (1 to 500, 50 by default), and the
 * {@code cursor} of the page before;</li>
 * <li>{@code GET /api/v1/audit/export}: the same records (without paging) as JSON Lines, streamed
 * page by page, never held in memory whole, up to the moment the export started;</li>
 * <li>{@code GET /api/v1/audit/verify}: walks the hash chain and reports the first break. Records
 * written in the last seconds are chained first, so the answer covers everything written before
 * the request.</li>
 * </ul>
 */
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String JSON_LINES = "application/x-ndjson";
    private static final int EXPORT_PAGE = ReadAuditTrailUseCase.MAX_LIMIT;

    @Inject
    ApiAuthentication authentication;
    @Inject
    AuditChainUseCase chain;
    @Inject
    ReadAuditTrailUseCase reading;

    @GET
    public JsonObject read(@QueryParam("actor") String actorText, @QueryParam("target") String target,
                           @QueryParam("action") String action, @QueryParam("outcome") String outcome,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Actor actor = authentication.require(Scope.AUDIT);
        Criteria criteria = new Criteria(actorText, target, action, outcome, instant("from", from), instant("to", to));
        AuditPage page = reading.read(new ReadAuditQuery(actor, criteria,
                cursor == null ? null : AuditJson.position(cursor), limit(limit)));
        JsonArrayBuilder records = JSON.createArrayBuilder();
        page.records().forEach(record -> records.add(AuditJson.record(record)));
        JsonObjectBuilder json = JSON.createObjectBuilder().add("records", records);
        page.next().ifPresent(next -> json.add("nextCursor", next.token()));
        return json.build();
    }

    @GET
    @Path("export")
    @Produces(JSON_LINES)
    public Response export(@QueryParam("actor") String actorText, @QueryParam("target") String target,
                           @QueryParam("action") String action, @QueryParam("outcome") String outcome,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        Actor actor = authentication.require(Scope.AUDIT);
        Instant until = to == null ? Instant.now() : instant("to", to);
        Criteria criteria = new Criteria(actorText, target, action, outcome, instant("from", from), until);
        StreamingOutput lines = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            AuditPosition after = null;
            do {
                AuditPage page = reading.read(new ReadAuditQuery(actor, criteria, after, EXPORT_PAGE));
                for (NamedAuditRecord record : page.records()) {
                    writer.write(AuditJson.record(record).toString());
                    writer.write('\n');
                }
                writer.flush();
                after = page.next().orElse(null);
            } while (after != null);
        };
        return Response.ok(lines, JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"audit.jsonl\"")
                .build();
    }

    @GET
    @Path("verify")
    public JsonObject verify() {
        Verification verification = chain.verify(authentication.require(Scope.AUDIT));
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("intact", verification.intact())
                .add("checked", verification.checked())
                .add("unsealed", verification.unsealed());
        verification.firstBreak().ifPresent(found -> json.add("firstBreak", JSON.createObjectBuilder()
                .add("sequence", found.sequence())
                .add("recordId", found.recordId())
                .add("reason", found.reason().name().toLowerCase(Locale.ROOT))));
        return json.build();
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeException notAnInstant) {
            throw new ApiException(400, "'" + name + "' must be an ISO-8601 instant, such as 2026-11-30T09:00:00Z.");
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return ReadAuditTrailUseCase.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= ReadAuditTrailUseCase.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new ApiException(400, "'limit' must be 1 to " + ReadAuditTrailUseCase.MAX_LIMIT + ".");
    }
}
