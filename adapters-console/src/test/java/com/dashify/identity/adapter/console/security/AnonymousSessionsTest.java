package com.dashify.identity.adapter.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnonymousSessionsTest {

    /** An HTTP session of the container, as far as the listener uses one. */
    private static final class FakeSession {
        final Map<String, Object> attributes = new HashMap<>();
        String id;
        int maxInactiveInterval = 30 * 60;
        boolean invalidated;
        HttpSession session;

        FakeSession(String id, AnonymousSessions listener) {
            this.id = id;
            session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(),
                    new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> this.id;
                        case "getAttribute" -> {
                            if (invalidated) {
                                throw new IllegalStateException("invalidated");
                            }
                            yield attributes.get((String) args[0]);
                        }
                        case "setMaxInactiveInterval" -> {
                            maxInactiveInterval = (Integer) args[0];
                            yield null;
                        }
                        case "invalidate" -> {
                            invalidated = true;
                            listener.sessionDestroyed(new HttpSessionEvent(session));
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void aSessionBeforeSignInLivesTenMinutesIdleAndASignedInOneHalfAnHour() {
        AnonymousSessions listener = new AnonymousSessions();
        FakeSession session = new FakeSession("a", listener);

        listener.sessionCreated(new HttpSessionEvent(session.session));
        assertThat(session.maxInactiveInterval).isEqualTo(10 * 60);

        AnonymousSessions.signedIn(session.session);
        assertThat(session.maxInactiveInterval).isEqualTo(30 * 60);
    }

    @Test
    void beyondTheCapTheOldestSessionsBeforeSignInGo() {
        AnonymousSessions listener = new AnonymousSessions(3);
        List<FakeSession> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FakeSession session = new FakeSession("s" + i, listener);
            created.add(session);
            listener.sessionCreated(new HttpSessionEvent(session.session));
        }

        assertThat(created).extracting(session -> session.invalidated).containsExactly(true, true, false, false, false);
        assertThat(listener.tracked()).isEqualTo(3);
    }

    @Test
    void oneAddressMakingSessionsPushesOutOnlyItsOwn() {
        AnonymousSessions listener = new AnonymousSessions();
        FakeSession pending = new FakeSession("pending-sso", listener);
        fromAddress(listener, "198.51.100.7", () -> listener.sessionCreated(new HttpSessionEvent(pending.session)));

        List<FakeSession> flood = new ArrayList<>();
        for (int i = 0; i <= AnonymousSessions.MAX; i++) {
            FakeSession session = new FakeSession("s" + i, listener);
            flood.add(session);
            fromAddress(listener, "203.0.113.5", () -> listener.sessionCreated(new HttpSessionEvent(session.session)));
        }

        assertThat(pending.invalidated).as("another address's pending sign-in").isFalse();
        assertThat(flood.get(flood.size() - 1).invalidated).as("the newest of the flood").isFalse();
        assertThat(flood.get(0).invalidated).as("the oldest of the flood").isTrue();
    }

    @Test
    void aSessionWhoseIdChangedStillCountsForItsAddress() {
        AnonymousSessions listener = new AnonymousSessions(100, 2);
        FakeSession renamed = new FakeSession("a", listener);
        fromAddress(listener, "203.0.113.5", () -> listener.sessionCreated(new HttpSessionEvent(renamed.session)));
        renamed.id = "a-new";
        listener.sessionIdChanged(new HttpSessionEvent(renamed.session), "a");

        List<FakeSession> later = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            FakeSession session = new FakeSession("s" + i, listener);
            later.add(session);
            fromAddress(listener, "203.0.113.5", () -> listener.sessionCreated(new HttpSessionEvent(session.session)));
        }

        assertThat(renamed.invalidated).as("the address's oldest, under its new id").isTrue();
        assertThat(later).extracting(session -> session.invalidated).containsExactly(false, false);
        assertThat(listener.tracked()).isEqualTo(2);
    }

    @Test
    void aSignedInSessionIsNeverEvictedEvenWithANewId() {
        AnonymousSessions listener = new AnonymousSessions(2);
        FakeSession signedIn = new FakeSession("before-sign-in", listener);
        listener.sessionCreated(new HttpSessionEvent(signedIn.session));
        signedIn.attributes.put(SignInSessions.SESSION_ID_ATTRIBUTE, "record");
        signedIn.id = "after-sign-in";
        listener.sessionIdChanged(new HttpSessionEvent(signedIn.session), "before-sign-in");

        for (int i = 0; i < 4; i++) {
            listener.sessionCreated(new HttpSessionEvent(new FakeSession("s" + i, listener).session));
        }

        assertThat(signedIn.invalidated).isFalse();
        assertThat(listener.tracked()).isEqualTo(2);
    }

    @Test
    void aDestroyedSessionIsForgotten() {
        AnonymousSessions listener = new AnonymousSessions();
        FakeSession session = new FakeSession("a", listener);
        listener.sessionCreated(new HttpSessionEvent(session.session));

        listener.sessionDestroyed(new HttpSessionEvent(session.session));

        assertThat(listener.tracked()).isZero();
    }

    /**
     * Runs {@code work} inside a request from {@code address}, as the container does: it tells
     * every listener of requests that one began, and that it ended.
     */
    private static void fromAddress(Object listener, String address, Runnable work) {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        ServletRequest request = (ServletRequest) Proxy.newProxyInstance(ServletRequest.class.getClassLoader(),
                new Class<?>[] {ServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> address;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ServletRequestEvent event = new ServletRequestEvent(context, request);
        if (listener instanceof ServletRequestListener requests) {
            requests.requestInitialized(event);
        }
        try {
            work.run();
        } finally {
            if (listener instanceof ServletRequestListener requests) {
                requests.requestDestroyed(event);
            }
        }
    }
}
