package com.dashify.identity.adapter.rest.scim;

import com.dashify.identity.application.query.Keyset;
import java.util.Objects;

/**
 * Where a cursor page (RFC 9865) starts: past a position in creation order, towards newer
 * resources ({@code nextCursor}) or back towards older ones ({@code previousCursor}).
 *
 * @param position the position to read past
 * @param backward whether the page lies before the position rather than after it
 */
record ScimCursor(Keyset position, boolean backward) {

    ScimCursor {
        Objects.requireNonNull(position, "position");
    }
}
