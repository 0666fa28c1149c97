package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.adapter.console.security.ConsoleSession;
import com.dashify.identity.application.audit.port.in.AuditChainUseCase;
import com.dashify.identity.application.audit.port.in.AuditChainUseCase.Verification;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.AuditPage;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.Criteria;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.ReadAuditQuery;
import com.dashify.identity.application.query.AuditPosition;
import com.dashify.identity.application.query.NamedAuditRecord;
import com.dashify.identity.application.query.StoredAuditRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The console's audit page, {@code /admin/audit.xhtml}: the organisation's audit trail newest first,
 * with the names of the users and tokens beside their ids, filtered by the page's address
 * ({@code actor} and {@code target} by id or user name, {@code action}, {@code outcome}, {@code from},
 * {@code to}), a page at a time, and the chain's verification.
 */
@Named
@RequestScoped
public class AuditBean {

    static final int PAGE_SIZE = 50;
    /** How the console shows an instant. */
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    ConsoleSession session;
    @Inject
    ReadAuditTrailUseCase reading;
    @Inject
    AuditChainUseCase chain;
    @Inject
    FacesContext faces;

    private AuditPage page;
    private String problem;

    public List<Row> getRecords() {
        return result().records().stream().map(Row::new).toList();
    }

    /** The cursor of the next (older) page, or null on the last page. */
    public String getOlder() {
        return result().next().map(AuditPosition::token).orElse(null);
    }

    /** What is wrong with the filter, if anything. */
    public String getProblem() {
        result();
        return problem;
    }

    public String param(String name) {
        String value = parameters().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Walks the chain and says what it found. */
    public String verify() {
        Verification verification = chain.verify(session.user().actor());
        String message = verification.firstBreak()
                .map(found -> "The audit trail was changed: the chain breaks at record " + found.recordId()
                        + " (link " + found.sequence() + ", " + found.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + "), after " + verification.checked() + " intact records.")
                .orElse("The audit trail is intact: " + verification.checked() + " records checked.");
        faces.addMessage(null, new FacesMessage(verification.intact() ? FacesMessage.SEVERITY_INFO
                : FacesMessage.SEVERITY_ERROR, message, null));
        return null;
    }

    private AuditPage result() {
        if (page == null) {
            Criteria criteria;
            AuditPosition after = null;
            try {
                criteria = new Criteria(param("actor"), param("target"), param("action"), param("outcome"),
                        instant("from"), instant("to"));
                if (param("cursor") != null) {
                    after = AuditPosition.fromToken(param("cursor")).orElseThrow(() -> new IllegalArgumentException(
                            "That page is not one this console gave; start from the newest."));
                }
            } catch (IllegalArgumentException | DateTimeException wrong) {
                problem = wrong instanceof DateTimeException
                        ? "From and to are instants such as 2026-11-30T09:00:00Z." : wrong.getMessage();
                criteria = Criteria.none();
                after = null;
            }
            page = reading.read(new ReadAuditQuery(session.user().actor(), criteria, after, PAGE_SIZE));
        }
        return page;
    }

    private Instant instant(String name) {
        String value = param(name);
        return value == null ? null : Instant.parse(value);
    }

    private Map<String, String> parameters() {
        return faces.getExternalContext().getRequestParameterMap();
    }

    /** One line of the table; a class with getters, as Expression Language 5 needs. */
    public static final class Row {

        private final StoredAuditRecord record;
        private final NamedAuditRecord named;

        Row(NamedAuditRecord named) {
            this.record = named.record();
            this.named = named;
        }

        public String getTime() {
            return FORMAT.format(record.occurredAt());
        }

        /** The acting user's name, or its id when it has none (any more), or what acted when no user did. */
        public String getActor() {
            if (record.actorUserId() == null) {
                return record.actorType();
            }
            return named.actorUserName() == null ? record.actorUserId() : named.actorUserName();
        }

        public String getActorUserId() {
            return record.actorUserId();
        }

        public String getVia() {
            if (record.actorTokenId() != null) {
                return "token " + (named.actorTokenName() == null ? record.actorTokenId() : named.actorTokenName());
            }
            return record.actorSessionId() == null ? "" : "session " + record.actorSessionId();
        }

        public String getAction() {
            return record.action();
        }

        public String getTargetType() {
            return record.targetType() == null ? "" : record.targetType();
        }

        public String getTargetId() {
            return record.targetId();
        }

        /** The target's name (a user's user name, a token's name), or its id when it has none. */
        public String getTarget() {
            return named.targetName() == null ? record.targetId() : named.targetName();
        }

        public boolean isUserTarget() {
            return "user".equals(record.targetType()) && record.targetId() != null;
        }

        public String getOutcome() {
            return record.outcome();
        }

        public String getChanges() {
            return record.changes();
        }

        public String getClientAddress() {
            return record.clientAddress() == null ? "" : record.clientAddress();
        }
    }
}
