package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.adapter.console.security.ConsoleSession;
import com.dashify.identity.application.audit.port.in.AuditChainUseCase;
import com.dashify.identity.application.audit.port.in.AuditChainUseCase.Verification;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.AuditPage;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.ReadAuditQuery;
import com.dashify.identity.application.query.AuditFilter;
import com.dashify.identity.application.query.AuditPosition;
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
 * filtered by the page's address ({@code actor}, {@code target}, {@code action}, {@code outcome},
 * {@code from}, {@code to}), a page at a time, and the chain's verification.
 */
@Named
@RequestScoped
public class AuditBean {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
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
            AuditFilter filter;
            AuditPosition after = null;
            try {
                filter = new AuditFilter(param("actor"), param("target"), param("action"), param("outcome"),
                        instant("from"), instant("to"));
                if (param("cursor") != null) {
                    after = AuditPosition.fromToken(param("cursor")).orElseThrow(() -> new IllegalArgumentException(
                            "That page is not one this console gave; start from the newest."));
                }
            } catch (IllegalArgumentException | DateTimeException wrong) {
                problem = wrong instanceof DateTimeException
                        ? "From and to are instants such as 2026-11-30T09:00:00Z." : wrong.getMessage();
                filter = AuditFilter.none();
                after = null;
            }
            page = reading.read(new ReadAuditQuery(session.user().actor(), filter, after, PAGE_SIZE));
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

        Row(StoredAuditRecord record) {
            this.record = record;
        }

        public String getTime() {
            return FORMAT.format(record.occurredAt());
        }

        public String getActor() {
            return record.actorUserId() == null ? record.actorType() : record.actorUserId();
        }

        public String getActorUserId() {
            return record.actorUserId();
        }

        public String getVia() {
            if (record.actorTokenId() != null) {
                return "token " + record.actorTokenId();
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
