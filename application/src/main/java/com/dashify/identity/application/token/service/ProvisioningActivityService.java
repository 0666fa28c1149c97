package com.dashify.identity.application.token.service;

import com.dashify.identity.application.audit.port.out.AuditRecords;
import com.dashify.identity.application.audit.port.out.AuditRecords.TokenDay;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.query.StoredAuditRecord;
import com.dashify.identity.application.token.port.in.ProvisioningActivityUseCase;
import com.dashify.identity.application.token.port.out.TokenCallCounts;
import com.dashify.identity.application.token.port.out.TokenCallCounts.DailyCalls;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.user.Permission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts together a directory's activity from its token (last use), the call counts, and the audit
 * trail (changes, refusals): three reads for the organisation, and one per directory for its
 * latest refusals.
 */
public final class ProvisioningActivityService implements ProvisioningActivityUseCase {

    private final TokenRepository tokens;
    private final TokenCallCounts calls;
    private final AuditRecords records;
    private final Authorization authorization;
    private final Clock clock;

    public ProvisioningActivityService(TokenRepository tokens, TokenCallCounts calls, AuditRecords records,
                                       UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.calls = calls;
        this.records = records;
        this.authorization = new Authorization(users);
        this.clock = clock;
    }

    @Override
    public List<DirectoryActivity> activity(Actor actor) {
        authorization.require(actor, Permission.MANAGE_ORGANISATION);
        TenantId tenant = actor.tenantId();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(DAYS - 1L);
        Instant from = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Map<LocalDate, Long>> callsByToken = new HashMap<>();
        for (DailyCalls day : calls.since(tenant, first)) {
            callsByToken.computeIfAbsent(day.tokenId().toString(), id -> new HashMap<>()).merge(day.day(),
                    day.calls(), Long::sum);
        }
        Map<String, Map<LocalDate, TokenDay>> recordsByToken = new HashMap<>();
        for (TokenDay day : records.byTokenAndDay(tenant, first, today)) {
            recordsByToken.computeIfAbsent(day.tokenId(), id -> new HashMap<>()).put(day.day(), day);
        }
        List<DirectoryActivity> directories = new ArrayList<>();
        for (PersonalAccessToken token : tokens.findAllOfTenant(tenant)) {
            String id = token.id().toString();
            boolean recent = token.lastUsedAt().map(used -> !used.isBefore(from)).orElse(false);
            if (!token.scopes().contains(Scope.SCIM) || token.revokedAt().isPresent() && !recent) {
                continue;
            }
            Map<LocalDate, Long> tokenCalls = callsByToken.getOrDefault(id, Map.of());
            Map<LocalDate, TokenDay> tokenRecords = recordsByToken.getOrDefault(id, Map.of());
            List<Day> days = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
                TokenDay recorded = tokenRecords.get(day);
                days.add(new Day(day, tokenCalls.getOrDefault(day, 0L), recorded == null ? 0 : recorded.succeeded(),
                        recorded == null ? 0 : recorded.refused()));
            }
            List<RefusedCall> refusals = records.latestRefusals(tenant, id, from, LATEST_REFUSALS).stream()
                    .map(ProvisioningActivityService::refusedCall).toList();
            directories.add(new DirectoryActivity(token.id(), token.name().value(), token.lastUsedAt(),
                    token.lastUsedFrom(), token.revokedAt().isPresent(), days, refusals));
        }
        directories.sort(Comparator.comparing((DirectoryActivity directory) -> directory.lastCall().orElse(Instant.MIN))
                .reversed());
        return directories;
    }

    /** A refusal as its record keeps it: the outcome is what the caller was told, the changes why. */
    private static RefusedCall refusedCall(StoredAuditRecord record) {
        String reason = record.changes() == null || record.changes().isBlank() ? null : record.changes();
        return new RefusedCall(record.occurredAt(), record.action(), record.targetId(), record.outcome(), reason);
    }
}
