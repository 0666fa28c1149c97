package com.dashify.identity.adapter.console;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods look it up on
 * every call, which inside Payara is a service-loader scan of the class loaders: a profile of the
 * audit export found nine tenths of its time there.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {
    }
}
