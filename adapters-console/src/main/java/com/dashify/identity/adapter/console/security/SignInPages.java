package com.dashify.identity.adapter.console.security;

import static com.dashify.identity.adapter.console.PlainPages.escape;

import com.dashify.identity.adapter.console.PlainPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The few plain pages of SSO sign-in, rendered without Faces (no view state to keep for them). */
public final class SignInPages {

    private SignInPages() {
    }

    /** {@code /login}: the organisation's name leads to its sign-in URL. */
    public static void organisationForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PlainPages.page(request, response, HttpServletResponse.SC_OK, "Sign in", """
                <h1>Sign in to Dashify</h1>
                <form id="sso" method="post" action="%s/login">
                    <label for="organisation">Organisation</label>
                    <input id="organisation" name="organisation" type="text" required="required"
                           autocomplete="organization" autofocus="autofocus"/>
                    <input id="continue" type="submit" value="Continue with single sign-on"/>
                </form>
                <p class="hint">You will sign in at your organisation's identity provider.</p>
                <p class="or">or</p>
                <button id="passkeySignIn" type="button" data-passkey-sign-in="%s/passkey">Sign in with a passkey</button>
                <p id="passkeyError" class="field-error" role="alert"></p>
                <p class="hint"><a href="%s/admin/login.xhtml">Sign in with a password</a> (administrators)</p>
                <script src="%s/resources/dashify/passkeys.js"></script>
                """.formatted(escape(request.getContextPath()), escape(request.getContextPath()),
                escape(request.getContextPath()), escape(request.getContextPath())));
    }

    /** A refused or failed sign-in: what happened, and the way back. */
    public static void refusal(HttpServletRequest request, HttpServletResponse response, int status, String title,
                               String message) throws IOException {
        PlainPages.page(request, response, status, title, """
                <h1 id="refused">%s</h1>
                <p id="reason">%s</p>
                <p><a href="%s/login">Back to sign-in</a></p>
                """.formatted(escape(title), escape(message), escape(request.getContextPath())));
    }
}
