package com.dashify.identity.application.token.port.in;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes calls that tokens authenticated, counted on this node since the last write: the service
 * does it every few seconds on its own, and once more when the node stops.
 */
public interface WriteTokenCallCountsUseCase {

    /** Adds the counts to the stored ones, all or none. */
    void write(List<TokenCalls> counts);

    /** Calls a token authenticated on a day (UTC). */
    record TokenCalls(TenantId tenantId, TokenId tokenId, LocalDate day, long calls) {
    }
}
