package com.dashify.identity.bench.ceiling;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Answers GET {@code /ceiling/ping} with a constant JSON body: the cheapest request the framework serves. */
@Path("ping")
public class PingResource {

    /** A constant string, so that no JSON binding runs: the request costs the container, not the body. */
    private static final String BODY = "{\"status\":\"ok\"}";

    /** The constant body. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
        return BODY;
    }
}
