package com.dashify.identity.adapter.console.passkey;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Who Dashify is to a passkey: the relying-party id that every passkey is bound to, and the origins
 * (scheme, host and port, as browsers address the service) that may use them. Both come from
 * configuration, never from a request, so a forged {@code Host} header cannot move a ceremony to
 * another origin.
 *
 * @param id      a domain, such as {@code dashify.example.com} or {@code localhost}
 * @param name    what authenticators show the user
 * @param origins each {@code https://host[:port]} (or {@code http://localhost[:port]}) whose host
 *                is the id or a subdomain of it
 */
public record RelyingParty(String id, String name, List<String> origins) {

    public RelyingParty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        String domain = id.toLowerCase(Locale.ROOT);
        if (domain.isBlank() || !domain.matches("[a-z0-9.-]+") || domain.startsWith(".") || domain.endsWith(".")) {
            throw new IllegalArgumentException("the relying-party id must be a domain name, such as dashify.example.com");
        }
        id = domain;
        origins = List.copyOf(origins).stream().map(origin -> checkedOrigin(origin, domain)).toList();
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("at least one origin is needed");
        }
    }

    /** Whether a browser at this origin may use Dashify's passkeys. */
    public boolean allows(String origin) {
        return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    private static String checkedOrigin(String origin, String id) {
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException malformed) {
            throw new IllegalArgumentException("not an origin: " + origin);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!bare || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("an origin is scheme, host and port only: " + origin);
        }
        boolean local = host.equals("localhost");
        if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
            throw new IllegalArgumentException("passkeys need https (http only on localhost): " + origin);
        }
        if (!host.equals(id) && !host.endsWith("." + id)) {
            throw new IllegalArgumentException("the origin " + origin + " is not within the relying-party id " + id);
        }
        return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
