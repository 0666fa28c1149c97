package com.dashify.identity.application.audit.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.query.AuditFilter;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.StoredAuditRecord;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.user.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrail}, with the {@link AuditRecords} that read it back, must do, run
 * against the in-memory trail and the JPA store on H2 and on PostgreSQL, so that what application
 * tests see recorded is what an admin reads.
 */
public abstract class AuditTrailContract {

    /** With milliseconds, which every store keeps. */
    protected static final Instant T0 = Instant.parse("2026-07-01T08:00:00.123Z");

    private static final Comparator<StoredAuditRecord> NEWEST_FIRST =
            Comparator.comparing(StoredAuditRecord::occurredAt).thenComparing(StoredAuditRecord::id).reversed();

    /** What a refusal no adapter answered reads back as: the status every adapter answers it with. */
    private static final Map<Refusal, String> STATUS = new EnumMap<>(Map.of(
            Refusal.INVALID, "400",
            Refusal.UNAUTHENTICATED, "401",
            Refusal.FORBIDDEN, "403",
            Refusal.NOT_FOUND, "404",
            Refusal.CONFLICT, "409",
            Refusal.STALE, "412"));

    protected TenantId tenant;
    protected TenantId otherTenant;
    private final UserId alice = UserId.newId();
    private final UserId bob = UserId.newId();

    /** The trail under test; each test writes to tenants of its own. */
    protected abstract AuditTrail trail();

