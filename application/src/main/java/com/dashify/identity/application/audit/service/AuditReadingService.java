package com.dashify.identity.application.audit.service;

import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase;
import com.dashify.identity.application.audit.port.out.AuditRecords;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.query.AuditFilter;
import com.dashify.identity.application.query.NamedAuditRecord;
import com.dashify.identity.application.query.StoredAuditRecord;
import com.dashify.identity.application.token.port.out.TokenRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.TokenId;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.Permission;
import com.dashify.identity.domain.user.UserId;
import com.dashify.identity.domain.user.UserName;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the acting admin's tenant's audit trail, and nothing of any other tenant's, with the names
 * of the users and tokens its records name by id, read when the page is read (two queries a page).
 */
public final class AuditReadingService implements ReadAuditTrailUseCase {

    private static final String USER = "user";
    private static final String TOKEN = "token";

    private final AuditRecords records;
    private final UserRepository users;
    private final TokenRepository tokens;
    private final Authorization authorization;

    public AuditReadingService(AuditRecords records, UserRepository users, TokenRepository tokens) {
        this.records = records;
        this.users = users;
        this.tokens = tokens;
        this.authorization = new Authorization(users);
    }

    @Override
    public AuditPage read(ReadAuditQuery query) {
        authorization.require(query.actor(), Permission.MANAGE_ORGANISATION);
        TenantId tenant = query.actor().tenantId();
        Criteria criteria = query.criteria();
        AuditFilter filter = new AuditFilter(idOrUserNamed(tenant, criteria.actor()),
                idOrUserNamed(tenant, criteria.target()), criteria.action(), criteria.outcome(), criteria.from(),
                criteria.to());
        // One more than asked tells whether there is a next page without counting.
        List<StoredAuditRecord> found = records.find(tenant, filter, query.after(), query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new AuditPage(named(tenant, found), Optional.empty());
        }
        List<StoredAuditRecord> page = found.subList(0, query.limit());
        return new AuditPage(named(tenant, page), Optional.of(page.get(page.size() - 1).position()));
    }

    /** The text as an id, and the ids of every user of the tenant who has or had it as user name. */
    private Set<String> idOrUserNamed(TenantId tenant, String text) {
        if (text == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        ids.add(text);
        userName(text).ifPresent(name -> users.idsNamed(tenant, name).forEach(id -> ids.add(id.toString())));
        return ids;
    }

    private static Optional<UserName> userName(String text) {
        try {
            return Optional.of(new UserName(text));
        } catch (InvalidValueException notAName) {
            return Optional.empty();
        }
    }

    private List<NamedAuditRecord> named(TenantId tenant, List<StoredAuditRecord> page) {
        Set<UserId> userIds = new HashSet<>();
        Set<TokenId> tokenIds = new HashSet<>();
        for (StoredAuditRecord record : page) {
            UserId.parse(record.actorUserId()).ifPresent(userIds::add);
            TokenId.parse(record.actorTokenId()).ifPresent(tokenIds::add);
            if (USER.equals(record.targetType())) {
                UserId.parse(record.targetId()).ifPresent(userIds::add);
            } else if (TOKEN.equals(record.targetType())) {
                TokenId.parse(record.targetId()).ifPresent(tokenIds::add);
            }
        }
        Map<UserId, UserName> userNames = userIds.isEmpty() ? Map.of() : users.userNames(tenant, userIds);
        Map<TokenId, TokenName> tokenNames = tokenIds.isEmpty() ? Map.of() : tokens.names(tenant, tokenIds);
        return page.stream().map(record -> new NamedAuditRecord(record,
                userName(userNames, record.actorUserId()),
                tokenName(tokenNames, record.actorTokenId()),
                switch (record.targetType() == null ? "" : record.targetType()) {
                    case USER -> userName(userNames, record.targetId());
                    case TOKEN -> tokenName(tokenNames, record.targetId());
                    default -> null;
                })).toList();
    }

    private static String userName(Map<UserId, UserName> names, String id) {
        return UserId.parse(id).map(names::get).map(UserName::value).orElse(null);
    }

    private static String tokenName(Map<TokenId, TokenName> names, String id) {
        return TokenId.parse(id).map(names::get).map(TokenName::value).orElse(null);
    }
}
