package com.dashify.identity.adapter.persistence.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A row of {@code token_calls}: calls a token authenticated on a day, as one node counted them. */
@Entity(name = "TokenCalls")
@Table(name = "token_calls")
public class TokenCallsJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "tenant_id", nullable = false, length = 36)
    String tenantId;

    @Column(name = "token_id", nullable = false, length = 36)
    String tokenId;

    @Column(name = "call_day", nullable = false)
    LocalDate day;

    @Column(name = "node", nullable = false, length = 36)
    String node;

    @Column(name = "calls", nullable = false)
    long calls;
}
