package com.dashify.identity.bootstrap.launcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs Payara's enabled listeners serve the service at, read from what Payara's {@code get}
 * command prints of its network configuration: one {@code http://} or {@code https://} URL per
 * listener, on {@code localhost} when the listener takes every address.
 */
final class ListenerUrls {

    /** Payara's network listeners, as {@code get} takes and prints them. */
    static final String LISTENERS = "configs.config.server-config.network-config.network-listeners.network-listener";
    /** Payara's protocols: a listener's protocol with security enabled is HTTPS. */
    static final String PROTOCOLS = "configs.config.server-config.network-config.protocols.protocol";
    private static final Pattern LISTENER = Pattern.compile(
            Pattern.quote(LISTENERS) + "\\.([^.=\\s]+)\\.(address|enabled|port|protocol)=(\\S*)");
    private static final Pattern SECURE = Pattern.compile(
            Pattern.quote(PROTOCOLS) + "\\.([^.=\\s]+)\\.security-enabled=(\\S*)");

    private ListenerUrls() {
    }

    /**
     * The URLs, HTTP ones first, each ending in {@code /}.
     *
     * @param listeners what {@code get <LISTENERS>.*} printed
     * @param protocols what {@code get <PROTOCOLS>.*.security-enabled} printed
     */
    static List<String> of(String listeners, String protocols) {
        Map<String, Map<String, String>> attributes = new LinkedHashMap<>();
        Matcher listener = LISTENER.matcher(listeners);
        while (listener.find()) {
            attributes.computeIfAbsent(listener.group(1), name -> new LinkedHashMap<>())
                    .put(listener.group(2), listener.group(3));
        }
        Map<String, Boolean> secure = new LinkedHashMap<>();
        Matcher protocol = SECURE.matcher(protocols);
        while (protocol.find()) {
            secure.put(protocol.group(1), Boolean.parseBoolean(protocol.group(2)));
        }
        List<Url> urls = new ArrayList<>();
        attributes.values().forEach(each -> {
            String port = each.getOrDefault("port", "");
            if (!each.getOrDefault("enabled", "true").equals("false") && port.matches("[0-9]{1,5}")) {
                boolean https = secure.getOrDefault(each.getOrDefault("protocol", ""), false);
                urls.add(new Url(https, Integer.parseInt(port), host(each.getOrDefault("address", ""))));
            }
        });
        return urls.stream().sorted(Comparator.comparing(Url::https).thenComparing(Url::port))
                .map(Url::toString).toList();
    }

    /** The host to reach an address at: {@code localhost} for any address, brackets around an IPv6 one. */
    private static String host(String address) {
        if (address.isEmpty() || address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]")) {
            return "localhost";
        }
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }

    private record Url(boolean https, int port, String host) {

        @Override
        public String toString() {
            return (https ? "https" : "http") + "://" + host + ":" + port + "/";
        }
    }
}
