package com.dashify.identity.application.token.port.out;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import java.time.LocalDate;
import java.util.List;

/**
 * How many requests each token authenticated, per day (UTC): what a directory's activity shows
 * beside its changes, which the audit trail holds. Counts only ever grow; each node adds its own.
 */
public interface TokenCallCounts {

    /** Adds calls to the token's count of the day. */
    void add(TenantId tenantId, TokenId tokenId, LocalDate day, long calls);

    /** The tenant's tokens' counts, per token and day, from a day on (days without calls left out). */
    List<DailyCalls> since(TenantId tenantId, LocalDate from);

    /** A token's calls on a day. */
    record DailyCalls(TokenId tokenId, LocalDate day, long calls) {
    }
}
