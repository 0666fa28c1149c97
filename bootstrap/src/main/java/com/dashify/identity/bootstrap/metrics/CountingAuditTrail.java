package com.dashify.identity.bootstrap.metrics;

import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The audit trail, counting what it records about users and groups into the provisioning meters
 * once the recording transaction has committed: a change that rolls back is not counted. The
 * trail is where every door's changes meet, so the counts are those of the audit page.
 */
public final class CountingAuditTrail implements AuditTrail {

    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final Logger LOG = Logger.getLogger(CountingAuditTrail.class.getName());

    private final AuditTrail trail;
    private final ServiceMetrics metrics;
    /** Looked up on first use, in a request: the server binds it for the application's components. */
    private volatile TransactionSynchronizationRegistry transactions;
    private volatile boolean lookupFailed;

    public CountingAuditTrail(AuditTrail trail, ServiceMetrics metrics) {
        this.trail = trail;
        this.metrics = metrics;
    }

    @Override
    public void record(AuditEntry entry) {
        trail.record(entry);
        operation(entry.action(), false, entry.changes().isEmpty())
                .ifPresent(operation -> afterCommit(entry, operation));
    }

    @Override
    public void recordRefusal(AuditEntry entry) {
        trail.recordRefusal(entry);
        operation(entry.action(), true, false).ifPresent(operation -> afterCommit(entry, operation));
    }

    /** Counts once the transaction commits; a count that cannot be arranged is skipped, never the change. */
    private void afterCommit(AuditEntry entry, String operation) {
        String action = entry.action();
        String resource = action.startsWith("group.") ? "group" : action.startsWith("scim.") ? "bulk" : "user";
        TransactionSynchronizationRegistry registry = transactions();
        if (registry == null || registry.getTransactionKey() == null) {
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
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

    /** The server's registry; null, and said once, if it cannot be found (then nothing is counted). */
    private TransactionSynchronizationRegistry transactions() {
        TransactionSynchronizationRegistry found = transactions;
        if (found == null && !lookupFailed) {
            try {
                found = InitialContext.doLookup(REGISTRY);
                transactions = found;
            } catch (NamingException notBound) {
                lookupFailed = true;
                LOG.log(Level.SEVERE, REGISTRY + " is not bound: provisioning is not counted in the metrics",
                        notBound);
            }
        }
        return found;
    }

    /**
     * The provisioning operation an audit record stands for, if any: a change to a user or group (a
     * membership that began or ended counted as such, once per member), or a refused attempt to make
     * one (through SCIM, Bulk included, or any other door). Sign-ins, reads, searches and a write
     * that changed nothing (recorded as a {@code user.update} without changes) are not provisioning.
     */
    static Optional<String> operation(String action, boolean refused, boolean changedNothing) {
        int dot = action.indexOf('.');
        String kind = dot < 0 ? action : action.substring(0, dot);
        String verb = action.substring(dot + 1);
        boolean write = (kind.equals("user") || kind.equals("group"))
                && !Set.of("sign_in", "read", "search").contains(verb);
        if (refused) {
            return write || action.equals("scim.bulk") ? Optional.of("refused") : Optional.empty();
        }
        if (!write || action.equals("user.update") && changedNothing) {
            return Optional.empty();
        }
        return Optional.of(switch (verb) {
            case "provision", "create", "add_org_admin" -> "created";
            case "deactivate" -> "deactivated";
            case "delete" -> "deleted";
            case "member_add" -> "member_added";
            case "member_remove" -> "member_removed";
            default -> "updated";
        });
    }
}
