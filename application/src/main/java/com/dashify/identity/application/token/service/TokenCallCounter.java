package com.dashify.identity.application.token.service;

import com.dashify.identity.application.token.port.in.WriteTokenCallCountsUseCase;
import com.dashify.identity.application.token.port.in.WriteTokenCallCountsUseCase.TokenCalls;
import com.dashify.identity.application.token.port.out.TokenCallCounts;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts authenticated calls in memory, per token and day (UTC), so that an authentication costs an
 * addition, not a write; hands them over to be written ({@link #drain}) and takes back those that
 * could not be ({@link #restore}). A node that dies loses the calls since its last write.
 */
public final class TokenCallCounter {

    private final ConcurrentMap<Key, Long> counted = new ConcurrentHashMap<>();

    /** One call of the token, at that instant. */
    void called(TenantId tenantId, TokenId tokenId, Instant at) {
        counted.merge(new Key(tenantId, tokenId, LocalDate.ofInstant(at, ZoneOffset.UTC)), 1L, Long::sum);
    }

    /** The calls counted so far, each taken out whole: a call counted meanwhile stays for the next drain. */
    public List<TokenCalls> drain() {
        List<TokenCalls> drained = new ArrayList<>();
        for (Key key : counted.keySet()) {
            Long calls = counted.remove(key);
            if (calls != null) {
                drained.add(new TokenCalls(key.tenantId(), key.tokenId(), key.day(), calls));
            }
        }
        return drained;
    }

    /** Takes back counts that were drained and could not be written. */
    public void restore(List<TokenCalls> notWritten) {
        notWritten.forEach(calls -> counted.merge(new Key(calls.tenantId(), calls.tokenId(), calls.day()),
                calls.calls(), Long::sum));
    }

    /** Writes counts to the store. */
    public static WriteTokenCallCountsUseCase writer(TokenCallCounts store) {
        return counts -> counts.forEach(calls -> store.add(calls.tenantId(), calls.tokenId(), calls.day(),
                calls.calls()));
    }

    private record Key(TenantId tenantId, TokenId tokenId, LocalDate day) {
    }
}
