package com.dashify.identity.adapter.rest.http;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes JSON-P values in UTF-8, as {@code application/json}, {@code application/problem+json}
 * (RFC 9457, the API's errors) or {@code application/scim+json} (RFC 7644, the SCIM API's type).
 */
@Provider
@Produces({ScimMediaTypes.SCIM_JSON, MediaType.APPLICATION_JSON, "application/problem+json"})
public final class JsonStructureWriter implements MessageBodyWriter<JsonStructure> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonStructure.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(JsonStructure json, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.write(json);
        }
    }
}
