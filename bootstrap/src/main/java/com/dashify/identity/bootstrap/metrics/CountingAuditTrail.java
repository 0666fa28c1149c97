package com.dashify.identity.bootstrap.metrics;

import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The audit trail, counting what it records about users and groups into the provisioning meters
 * once the recording transaction has committed: a change that rolls back is not counted. The
 * trail is where every door's changes meet, so the counts are those of the audit page.
 */
public final class CountingAuditTrail implements AuditTrail {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private final AuditTrail trail;
    private final ServiceMetrics metrics;
    /** Looked up on first use, in a request: the server binds it for the application's components. */
    private volatile TransactionSynchronizationRegistry transactions;

    public CountingAuditTrail(AuditTrail trail, ServiceMetrics metrics) {
        this.trail = trail;
        this.metrics = metrics;
    }

    @Override
    public void record(AuditEntry entry) {
        trail.record(entry);
        operation(entry.action(), false).ifPresent(operation -> afterCommit(entry, operation));
    }

    @Override
    public void recordRefusal(AuditEntry entry) {
        trail.recordRefusal(entry);
        operation(entry.action(), true).ifPresent(operation -> afterCommit(entry, operation));
    }

    private void afterCommit(AuditEntry entry, String operation) {
        String action = entry.action();
        String resource = action.startsWith("group.") ? "group" : action.startsWith("scim.") ? "bulk" : "user";
        transactions().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // counted only once the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    metrics.provisioned(entry.tenantId().toString(), resource, operation);
                }
            }
        });
    }

    private TransactionSynchronizationRegistry transactions() {
        TransactionSynchronizationRegistry found = transactions;
        if (found == null) {
            try {
                found = InitialContext.doLookup(REGISTRY);
            } catch (NamingException notBound) {
                throw new IllegalStateException(REGISTRY + " is not bound", notBound);
            }
            transactions = found;
        }
        return found;
    }

    /**
     * The provisioning operation an audit action stands for, if any: a change to a user or group, or
     * a refused attempt to make one (through SCIM, Bulk included, or any other door). Sign-ins, reads
     * and searches are not provisioning.
     */
    static Optional<String> operation(String action, boolean refused) {
        int dot = action.indexOf('.');
        String kind = dot < 0 ? action : action.substring(0, dot);
        String verb = action.substring(dot + 1);
        boolean write = (kind.equals("user") || kind.equals("group"))
                && !Set.of("sign_in", "read", "search").contains(verb);
        if (refused) {
            return write || action.equals("scim.bulk") ? Optional.of("refused") : Optional.empty();
        }
        if (!write) {
            return Optional.empty();
        }
        return Optional.of(switch (verb) {
            case "provision", "create", "add_org_admin" -> "created";
            case "deactivate" -> "deactivated";
            case "delete" -> "deleted";
            default -> "updated";
        });
    }
}
