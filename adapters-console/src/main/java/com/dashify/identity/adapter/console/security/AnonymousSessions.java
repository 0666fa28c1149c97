package com.dashify.identity.adapter.console.security;

import com.dashify.identity.domain.session.SignInSession;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds the HTTP sessions browsers hold before they sign in, which anyone can make the server
 * create (the sign-in and setup pages create none; starting an SSO or passkey sign-in, or asking
 * for a console page signed out, does). Such a session lives {@link #IDLE} without use rather than
 * the signed-in half hour, and at most {@link #MAX} are kept per node: beyond that, the oldest goes.
 * Sign-in ({@link SignInSessions#begin}) gives a session the signed-in lifetime and puts it beyond
 * reach of this bound.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener, HttpSessionIdListener {

    /** As long as a sign-in may take at the organisation's identity provider (a pending SSO sign-in's lifetime). */
    static final Duration IDLE = Duration.ofMinutes(10);
    /** About 40 MB of sessions at most; far more than browsers signing in at once on one node. */
    static final int MAX = 10_000;

    private final int max;
    /** Sessions by id, oldest first; signed-in ones are dropped from it as they are come across. */
    private final Map<String, HttpSession> sessions = new LinkedHashMap<>();

    public AnonymousSessions() {
        this(MAX);
    }

    AnonymousSessions(int max) {
        this.max = max;
    }

    /** A session that signed in: it lives as long as the console's sessions do. */
    static void signedIn(HttpSession session) {
        session.setMaxInactiveInterval((int) SignInSession.IDLE_TIMEOUT.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession created = event.getSession();
        created.setMaxInactiveInterval((int) IDLE.toSeconds());
        List<HttpSession> evicted = new ArrayList<>();
        synchronized (this) {
            sessions.put(created.getId(), created);
            for (Iterator<HttpSession> oldest = sessions.values().iterator(); sessions.size() > max; ) {
                HttpSession session = oldest.next();
                oldest.remove();
                if (mayEvict(session)) {
                    evicted.add(session);
                }
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
        sessions.remove(event.getSession().getId());
    }

    @Override
    public synchronized void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        if (sessions.remove(oldSessionId) != null) {
            sessions.put(event.getSession().getId(), event.getSession());
        }
    }

    /** How many sessions are tracked (signed-in ones not yet come across included). */
    synchronized int tracked() {
        return sessions.size();
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
