package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.http.ScimMediaTypes;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /Me} (RFC 7644 §3.11) is 501 Not Implemented, on purpose: a SCIM token stands for a
 * directory's connection, not for a person. Its owner is the admin who created it, and answering
 * {@code /Me} with that admin would let a directory read, change or delete the admin's own account
 * through an alias no directory needs. People manage themselves in the console and {@code /api/me}.
 */
@Path("Me")
@ApplicationScoped
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON})
public class MeResource {

    @GET
    public void get() {
        throw notImplemented();
    }

    @POST
    public void create() {
        throw notImplemented();
    }

    @PUT
    public void replace() {
        throw notImplemented();
    }

    @PATCH
    public void patch() {
        throw notImplemented();
    }

    @DELETE
    public void delete() {
        throw notImplemented();
    }

    private static ScimException notImplemented() {
        return new ScimException(501, null, "/Me is not implemented: a SCIM token belongs to a directory's"
                + " connection, not to a person. Use /Users/{id}.");
    }
}
