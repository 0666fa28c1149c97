package com.dashify.identity.bootstrap;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.bootstrap.metrics.TransactionsInProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes each call of a use case one JTA transaction. The services are plain classes, so they
 * are reached through a {@link Proxy} of their in-port whose every call passes through
 * {@link #call}, a method of this CDI bean that the transaction interceptor wraps. A
 * {@link RuntimeException} of the service leaves unwrapped and so rolls the transaction back.
 * Refusals the service records ({@link RefusalsAfterTransaction}) are written after that
 * transaction has ended, so that they stay when it rolls back. A failure that says the database
 * cannot be reached, in the use case or at its commit, leaves as the application's
 * {@code UnavailableException} ({@link DatabaseAvailability}).
 */
@ApplicationScoped
public class TransactionBoundary {

    private static final Logger LOG = Logger.getLogger(TransactionBoundary.class.getName());
    /**
     * Whether the use case on this thread has returned and its writes were flushed, so that a
     * failure after it can only be its commit's; each boundary crossing keeps its own.
     */
    private static final ThreadLocal<Boolean> WORK_DONE = ThreadLocal.withInitial(() -> false);

    /** The persistence context the adapters share; null outside the container. */
    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    EntityManager em;

    /**
     * The in-port {@code port} backed by {@code target}, one transaction per call.
     *
     * @param boundary the CDI bean (its client proxy), so that the interceptor applies
     */
    public static <T> T transactional(Class<T> port, T target, TransactionBoundary boundary) {
        if (!port.isInterface()) {
            throw new IllegalArgumentException(port + " is not an interface");
        }
        InvocationHandler handler = (proxy, method, args) -> method.getDeclaringClass() == Object.class
                ? objectMethod(proxy, method, args, target)
                : callThenRecordRefusals(boundary, target, method, args);
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    /**
     * Calls the use case in its transaction; once that has ended, committed or rolled back, writes
     * the refusals it recorded, each in a transaction of its own. A refusal that cannot be written
     * is logged: the caller still gets the use case's own answer.
     */
    private static Object callThenRecordRefusals(TransactionBoundary boundary, Object target, Method method,
                                                 Object[] args) throws Throwable {
        boolean outermost = RefusalsAfterTransaction.open();
        boolean outerWorkDone = WORK_DONE.get();
        WORK_DONE.set(false);
        if (outermost) {
            TransactionsInProgress.started();
        }
        try {
            Object result = boundary.call(target, method, args);
            DatabaseAvailability.answered();
            return result;
        } catch (Throwable failure) {
            throw DatabaseAvailability.translate(failure, WORK_DONE.get());
        } finally {
            WORK_DONE.set(outerWorkDone);
            if (outermost) {
                TransactionsInProgress.ended();
                for (Runnable refusal : RefusalsAfterTransaction.close()) {
                    TransactionsInProgress.started();
                    try {
                        boundary.alone(refusal);
                    } catch (RuntimeException storeFailed) {
                        if (DatabaseAvailability.isUnavailable(storeFailed)) {
                            DatabaseAvailability.wentAway(storeFailed);
                            LOG.warning("Could not record a refused attempt in the audit trail: the database is"
                                    + " unavailable");
                        } else {
                            LOG.log(Level.SEVERE, "Could not record a refused attempt in the audit trail", storeFailed);
                        }
                    } finally {
                        TransactionsInProgress.ended();
                    }
                }
            }
        }
    }

    /** Runs work in a transaction of its own, whatever is active. */
    @Transactional(TxType.REQUIRES_NEW)
    public void alone(Runnable work) {
        work.run();
    }

    /** Calls {@code method} on {@code target} inside a transaction, joining one that is already active. */
    @Transactional(TxType.REQUIRED)
    public Object call(Object target, Method method, Object[] args) throws Throwable {
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // The adapters leave writes such as audit records pending, so that the database gets them
        // together; they reach it here, so that one that fails is this call's error, not the commit's.
        if (em != null) {
            em.flush();
        }
        WORK_DONE.set(true);
        return result;
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, Object target) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "transactional " + target;
            default -> throw new UnsupportedOperationException(method.toString());
        };
    }
}
