package com.dashify.identity.application.token.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Call counts in memory, for application tests; the token repository's contract holds them to the JPA store's. */
public final class InMemoryTokenCallCounts implements TokenCallCounts {

    private final Map<String, Long> counts = new TreeMap<>();

    @Override
    public synchronized void add(TenantId tenantId, TokenId tokenId, LocalDate day, long calls) {
        counts.merge(tenantId + " " + tokenId + " " + day, calls, Long::sum);
    }

    @Override
    public synchronized List<DailyCalls> since(TenantId tenantId, LocalDate from) {
        return counts.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey().split(" "), entry.getValue()))
                .filter(entry -> entry.getKey()[0].equals(tenantId.toString())
                        && !LocalDate.parse(entry.getKey()[2]).isBefore(from))
                .map(entry -> new DailyCalls(TokenId.parse(entry.getKey()[1]).orElseThrow(),
                        LocalDate.parse(entry.getKey()[2]), entry.getValue()))
                .toList();
    }
}
