package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weak entity tags from a resource's stored version (RFC 7644 §3.14): {@code W/"3"}, for users
 * and groups alike. A client that
 * sends {@code If-Match} with a stale tag gets 412 instead of overwriting a newer change.
 */
final class ETags {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private ETags() {
    }

    static String of(long version) {
        return "W/\"" + version + "\"";
    }

    /**
     * A resource at this version, tagged and located: what a GET, PUT or PATCH that answers with the
     * resource returns. {@code Location} is the resource's {@code meta.location} (RFC 7644 §3.1), as
     * clients built on common SCIM libraries expect on every answer that carries a resource.
     */
    static Response tagged(long version, URI location, Object entity) {
        return Response.ok(entity).tag(entityTag(version)).location(location).build();
    }

    /**
     * A conditional read (RFC 7232 §3.2): 304 when {@code If-None-Match} names this version, else
     * the resource, whose body is only made then.
     */
    static Response read(String ifNoneMatch, long version, URI location, Supplier<Object> entity) {
        if (matchesCurrent(ifNoneMatch, version)) {
            return Response.notModified(entityTag(version)).build();
        }
        return tagged(version, location, entity.get());
    }

    /** The same tag as a header value. */
    static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version), true);
    }

    /**
     * The version an {@code If-Match} header asks for: null when absent or {@code *} (any version).
     * A tag that cannot be ours can match nothing: 412.
     */
    static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw new ScimException(412, null, "The If-Match header does not match the current version.");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Whether an {@code If-None-Match} header names the resource's current version (or {@code *}). */
    static boolean matchesCurrent(String ifNoneMatch, long version) {
        if (ifNoneMatch == null) {
            return false;
        }
        String current = of(version);
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(current) || ("W/" + candidate).equals(current)) {
                return true;
            }
        }
        return false;
    }
}
