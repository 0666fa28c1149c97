package com.dashify.identity.adapter.rest.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.adapter.rest.scim.protocol.ScimException;
import com.dashify.identity.application.query.Keyset;
import com.dashify.identity.application.query.KeysetRequest;
import com.dashify.identity.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cursor pages over a list in creation order: forward, back, and what each page links to. */
class CursorPagingTest {

    private static final Instant T0 = Instant.parse("2026-02-02T08:00:00Z");

    private final TenantId tenant = TenantId.newId();
    private final CursorPaging paging = new CursorPaging(
            () -> "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
            Clock.fixed(T0, ZoneOffset.UTC));
    private final List<Keyset> rows = IntStream.range(0, 7)
            .mapToObj(i -> new Keyset(T0.plusSeconds(i / 2), "id-" + i)).toList();

    @Test
    void nextCursorsWalkEveryRowOnceAndTheLastPageHasNone() {
        List<String> seen = new ArrayList<>();
        CursorPaging.CursorPage<Keyset> page = page("");
        assertThat(page.previousCursor()).isNull();
        assertThat(page.totalResults()).isEqualTo(7L);
        while (true) {
            page.items().forEach(row -> seen.add(row.id()));
            if (page.nextCursor() == null) {
                break;
            }
            page = page(page.nextCursor());
            assertThat(page.totalResults()).isNull();
            assertThat(page.previousCursor()).isNotNull();
        }

        assertThat(seen).containsExactly("id-0", "id-1", "id-2", "id-3", "id-4", "id-5", "id-6");
    }

    @Test
    void previousCursorLeadsBackToThePageBefore() {
        CursorPaging.CursorPage<Keyset> second = page(page("").nextCursor());
        CursorPaging.CursorPage<Keyset> third = page(second.nextCursor());

        CursorPaging.CursorPage<Keyset> backToSecond = page(third.previousCursor());
        CursorPaging.CursorPage<Keyset> backToFirst = page(backToSecond.previousCursor());

        assertThat(ids(third)).containsExactly("id-6");
        assertThat(ids(backToSecond)).containsExactly("id-3", "id-4", "id-5");
        assertThat(backToSecond.nextCursor()).isNotNull();
        assertThat(ids(page(backToSecond.nextCursor()))).containsExactly("id-6");
        assertThat(ids(backToFirst)).containsExactly("id-0", "id-1", "id-2");
        assertThat(backToFirst.previousCursor()).isNull();
    }

    @Test
    void aCursorOfAnotherSearchIsInvalid() {
        String next = page("").nextCursor();

        assertThatThrownBy(() -> paging.page(tenant, "Users\nfilter active eq true", next, false, 3,
                this::read, row -> row, () -> 7)).isInstanceOf(ScimException.class)
                .extracting(thrown -> ((ScimException) thrown).scimType()).isEqualTo("invalidCursor");
        assertThatThrownBy(() -> paging.page(TenantId.newId(), "Users\n", next, false, 3,
                this::read, row -> row, () -> 7)).isInstanceOf(ScimException.class)
                .extracting(thrown -> ((ScimException) thrown).scimType()).isEqualTo("invalidCursor");
    }

    private CursorPaging.CursorPage<Keyset> page(String cursor) {
        return paging.page(tenant, "Users\n", cursor, false, 3, this::read, row -> row, () -> rows.size());
    }

    private List<Keyset> read(KeysetRequest request) {
        Comparator<Keyset> order = Comparator.comparing(Keyset::created).thenComparing(Keyset::id);
        Comparator<Keyset> direction = request.descending() ? order.reversed() : order;
        return rows.stream().filter(row -> request.after() == null || direction.compare(row, request.after()) > 0)
                .sorted(direction).limit(request.limit()).toList();
    }

    private static List<String> ids(CursorPaging.CursorPage<Keyset> page) {
        return page.items().stream().map(Keyset::id).toList();
    }
}
