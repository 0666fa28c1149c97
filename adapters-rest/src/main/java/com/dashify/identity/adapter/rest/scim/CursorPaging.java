package com.dashify.identity.adapter.rest.scim;

import static com.dashify.identity.adapter.rest.http.JsonProviders.JSON;

import com.dashify.identity.adapter.rest.http.ScimUrns;
import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.paging.port.in.CursorKeyUseCase;
import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Cursor paging (RFC 9865) of Users and Groups, beside index paging, which stays the default: a
 * search with a {@code cursor} parameter (empty for the first page) reads by position in creation
 * order (then id), never by offset, so a page deep in a walk costs what the first one costs, and
 * a walk misses no resource that exists throughout and shows none twice. Cursor pages follow
 * {@code meta.created}, ascending or descending; another {@code sortBy} is refused. The first page
 * carries {@code totalResults}; later pages leave it out (RFC 9865 §2 allows it), since counting
 * every match on every page would cost what offsets cost.
 */
@ApplicationScoped
public class CursorPaging {

    private final CursorKeyUseCase keys;
    private final Clock clock;
    /** Made at the first cursor request (the key is the database's), then shared by all. */
    private volatile CursorCodec codec;

    /** For CDI's proxy. */
    protected CursorPaging() {
        this(null, null);
    }

    @Inject
    public CursorPaging(CursorKeyUseCase keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** A page of a cursor walk, with the cursors to the pages beside it (null where there is none). */
    record CursorPage<T>(List<T> items, String nextCursor, String previousCursor, Long totalResults) {
    }

    /**
     * Refuses what cursor paging cannot combine with, as 400 {@code invalidValue}: a
     * {@code startIndex} (RFC 9865 §2.4: one method per request), an order other than creation,
     * and a {@code count} of 0, which would hand out a cursor that never moves.
     */
    static void requireCursorCompatible(SearchQuery query, boolean byCreation, int count) {
        if (query.startIndex != null) {
            throw ScimException.invalidValue("'cursor' and 'startIndex' ask for two paging methods; send one.");
        }
        if (!byCreation) {
            throw ScimException.invalidValue("Cursor pages are ordered by meta.created only; leave 'sortBy' out or"
                    + " use 'meta.created', or page by 'startIndex'.");
        }
        if (count < 1) {
            throw ScimException.invalidValue("'count' must be at least 1 with 'cursor'.");
        }
    }

    /**
     * One page of a cursor walk.
     *
     * @param scope    what the cursor is bound to besides the tenant: the resource type and search
     * @param cursor   the {@code cursor} parameter; empty for the first page
     * @param read     reads a keyset page
     * @param position where a resource stands in creation order
     * @param total    counts every match, for the first page
     */
    <T> CursorPage<T> page(TenantId tenant, String scope, String cursor, boolean descending, int count,
                           Function<KeysetRequest, List<T>> read, Function<T, Keyset> position,
                           LongSupplier total) {
        String bound = tenant + "\n" + scope + "\n" + (descending ? "descending" : "ascending");
        CursorCodec cursors = codec();
        ScimCursor from = cursor.isEmpty() ? null : cursors.decode(bound, cursor);
        boolean backward = from != null && from.backward();
        // One more than asked: whether it comes back tells whether there is a page beyond.
        List<T> fetched = read.apply(new KeysetRequest(from == null ? null : from.position(), descending != backward,
                count + 1));
        boolean more = fetched.size() > count;
        List<T> items = new ArrayList<>(fetched.subList(0, Math.min(count, fetched.size())));
        if (backward) {
            Collections.reverse(items);
        }
        String next = null;
        String previous = null;
        if (!items.isEmpty()) {
            Keyset first = position.apply(items.get(0));
            Keyset last = position.apply(items.get(items.size() - 1));
            if (backward || more) {
                next = cursors.encode(bound, new ScimCursor(last, false));
            }
            if (backward ? more : from != null) {
                previous = cursors.encode(bound, new ScimCursor(first, true));
            }
        }
        return new CursorPage<>(items, next, previous, from == null ? total.getAsLong() : null);
    }

    /** A ListResponse of a cursor page: its resources and the cursors beside it (RFC 9865 §2). */
    static JsonObject listResponse(CursorPage<?> page, JsonArrayBuilder resources) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("schemas", JSON.createArrayBuilder().add(ScimUrns.LIST_RESPONSE));
        pagingMembers(page).forEach(body::add);
        return body.add("Resources", resources).build();
    }

    /** What a ListResponse of a cursor page says of its paging: the total on the first page, the size, the cursors. */
    static JsonObject pagingMembers(CursorPage<?> page) {
        JsonObjectBuilder members = JSON.createObjectBuilder();
        if (page.totalResults() != null) {
            members.add("totalResults", page.totalResults());
        }
        members.add("itemsPerPage", page.items().size());
        if (page.previousCursor() != null) {
            members.add("previousCursor", page.previousCursor());
        }
        if (page.nextCursor() != null) {
            members.add("nextCursor", page.nextCursor());
        }
        return members.build();
    }

    /** Whether a {@code sortBy} names creation order, or nothing, which means it. */
    static boolean byCreation(String sortBy, String schemaUrn) {
        if (sortBy == null || sortBy.isBlank()) {
            return true;
        }
        String key = sortBy.strip().toLowerCase(Locale.ROOT);
        String prefix = schemaUrn.toLowerCase(Locale.ROOT) + ":";
        return "meta.created".equals(key.startsWith(prefix) ? key.substring(prefix.length()) : key);
    }

    private CursorCodec codec() {
        CursorCodec known = codec;
        if (known == null) {
            known = new CursorCodec(keys.cursorKey(), clock, CursorCodec.TIMEOUT);
            codec = known;
        }
        return known;
    }
}
