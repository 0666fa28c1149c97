package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.common.port.in.UnavailableException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionBoundaryTest {

    /** A stand-in in-port. */
    interface Greet {
        String greet(String name);
    }

    /** Records the calls that pass the boundary, as the transaction interceptor would see them. */
    static final class RecordingBoundary extends TransactionBoundary {
        final List<String> calls = new ArrayList<>();

        @Override
        public Object call(Object target, Method method, Object[] args) throws Throwable {
            calls.add(method.getName());
            return super.call(target, method, args);
        }
    }

    @Test
    void everyPortCallPassesTheBoundary() {
        RecordingBoundary boundary = new RecordingBoundary();
        Greet greet = TransactionBoundary.transactional(Greet.class, name -> "hello " + name, boundary);

        assertThat(greet.greet("ada")).isEqualTo("hello ada");
        assertThat(boundary.calls).containsExactly("greet");
    }

    @Test
    void theServicesOwnExceptionLeavesUnwrapped() {
        IllegalStateException failure = new IllegalStateException("taken");
        Greet greet = TransactionBoundary.transactional(Greet.class, name -> {
            throw failure;
        }, new TransactionBoundary());

        assertThatThrownBy(() -> greet.greet("ada")).isSameAs(failure);
    }

    @Test
    void objectMethodsDoNotOpenTransactions() {
        RecordingBoundary boundary = new RecordingBoundary();
        Greet greet = TransactionBoundary.transactional(Greet.class, name -> name, boundary);

        assertThat(greet).isEqualTo(greet);
        assertThat(greet.hashCode()).isEqualTo(System.identityHashCode(greet));
        assertThat(greet.toString()).startsWith("transactional ");
        assertThat(boundary.calls).isEmpty();
    }

    @Test
    void aDatabaseThatDoesNotAnswerLeavesAsUnavailableWithNothingDone() {
        Greet greet = TransactionBoundary.transactional(Greet.class, name -> {
            throw new IllegalStateException("query failed", new SQLException("Connection refused", "08001"));
        }, new TransactionBoundary());

        assertThatThrownBy(() -> greet.greet("ada")).isInstanceOfSatisfying(UnavailableException.class,
                unavailable -> assertThat(unavailable.outcomeUnknown()).isFalse());
    }

    /** As when the connection dies after the use case's writes were flushed, at its commit. */
    @Test
    void aDatabaseLostAtTheCommitLeavesTheOutcomeUnknown() {
        TransactionBoundary committing = new TransactionBoundary() {
            @Override
            public Object call(Object target, Method method, Object[] args) throws Throwable {
                super.call(target, method, args);
                throw new IllegalStateException("commit failed", new SQLException("This connection has been closed.",
                        "08003"));
            }
        };
        Greet greet = TransactionBoundary.transactional(Greet.class, name -> "hello " + name, committing);

        assertThatThrownBy(() -> greet.greet("ada")).isInstanceOfSatisfying(UnavailableException.class,
                unavailable -> assertThat(unavailable.outcomeUnknown()).isTrue());
    }

    @Test
    void aNestedUseCaseThatFinishedDoesNotMakeTheOuterOutcomeUnknown() {
        TransactionBoundary boundary = new TransactionBoundary();
        Greet inner = TransactionBoundary.transactional(Greet.class, name -> name, boundary);
        Greet outer = TransactionBoundary.transactional(Greet.class, name -> {
            inner.greet(name);
            throw new IllegalStateException("query failed", new SQLException("I/O error", "08006"));
        }, boundary);

        assertThatThrownBy(() -> outer.greet("ada")).isInstanceOfSatisfying(UnavailableException.class,
                unavailable -> assertThat(unavailable.outcomeUnknown()).isFalse());
    }
}
