package com.dashify.identity.adapter.console.sso;

import com.dashify.identity.adapter.console.sso.OidcClient.ProviderException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where the server may connect on a tenant's behalf. An Org Admin chooses their provider's issuer,
 * and the provider's discovery document chooses the token and key endpoints, so without a check a
 * tenant could make Dashify call its own admin port or the internal network. Provider endpoints must
 * be https on public addresses; a test or development setup with a provider on this machine or the
 * local network allows private addresses (and plain http) explicitly.
 *
 * <p>The check resolves the host before the connection does, so a DNS answer that changes in
 * between is not caught; a network egress policy is the complete answer to that.
 *
 * @param allowPrivateAddresses whether loopback, private and link-local addresses, and http, are allowed
 */
public record ProviderNetwork(boolean allowPrivateAddresses) {

    /** Refuses a URI the server must not call. */
    void check(URI uri, String what) throws ProviderException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivateAddresses && scheme.equals("http"))) {
            throw new ProviderException("the provider's " + what + " is not https");
        }
        if (allowPrivateAddresses) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | SecurityException unresolvable) {
            throw new ProviderException("the provider's " + what + " host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new ProviderException("the provider's " + what + " is on a private address");
            }
        }
    }

    static boolean isPrivate(InetAddress address) {
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                // IPv6 unique local addresses, fc00::/7
                || address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
