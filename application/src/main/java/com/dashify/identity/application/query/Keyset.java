package com.dashify.identity.application.query;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in creation order, the order that cursor paging walks: the creation instant and id
 * of the last resource a page showed. Creation order is total (ties broken by id), and a resource
 * keeps its place in it for life, so a walk from a position misses none that exists throughout and
 * shows none twice, whatever is created or deleted meanwhile.
 */
public record Keyset(Instant created, String id) {

    public Keyset {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(id, "id");
    }
}
