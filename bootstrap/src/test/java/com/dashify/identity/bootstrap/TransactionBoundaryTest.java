package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
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
}