    /** Reads what {@link #trail()} wrote. */
    protected abstract AuditRecords records();

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void newTenants() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
    }

    private void record(AuditEntry... entries) {
        inTransaction(() -> {
            for (AuditEntry entry : entries) {
                trail().record(entry);
            }
            return null;
        });
    }

    private void recordRefusal(AuditEntry entry) {
        inTransaction(() -> {
            trail().recordRefusal(entry);
            return null;
        });
    }

    private List<StoredAuditRecord> find(TenantId tenantId, AuditFilter filter, AuditPosition after, int limit) {
        return inTransaction(() -> records().find(tenantId, filter, after, limit));
    }

    private List<StoredAuditRecord> all(AuditFilter filter) {
        return find(tenant, filter, null, 1000);
    }

    private StoredAuditRecord theOnlyRecord() {
        List<StoredAuditRecord> all = all(AuditFilter.none());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** A user's change, told apart from others by its request id. */
    private static AuditEntry entry(TenantId tenantId, String requestId, Instant at) {
        return new AuditEntry(tenantId, at, "user", UserId.newId(), null, null, "user.update", "user", "u-1",
                requestId, null, null, Outcome.SUCCESS, List.of("profile_updated"), null);
    }

    private static AuditEntry entry(TenantId tenantId, String requestId, Instant at, UserId actor, String action,
                                    String targetId, Outcome outcome) {
        return new AuditEntry(tenantId, at, actor == null ? "anonymous" : "user", actor, null, null, action,
                targetId == null ? null : "user", targetId, requestId, "192.0.2.7", "Okta SCIM Client 1.0.0",
                outcome, List.of(), null);
    }

    private static List<String> requestIds(List<StoredAuditRecord> records) {
        return records.stream().map(StoredAuditRecord::requestId).toList();
    }

    private static AuditEntry throughToken(TenantId tenantId, TokenId token, String requestId, Instant at,
                                           Outcome outcome, List<String> reasons) {
        return new AuditEntry(tenantId, at, "user", UserId.newId(), token, null, "user.provision", "user", "u-1",
                requestId, null, null, outcome, reasons, null);
    }

    @Test
    void eachTokensRecordsAreCountedPerDayInUtcAndItsLatestRefusalsReadNewestFirst() {
        TokenId okta = TokenId.newId();
        TokenId entra = TokenId.newId();
        Instant dayOne = Instant.parse("2026-07-01T23:59:59.500Z");
        Instant dayTwo = Instant.parse("2026-07-02T00:00:00.500Z");
        Outcome taken = Outcome.refused(Refusal.CONFLICT, "409 uniqueness");
        record(throughToken(tenant, okta, "o1", dayOne, Outcome.SUCCESS, List.of("provisioned")),
                throughToken(tenant, okta, "o2", dayOne.minusSeconds(60), Outcome.SUCCESS, List.of("provisioned")),
                throughToken(tenant, okta, "o3", dayTwo, Outcome.SUCCESS, List.of("provisioned")),
                throughToken(tenant, entra, "e1", dayTwo, Outcome.SUCCESS, List.of("provisioned")),
                throughToken(tenant, okta, "old", dayOne.minusSeconds(86_400 * 3), Outcome.SUCCESS, List.of()),
                throughToken(otherTenant, okta, "theirs", dayTwo, Outcome.SUCCESS, List.of()),
                new AuditEntry(tenant, dayTwo, "user", UserId.newId(), okta, null, "user.update", "user", "u-1",
                        "no-op", null, null, Outcome.SUCCESS, List.of(), null),
                entry(tenant, "no-token", dayTwo));
        recordRefusal(throughToken(tenant, okta, "o4", dayTwo.plusSeconds(1), taken,
                List.of("userName 'ada@acme.example' is already taken")));
        recordRefusal(throughToken(tenant, okta, "o5", dayTwo.plusSeconds(2), Outcome.refused(Refusal.INVALID),
                List.of()));

        List<AuditRecords.TokenDay> days = inTransaction(() -> records().byTokenAndDay(tenant,
                LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-02")));
        Instant since = Instant.parse("2026-07-01T00:00:00Z");
        List<StoredAuditRecord> refusals = inTransaction(() -> records().latestRefusals(tenant, okta.toString(),
                since, 10));
        List<StoredAuditRecord> newest = inTransaction(() -> records().latestRefusals(tenant, okta.toString(),
                since, 1));

        assertThat(days).containsExactlyInAnyOrder(
                new AuditRecords.TokenDay(okta.toString(), LocalDate.parse("2026-07-01"), 2, 0),
                new AuditRecords.TokenDay(okta.toString(), LocalDate.parse("2026-07-02"), 1, 2),
                new AuditRecords.TokenDay(entra.toString(), LocalDate.parse("2026-07-02"), 1, 0));
        assertThat(refusals).extracting(StoredAuditRecord::requestId).containsExactly("o5", "o4");
        assertThat(refusals.get(1).outcome()).isEqualTo("409 uniqueness");
        assertThat(refusals.get(1).changes()).isEqualTo("userName 'ada@acme.example' is already taken");
        assertThat(newest).extracting(StoredAuditRecord::requestId).containsExactly("o5");
        assertThat(inTransaction(() -> records().latestRefusals(tenant, entra.toString(), since, 10))).isEmpty();
        assertThat(inTransaction(() -> records().latestRefusals(tenant, okta.toString(), dayTwo.plusSeconds(2), 10)))
                .as("since an instant").extracting(StoredAuditRecord::requestId).containsExactly("o5");
    }

    @Test
    void recordedChangeReadsBackWithEveryField() {
        UserId actor = UserId.newId();
        TokenId token = TokenId.newId();
        SessionId session = SessionId.newId();
        // A SCIM body can be up to 1 MiB; the whole of what was sent reads back.
        String payload = "{\"userName\":\"" + "x".repeat(200_000) + "\"}";
        record(new AuditEntry(tenant, T0, "user", actor, token, session, "user.update", "user", "u-42", "req-42",
                "192.0.2.7", "Okta SCIM Client 1.0.0", Outcome.SUCCESS, List.of("profile_updated", "deactivated"),
                payload));

        StoredAuditRecord stored = theOnlyRecord();

        assertThat(stored.id()).isNotBlank();
        assertThat(stored).isEqualTo(new StoredAuditRecord(stored.id(), T0, "user", actor.toString(), token.toString(),
                session.toString(), "user.update", "user", "u-42", "req-42", "192.0.2.7", "Okta SCIM Client 1.0.0",
                "success", "profile_updated deactivated", payload));
        assertThat(stored.position()).isEqualTo(new AuditPosition(T0, stored.id()));
    }

    @Test
    void recordedRefusalReadsBackWithEveryField() {
        UserId actor = UserId.newId();
        SessionId session = SessionId.newId();
        recordRefusal(new AuditEntry(tenant, T0, "user", actor, null, session, "user.create", "user", null, "req-7",
                "2001:db8::7", "Mozilla/5.0", Outcome.refused(Refusal.CONFLICT, "409 uniqueness"),
                List.of("user_name_taken"), "{\"userName\":\"ada\"}"));

        StoredAuditRecord stored = theOnlyRecord();

        assertThat(stored).isEqualTo(new StoredAuditRecord(stored.id(), T0, "user", actor.toString(), null,
                session.toString(), "user.create", "user", null, "req-7", "2001:db8::7", "Mozilla/5.0",
                "409 uniqueness", "user_name_taken", "{\"userName\":\"ada\"}"));
    }

    @Test
    void anonymousRefusalReadsBackWithoutAnActor() {
        TokenId token = TokenId.newId();
        recordRefusal(new AuditEntry(tenant, T0, "anonymous", null, token, null, "token.authenticate", "token",
                token.toString(), "req-8", "198.51.100.9", "curl/8.5.0", Outcome.refused(Refusal.UNAUTHENTICATED),
                List.of("token_revoked"), null));

        StoredAuditRecord stored = theOnlyRecord();

        assertThat(stored).isEqualTo(new StoredAuditRecord(stored.id(), T0, "anonymous", null, token.toString(), null,
                "token.authenticate", "token", token.toString(), "req-8", "198.51.100.9", "curl/8.5.0", "401",
                "token_revoked", null));
    }

    @Test
    void entryWithOnlyItsRequiredFieldsReadsBackWithNoChanges() {
        record(new AuditEntry(tenant, T0, "system", null, null, null, "audit.prune", null, null, null, null, null,
                Outcome.SUCCESS, null, null));

        StoredAuditRecord stored = theOnlyRecord();

        assertThat(stored).isEqualTo(new StoredAuditRecord(stored.id(), T0, "system", null, null, null,
                "audit.prune", null, null, null, null, null, "success", "", null));
    }

    @Test
    void changesReadBackJoinedWithSpacesInTheOrderTheyHappened() {
        record(new AuditEntry(tenant, T0, "user", alice, null, null, "user.deactivate", "user", "u-1", "req-1", null,
                null, Outcome.SUCCESS, List.of("deactivated", "sessions_revoked", "tokens_revoked"), null));

        assertThat(theOnlyRecord().changes()).isEqualTo("deactivated sessions_revoked tokens_revoked");
    }

    @Test
    void outcomeReadsBackAsSuccessTheAdaptersAnswerOrTheStatusOfTheRefusal() {
        assertThat(STATUS).as("every kind of refusal has a status").containsOnlyKeys(Refusal.values());
        record(entry(tenant, "success", T0, alice, "user.update", "u-1", Outcome.SUCCESS));
        recordRefusal(entry(tenant, "answered", T0, alice, "user.create", "u-1",
                Outcome.refused(Refusal.CONFLICT, "409 uniqueness")));
        recordRefusal(entry(tenant, "blank answer", T0, alice, "user.update", "u-1",
                Outcome.refused(Refusal.FORBIDDEN, " ")));
        for (Refusal refusal : Refusal.values()) {
            recordRefusal(entry(tenant, refusal.name(), T0, null, "token.authenticate", null,
                    Outcome.refused(refusal)));
        }

        Map<String, String> outcomes = all(AuditFilter.none()).stream()
                .collect(Collectors.toMap(StoredAuditRecord::requestId, StoredAuditRecord::outcome));

        assertThat(outcomes).hasSize(3 + Refusal.values().length)
                .containsEntry("success", "success")
                .containsEntry("answered", "409 uniqueness")
                .containsEntry("blank answer", "403");
        STATUS.forEach((refusal, status) -> assertThat(outcomes).containsEntry(refusal.name(), status));
    }

    @Test
    void newestComeFirstAndRecordsOfOneInstantInDescendingIdOrder() {
        record(entry(tenant, "a", T0.plusSeconds(1)));
        record(entry(tenant, "b", T0.plusSeconds(3)));
        // One use case writes several records of one instant, as a deactivation writes its revocations.
        record(entry(tenant, "c1", T0.plusSeconds(2)), entry(tenant, "c2", T0.plusSeconds(2)),
                entry(tenant, "c3", T0.plusSeconds(2)));
        recordRefusal(entry(tenant, "c4", T0.plusSeconds(2)));
        record(entry(tenant, "d", T0));

        List<StoredAuditRecord> all = all(AuditFilter.none());

        assertThat(all).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(all).extracting(StoredAuditRecord::id).doesNotHaveDuplicates();
        assertThat(requestIds(all)).hasSize(7).startsWith("b").endsWith("a", "d");
        assertThat(requestIds(all).subList(1, 5)).containsExactlyInAnyOrder("c1", "c2", "c3", "c4");
        assertThat(all(AuditFilter.none())).as("the same order every time").isEqualTo(all);
    }

    @Test
    void theLimitIsAnUpperBound() {
        record(entry(tenant, "a", T0), entry(tenant, "b", T0.plusSeconds(1)), entry(tenant, "c", T0.plusSeconds(2)));

        assertThat(requestIds(find(tenant, AuditFilter.none(), null, 2))).containsExactly("c", "b");
        assertThat(find(tenant, AuditFilter.none(), null, 0)).as("at most none").isEmpty();
    }

    @Test
    void pagingByPositionMissesAndRepeatsNothing() {
        for (int i = 0; i < 7; i++) {
            // Two records share each instant, and another tenant's share them too.
            record(entry(tenant, "r" + i, T0.plusSeconds(i / 2)));
            record(entry(otherTenant, "other" + i, T0.plusSeconds(i / 2)));
        }
        List<StoredAuditRecord> all = all(AuditFilter.none());
        assertThat(requestIds(all)).containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4", "r5", "r6");

        for (int pageSize : List.of(1, 2, 3, 7)) {
            assertThat(walk(tenant, AuditFilter.none(), pageSize)).as("pages of %d", pageSize).isEqualTo(all);
        }
        for (int i = 0; i < all.size(); i++) {
            assertThat(find(tenant, AuditFilter.none(), all.get(i).position(), 100)).as("after record %d", i)
                    .isEqualTo(all.subList(i + 1, all.size()));
        }
        assertThat(find(tenant, AuditFilter.none(), null, 2)).as("the newest two").isEqualTo(all.subList(0, 2));
    }

    /**
     * Reads page after page, each after the last record of the one before, until one is not full; a
     * store that repeats a record fails here, rather than walking for ever.
     */
    private List<StoredAuditRecord> walk(TenantId tenantId, AuditFilter filter, int pageSize) {
        List<StoredAuditRecord> walked = new ArrayList<>();
        AuditPosition after = null;
        while (true) {
            List<StoredAuditRecord> page = find(tenantId, filter, after, pageSize);
            assertThat(page).hasSizeLessThanOrEqualTo(pageSize)
                    .as("a page after %s repeats no record", after).noneMatch(walked::contains);
            walked.addAll(page);
            if (page.size() < pageSize) {
                return walked;
            }
            after = page.get(page.size() - 1).position();
        }
    }

    /**
     * Six records of the tenant, told apart by request id, and records of another tenant that
     * match every filter the tests use.
     *
     * <pre>
     * r1  T0     alice      user.update         u-1   success
     * r2  T0+1s  bob        user.update         u-2   409 uniqueness (refused)
     * r3  T0+2s  alice      user.create         u-2   success
     * r4  T0+2s  anonymous  token.authenticate  -     401 (refused)
     * r5  T0+3s  alice      user.update         u-1   409 uniqueness (refused)
     * r6  T0+4s  bob        user.deactivate     u-10  success
     * </pre>
     */
    private void givenRecords() {
        Outcome uniqueness = Outcome.refused(Refusal.CONFLICT, "409 uniqueness");
        record(entry(tenant, "r1", T0, alice, "user.update", "u-1", Outcome.SUCCESS));
        recordRefusal(entry(tenant, "r2", T0.plusSeconds(1), bob, "user.update", "u-2", uniqueness));
        record(entry(tenant, "r3", T0.plusSeconds(2), alice, "user.create", "u-2", Outcome.SUCCESS));
        recordRefusal(entry(tenant, "r4", T0.plusSeconds(2), null, "token.authenticate", null,
                Outcome.refused(Refusal.UNAUTHENTICATED)));
        recordRefusal(entry(tenant, "r5", T0.plusSeconds(3), alice, "user.update", "u-1", uniqueness));
        record(entry(tenant, "r6", T0.plusSeconds(4), bob, "user.deactivate", "u-10", Outcome.SUCCESS));
        for (int i = 0; i <= 4; i++) {
            record(entry(otherTenant, "other-success" + i, T0.plusSeconds(i), alice, "user.update", "u-1",
                    Outcome.SUCCESS));
            recordRefusal(entry(otherTenant, "other-refused" + i, T0.plusSeconds(i), alice, "user.update", "u-1",
                    uniqueness));
        }
    }

    /** The tenant's records with these request ids, in the order an unfiltered read returns them. */
    private List<String> inReadOrder(String... requestIds) {
        Set<String> wanted = Set.of(requestIds);
        List<String> ordered = requestIds(all(AuditFilter.none())).stream().filter(wanted::contains).toList();
        assertThat(ordered).hasSameSizeAs(requestIds);
        return ordered;
    }

    private List<String> found(AuditFilter filter) {
        return requestIds(all(filter));
    }

    private static AuditFilter actor(UserId actorUserId) {
        return new AuditFilter(Set.of(actorUserId.toString()), null, null, null, null, null);
    }

    private static AuditFilter target(String targetId) {
        return new AuditFilter(null, Set.of(targetId), null, null, null, null);
    }

    private static AuditFilter action(String action) {
        return new AuditFilter(null, null, action, null, null, null);
    }

    private static AuditFilter outcome(String outcome) {
        return new AuditFilter(null, null, null, outcome, null, null);
    }

    private static AuditFilter between(Instant from, Instant to) {
        return new AuditFilter(null, null, null, null, from, to);
    }

    @Test
    void filterByActingUserFindsOnlyTheirRecords() {
        givenRecords();

        assertThat(found(actor(alice))).isEqualTo(inReadOrder("r5", "r3", "r1"));
        assertThat(found(actor(bob))).isEqualTo(inReadOrder("r6", "r2"));
        assertThat(found(actor(UserId.newId()))).isEmpty();
    }

    @Test
    void filterByTargetFindsOnlyRecordsOfThatTarget() {
        givenRecords();

        assertThat(found(target("u-1"))).isEqualTo(inReadOrder("r5", "r1"));
        assertThat(found(target("u-2"))).isEqualTo(inReadOrder("r3", "r2"));
    }

    @Test
    void filterByActionFindsOnlyThatAction() {
        givenRecords();

        assertThat(found(action("user.update"))).isEqualTo(inReadOrder("r5", "r2", "r1"));
        assertThat(found(action("token.authenticate"))).isEqualTo(inReadOrder("r4"));
    }

    @Test
    void filterByOutcomeMatchesTheOutcomeAsItReadsBack() {
        givenRecords();

        assertThat(found(outcome("success"))).isEqualTo(inReadOrder("r6", "r3", "r1"));
        assertThat(found(outcome("409 uniqueness"))).isEqualTo(inReadOrder("r5", "r2"));
        assertThat(found(outcome("401"))).isEqualTo(inReadOrder("r4"));
    }

    @Test
    void filtersCompareWholeValuesExactly() {
        givenRecords();

        assertThat(found(target("u"))).as("a prefix").isEmpty();
        assertThat(found(target("U-1"))).as("another case").isEmpty();
        assertThat(found(action("user"))).isEmpty();
        assertThat(found(action("USER.UPDATE"))).isEmpty();
        assertThat(found(outcome("409"))).as("the status alone of an answered refusal").isEmpty();
        assertThat(found(outcome("SUCCESS"))).isEmpty();
    }

    @Test
    void timeRangeIncludesItsStartAndExcludesItsEnd() {
        givenRecords();

        assertThat(found(between(T0.plusSeconds(1), T0.plusSeconds(3)))).isEqualTo(inReadOrder("r4", "r3", "r2"));
        assertThat(found(between(T0.plusSeconds(3), null))).isEqualTo(inReadOrder("r6", "r5"));
        assertThat(found(between(null, T0.plusSeconds(2)))).isEqualTo(inReadOrder("r2", "r1"));
        assertThat(found(between(T0.plusSeconds(2), T0.plusSeconds(2)))).as("an empty range").isEmpty();
        assertThat(found(between(T0.plusSeconds(2), T0.plusSeconds(2).plusMillis(1))))
                .isEqualTo(inReadOrder("r4", "r3"));
    }

    @Test
    void actorsAndTargetsMatchAnyOfTheirIdsAndNoIdsMatchNothing() {
        givenRecords();

        assertThat(found(new AuditFilter(Set.of(alice.toString(), bob.toString()), null, "user.deactivate", null,
                null, null))).isEqualTo(inReadOrder("r6"));
        assertThat(found(new AuditFilter(null, Set.of("u-1", "u-2"), null, null, null, null)))
                .isEqualTo(inReadOrder("r5", "r3", "r2", "r1"));
        assertThat(found(new AuditFilter(Set.of(), null, null, null, null, null))).isEmpty();
        assertThat(found(new AuditFilter(null, Set.of(), null, null, null, null))).isEmpty();
    }

    @Test
    void filtersCombineAndPageWithoutGapsOrRepeats() {
        givenRecords();
        AuditFilter everyField = new AuditFilter(Set.of(alice.toString()), Set.of("u-1"), "user.update",
                "409 uniqueness", T0.plusSeconds(3), T0.plusSeconds(4));

        assertThat(found(new AuditFilter(Set.of(alice.toString()), null, "user.update", null, null, null)))
                .isEqualTo(inReadOrder("r5", "r1"));
        assertThat(found(new AuditFilter(Set.of(alice.toString()), null, "user.update", "success", null, null)))
                .isEqualTo(inReadOrder("r1"));
        assertThat(found(new AuditFilter(null, Set.of("u-2"), null, "success", null, null))).isEqualTo(inReadOrder("r3"));
        assertThat(found(new AuditFilter(Set.of(alice.toString()), null, null, null, T0.plusSeconds(2), null)))
                .isEqualTo(inReadOrder("r5", "r3"));
        assertThat(found(everyField)).isEqualTo(inReadOrder("r5"));
        assertThat(found(new AuditFilter(Set.of(alice.toString()), Set.of("u-1"), "user.update", "409 uniqueness", T0.plusSeconds(3),
                T0.plusSeconds(3)))).isEmpty();
        AuditFilter updates = action("user.update");
        assertThat(walk(tenant, updates, 1)).isEqualTo(all(updates));
        assertThat(walk(tenant, between(T0.plusSeconds(1), null), 2)).isEqualTo(all(between(T0.plusSeconds(1), null)));
    }

    @Test
    void anotherTenantsRecordsAreNeverReturned() {
        givenRecords();
        List<StoredAuditRecord> others = find(otherTenant, AuditFilter.none(), null, 1000);

        assertThat(requestIds(all(AuditFilter.none()))).containsExactlyInAnyOrder("r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(found(new AuditFilter(Set.of(alice.toString()), Set.of("u-1"), "user.update", "success", null, null)))
                .isEqualTo(inReadOrder("r1"));
        assertThat(find(tenant, AuditFilter.none(), others.get(2).position(), 1000))
                .extracting(StoredAuditRecord::requestId)
                .as("after a position in the other tenant's trail").isNotEmpty().allMatch(id -> id.startsWith("r"));
        assertThat(walk(tenant, AuditFilter.none(), 2)).extracting(StoredAuditRecord::requestId)
                .containsExactlyInAnyOrder("r1", "r2", "r3", "r4", "r5", "r6");
        assertThat(requestIds(others)).hasSize(10).allMatch(id -> id.startsWith("other-"));
        assertThat(find(TenantId.newId(), AuditFilter.none(), null, 1000)).as("a tenant with no records").isEmpty();
    }
}
