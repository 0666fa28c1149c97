package com.dashify.identity.adapter.console.security;

import com.dashify.identity.domain.session.SignInSession;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bounds the HTTP sessions browsers hold before they sign in, which anyone can make the server
 * create (the sign-in and setup pages create none; starting an SSO or passkey sign-in, or asking
 * for a console page signed out, does). Such a session lives {@link #IDLE} without use rather than
 * the signed-in half hour, at most {@link #PER_ADDRESS} are kept per client address, and at most
 * {@link #MAX} per node: beyond either, the oldest of that address, or of all, goes. One address
 * making sessions in a loop thus only ends its own, never another browser's pending sign-in.
 * Sign-in ({@link SignInSessions#begin}) gives a session the signed-in lifetime and puts it beyond
 * reach of these bounds.
 *
 * <p>The address is the request's ({@code getRemoteAddr()}, as the sign-in throttle counts it),
 * taken when the request that makes the session begins: the container tells listeners of requests
 * before it runs the request, on the thread that runs it.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener, HttpSessionIdListener, ServletRequestListener {

    /** As long as a sign-in may take at the organisation's identity provider (a pending SSO sign-in's lifetime). */
    static final Duration IDLE = Duration.ofMinutes(10);
    /** About 40 MB of sessions at most; far more than browsers signing in at once on one node. */
    static final int MAX = 10_000;
    /** Far more than the browsers of one office behind one address signing in at once. */
    static final int PER_ADDRESS = 1_000;

    /** The client address of the request this thread runs, while it runs. */
    private final ThreadLocal<String> requestAddress = new ThreadLocal<>();
    private final int max;
    private final int perAddress;
    /** Sessions by id, oldest first; signed-in ones are dropped from it as they are come across. Guarded by {@code this}. */
    private final Map<String, Tracked> sessions = new LinkedHashMap<>();
    /** The ids of the tracked sessions of each address, oldest first. Guarded by {@code this}. */
    private final Map<String, Set<String>> byAddress = new HashMap<>();

    /** A tracked session, and the address whose request made it (null when no request did). */
    private record Tracked(HttpSession session, String address) {
    }

    public AnonymousSessions() {
        this(MAX, PER_ADDRESS);
    }

    AnonymousSessions(int max) {
        this(max, max);
    }

    AnonymousSessions(int max, int perAddress) {
        this.max = max;
        this.perAddress = perAddress;
    }

    /** A session that signed in: it lives as long as the console's sessions do. */
    static void signedIn(HttpSession session) {
        session.setMaxInactiveInterval((int) SignInSession.IDLE_TIMEOUT.toSeconds());
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        requestAddress.set(event.getServletRequest().getRemoteAddr());
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        requestAddress.remove();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession created = event.getSession();
        created.setMaxInactiveInterval((int) IDLE.toSeconds());
        String address = requestAddress.get();
        List<HttpSession> evicted = new ArrayList<>();
        synchronized (this) {
            track(created.getId(), new Tracked(created, address));
            if (address != null) {
                Set<String> ofAddress = byAddress.get(address);
                for (Iterator<String> oldest = ofAddress.iterator(); ofAddress.size() > perAddress; ) {
                    String id = oldest.next();
                    oldest.remove();
                    drop(sessions.remove(id), evicted);
                }
            }
            for (Iterator<Map.Entry<String, Tracked>> oldest = sessions.entrySet().iterator(); sessions.size() > max; ) {
                Map.Entry<String, Tracked> session = oldest.next();
                oldest.remove();
                forget(session.getKey(), session.getValue());
                drop(session.getValue(), evicted);
            }
        }
        // Outside the lock: invalidating calls back into sessionDestroyed, and takes the container's locks.
        for (HttpSession session : evicted) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // Expired or signed out meanwhile.
            }
        }
    }

    @Override
    public synchronized void sessionDestroyed(HttpSessionEvent event) {
        String id = event.getSession().getId();
        forget(id, sessions.remove(id));
    }

    @Override
    public synchronized void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        Tracked tracked = sessions.remove(oldSessionId);
        if (tracked != null) {
            forget(oldSessionId, tracked);
            track(event.getSession().getId(), new Tracked(event.getSession(), tracked.address()));
        }
    }

    /** How many sessions are tracked (signed-in ones not yet come across included). */
    synchronized int tracked() {
        return sessions.size();
    }

    private void track(String id, Tracked session) {
        sessions.put(id, session);
        if (session.address() != null) {
            byAddress.computeIfAbsent(session.address(), address -> new LinkedHashSet<>()).add(id);
        }
    }

    /** Removes a session no longer in {@link #sessions} from its address's, by the id it was tracked under. */
    private void forget(String id, Tracked session) {
        if (session == null || session.address() == null) {
            return;
        }
        Set<String> ofAddress = byAddress.get(session.address());
        if (ofAddress != null) {
            ofAddress.remove(id);
            if (ofAddress.isEmpty()) {
                byAddress.remove(session.address());
            }
        }
    }

    /** A session pushed out of the bounds is ended, unless it signed in meanwhile (then it is only no longer tracked). */
    private static void drop(Tracked session, List<HttpSession> evicted) {
        if (session != null && mayEvict(session.session())) {
            evicted.add(session.session());
        }
    }

    /** Whether the session is still there and not signed in. */
    private static boolean mayEvict(HttpSession session) {
        try {
            return session.getAttribute(SignInSessions.SESSION_ID_ATTRIBUTE) == null;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
