package com.dashify.identity.application.audit.port.out;

import com.dashify.identity.application.query.AuditFilter;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.StoredAuditRecord;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An audit trail that keeps entries in memory and reads them back as the real store does, and can
 * be told to fail, for application tests.
 */
public final class RecordingAuditTrail implements AuditTrail, AuditRecords {

    private static final Comparator<StoredAuditRecord> NEWEST_FIRST =
            Comparator.comparing(StoredAuditRecord::occurredAt).thenComparing(StoredAuditRecord::id).reversed();

    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<Kept> kept = new ArrayList<>();
    private boolean failing;

    private record Kept(TenantId tenantId, StoredAuditRecord stored) {
    }

    @Override
    public synchronized void record(AuditEntry entry) {
        if (failing) {
            throw new IllegalStateException("audit store unavailable");
        }
        entries.add(entry);
        kept.add(new Kept(entry.tenantId(), stored(UUID.randomUUID().toString(), entry)));
    }

    @Override
    public synchronized void recordRefusal(AuditEntry entry) {
        record(entry);
    }

    @Override
    public synchronized List<StoredAuditRecord> find(TenantId tenantId, AuditFilter filter, AuditPosition after,
            int limit) {
        return kept.stream()
                .filter(record -> record.tenantId().equals(tenantId))
                .map(Kept::stored)
                .filter(record -> matches(record, filter))
                .filter(record -> after == null || isAfter(record, after))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<TokenDay> byTokenAndDay(TenantId tenantId, LocalDate first, LocalDate last) {
        Map<List<Object>, long[]> counts = new TreeMap<>(Comparator.comparing((List<Object> key) -> (String) key.get(0))
                .thenComparing(key -> (LocalDate) key.get(1)));
        kept.stream().filter(record -> record.tenantId().equals(tenantId)).map(Kept::stored)
                .filter(record -> record.actorTokenId() != null)
                .filter(record -> !(record.outcome().equals("success") && record.action().equals("user.update")
                        && record.changes().isEmpty()))
                .forEach(record -> {
                    LocalDate day = LocalDate.ofInstant(record.occurredAt(), ZoneOffset.UTC);
                    if (!day.isBefore(first) && !day.isAfter(last)) {
                        counts.computeIfAbsent(List.of(record.actorTokenId(), day), key -> new long[2])
                                [record.outcome().equals("success") ? 0 : 1]++;
                    }
                });
        return counts.entrySet().stream().map(entry -> new TokenDay((String) entry.getKey().get(0),
                (LocalDate) entry.getKey().get(1), entry.getValue()[0], entry.getValue()[1])).toList();
    }

    @Override
    public synchronized List<StoredAuditRecord> latestRefusals(TenantId tenantId, String tokenId, Instant since,
                                                               int limit) {
        return kept.stream().filter(record -> record.tenantId().equals(tenantId)).map(Kept::stored)
                .filter(record -> tokenId.equals(record.actorTokenId()) && !record.outcome().equals("success")
                        && !record.occurredAt().isBefore(since))
                .sorted(NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void failFromNowOn() {
        failing = true;
    }

    private static boolean matches(StoredAuditRecord record, AuditFilter filter) {
        return oneOfOrUnfiltered(filter.actorUserIds(), record.actorUserId())
                && oneOfOrUnfiltered(filter.targetIds(), record.targetId())
                && equalOrUnfiltered(filter.action(), record.action())
                && equalOrUnfiltered(filter.outcome(), record.outcome())
                && (filter.from() == null || !record.occurredAt().isBefore(filter.from()))
                && (filter.to() == null || record.occurredAt().isBefore(filter.to()));
    }

    private static boolean oneOfOrUnfiltered(Set<String> wanted, String value) {
        return wanted == null || value != null && wanted.contains(value);
    }

    private static boolean equalOrUnfiltered(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    private static boolean isAfter(StoredAuditRecord record, AuditPosition after) {
        int byTime = record.occurredAt().compareTo(after.occurredAt());
        return byTime < 0 || byTime == 0 && record.id().compareTo(after.recordId()) < 0;
    }

    private static StoredAuditRecord stored(String id, AuditEntry entry) {
        return new StoredAuditRecord(id, entry.occurredAt(), entry.actorType(), text(entry.actorUserId()),
                text(entry.actorTokenId()), text(entry.actorSessionId()), entry.action(), entry.targetType(),
                entry.targetId(), entry.requestId(), entry.clientAddress(), entry.userAgent(),
                outcome(entry.outcome()), String.join(" ", entry.changes()), entry.payload());
    }

    private static String text(Object id) {
        return Objects.toString(id, null);
    }

    /** As the real store writes an outcome; the audit trail contract holds the two to the same text. */
    private static String outcome(Outcome outcome) {
        if (outcome.succeeded()) {
            return "success";
        }
        if (outcome.answer() != null && !outcome.answer().isBlank()) {
            return outcome.answer();
        }
        return switch (outcome.refusal()) {
            case INVALID -> "400";
            case UNAUTHENTICATED -> "401";
            case FORBIDDEN -> "403";
            case NOT_FOUND -> "404";
            case CONFLICT -> "409";
            case STALE -> "412";
        };
    }
}
