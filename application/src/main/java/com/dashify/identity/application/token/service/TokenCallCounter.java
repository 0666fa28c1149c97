package com.dashify.identity.application.token.service;

import com.dashify.identity.application.token.port.in.CountTokenCallsUseCase;
import com.dashify.identity.application.token.port.out.TokenCallCounts;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts authenticated calls in memory, per token and day (UTC), and writes them when asked: an
 * authentication costs an addition, not a write. A node that dies loses the calls since its last
 * write, at most a few seconds' worth.
 */
public final class TokenCallCounter implements CountTokenCallsUseCase {

    private final TokenCallCounts store;
    private final ConcurrentMap<Key, LongAdder> counted = new ConcurrentHashMap<>();

    public TokenCallCounter(TokenCallCounts store) {
        this.store = store;
    }

    /** One call of the token, at that instant. */
    void called(TenantId tenantId, TokenId tokenId, Instant at) {
        counted.computeIfAbsent(new Key(tenantId, tokenId, LocalDate.ofInstant(at, ZoneOffset.UTC)),
                key -> new LongAdder()).increment();
    }

    @Override
    public void writeCounts() {
        Map<Key, Long> drained = new HashMap<>();
        for (Map.Entry<Key, LongAdder> entry : counted.entrySet()) {
            long calls = entry.getValue().sumThenReset();
            if (calls == 0) {
                counted.remove(entry.getKey(), entry.getValue());
            } else {
                drained.put(entry.getKey(), calls);
            }
        }
        try {
            drained.forEach((key, calls) -> store.add(key.tenantId(), key.tokenId(), key.day(), calls));
        } catch (RuntimeException notWritten) {
            // The writes are one transaction, which this failure rolls back: all are kept for the next time.
            drained.forEach((key, calls) -> counted.computeIfAbsent(key, again -> new LongAdder()).add(calls));
            throw notWritten;
        }
    }

    private record Key(TenantId tenantId, TokenId tokenId, LocalDate day) {
    }
}
