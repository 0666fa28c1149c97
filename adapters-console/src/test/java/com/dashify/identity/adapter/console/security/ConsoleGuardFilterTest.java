package com.dashify.identity.adapter.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.session.port.in.EndSessionUseCase.EndSessionCommand;
import com.dashify.identity.application.session.port.in.SessionAccessUseCase.SignedInUser;
import com.dashify.identity.domain.session.SessionId;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.UserId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleGuardFilterTest {

    private static final SessionId SESSION = SessionId.newId();

    /** One GET through the guard, with the session record the browser has, if any. */
    private static final class Visit {
        final Map<String, Object> requestAttributes = new HashMap<>();
        final Map<String, Object> sessionAttributes = new HashMap<>();
        final List<EndSessionCommand> ended = new ArrayList<>();
        boolean hasSession;
        boolean invalidated;
        String redirect;
        boolean passed;

        Visit signedIn() {
            hasSession = true;
            sessionAttributes.put(SignInSessions.SESSION_ID_ATTRIBUTE, SESSION.toString());
            return this;
        }

        Visit through(String servletPath, String pathInfo, Optional<SignedInUser> sessionState) throws Exception {
            HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> sessionAttributes.get((String) args[0]);
                        case "invalidate" -> {
                            invalidated = true;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getMethod" -> "GET";
                        case "getServletPath" -> servletPath;
                        case "getPathInfo" -> pathInfo;
                        case "getContextPath" -> "/ctx";
                        case "getParameter", "getHeader" -> null;
                        case "getRemoteAddr" -> "192.0.2.1";
                        case "getSession" -> hasSession && !invalidated ? session : null;
                        case "getAttribute" -> requestAttributes.get((String) args[0]);
                        case "setAttribute" -> requestAttributes.put((String) args[0], args[1]);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "setHeader" -> null;
                        case "sendRedirect" -> {
                            redirect = (String) args[0];
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            SignInSessions sessions = new SignInSessions();
            sessions.endSession = ended::add;
            ConsoleGuardFilter filter = new ConsoleGuardFilter();
            filter.sessions = sessions;
            filter.sessionAccess = id -> {
                assertThat(id).isEqualTo(SESSION);
                return sessionState;
            };
            FilterChain chain = (req, res) -> passed = true;
            filter.doFilter(request, response, chain);
            return this;
        }
    }

    private static Optional<SignedInUser> user(Role role) {
        return Optional.of(new SignedInUser(TenantId.newId(), "acme", UserId.newId(), "someone", role, SESSION));
    }

    @Test
    void aBrowserThatNeverSignedInIsSentToTheSignInPageFromEveryPage() throws Exception {
        for (String[] page : new String[][] {{"/admin/index.xhtml", null}, {"/admin/users.xhtml", null},
                {"/admin/tokens.xhtml", null}, {"/app/index.xhtml", null}, {"/app/passkeys", "/options"},
                {"/admin", null}, {"/admin/no-such-page.xhtml", null}, {"/app/whatever.css", null}}) {
            Visit visit = new Visit().through(page[0], page[1], Optional.empty());

            assertThat(visit.passed).as(page[0]).isFalse();
            assertThat(visit.redirect).as(page[0]).isEqualTo("/ctx/admin/login.xhtml");
        }
    }

    @Test
    void aBrowserThatNeverSignedInMayOpenThePagesThatLetOneIn() throws Exception {
        for (String page : ConsoleGuardFilter.PUBLIC_PAGES) {
            Visit visit = new Visit().through(page, null, Optional.empty());

            assertThat(visit.passed).as(page).isTrue();
            assertThat(visit.redirect).as(page).isNull();
        }
    }

    @Test
    void aSessionWithoutARecordIsNotSignedIn() throws Exception {
        Visit visit = new Visit();
        visit.hasSession = true;
        visit.through("/app/index.xhtml", null, Optional.empty());

        assertThat(visit.passed).isFalse();
        assertThat(visit.redirect).isEqualTo("/ctx/admin/login.xhtml");
    }

    @Test
    void aRevokedSessionIsSignedOutAndSentToTheSignInPage() throws Exception {
        Visit visit = new Visit().signedIn().through("/app/index.xhtml", null, Optional.empty());

        assertThat(visit.passed).isFalse();
        assertThat(visit.redirect).isEqualTo("/ctx/admin/login.xhtml");
        assertThat(visit.ended).extracting(EndSessionCommand::sessionId).containsExactly(SESSION);
        assertThat(visit.invalidated).isTrue();
    }

    @Test
    void aLiveSessionOpensItsPagesWithItsUser() throws Exception {
        Optional<SignedInUser> admin = user(Role.ORG_ADMIN);
        Visit visit = new Visit().signedIn().through("/admin/users.xhtml", null, admin);

        assertThat(visit.passed).isTrue();
        assertThat(visit.redirect).isNull();
        assertThat(visit.requestAttributes.get(ConsoleGuardFilter.USER_ATTRIBUTE)).isSameAs(admin.get());
    }

    @Test
    void aUserWhoDoesNotManageTheOrganisationGetsTheNotAllowedPageInTheConsoleButTheirHomePage() throws Exception {
        Visit console = new Visit().signedIn().through("/admin/users.xhtml", null, user(Role.VIEWER));
        Visit home = new Visit().signedIn().through("/app/index.xhtml", null, user(Role.VIEWER));

        assertThat(console.passed).isFalse();
        assertThat(console.redirect).isEqualTo("/ctx/admin/denied.xhtml");
        assertThat(home.passed).isTrue();
    }
}
