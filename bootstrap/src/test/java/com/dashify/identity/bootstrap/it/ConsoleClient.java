package com.dashify.identity.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URL;
import org.htmlunit.BrowserVersion;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;

/**
 * The admin console driven through HtmlUnit, a headless browser with JavaScript: fast enough for
 * the many console cases. The main flow also runs in real Chromium ({@link ConsoleChromiumIT}).
 */
final class ConsoleClient implements AutoCloseable {

    final WebClient browser;
    private final DashifyServer server;

    ConsoleClient(DashifyServer server) {
        this(server, null);
    }

    /**
     * A browser that connects from {@code localAddress} (a loopback address other than 127.0.0.1,
     * for a test whose failed sign-ins must not count against the address the other tests use).
     */
    ConsoleClient(DashifyServer server, InetAddress localAddress) {
        this.server = server;
        this.browser = new WebClient(BrowserVersion.CHROME);
        browser.getOptions().setLocalAddress(localAddress);
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setRedirectEnabled(true);
        browser.setConfirmHandler((page, message) -> true);
    }

    HtmlPage open(String path) {
        try {
            return browser.getPage(new URL(server.baseUri() + path));
        } catch (IOException | FailingHttpStatusCodeException e) {
            throw new IllegalStateException("cannot open " + path, e);
        }
    }

    /** Signs in through the form and returns the page the console lands on. */
    HtmlPage signIn(String organisation, String userName, String password) {
        return click(fillSignIn(open("/admin/login.xhtml"), organisation, userName, password));
    }

    /** Fills the sign-in form of a page opened with {@link #open}, for a test that posts it later. */
    static HtmlInput fillSignIn(HtmlPage login, String organisation, String userName, String password) {
        HtmlForm form = login.getFormByName("login");
        form.<HtmlInput>getInputByName("login:organisation").setValue(organisation);
        form.<HtmlInput>getInputByName("login:userName").setValue(userName);
        form.<HtmlInput>getInputByName("login:password").setValue(password);
        return form.getInputByName("login:signIn");
    }

    HtmlPage signIn(ScimClient tenant, String password) {
        return signIn(tenant.tenantName(), tenant.adminUserName(), password);
    }

    /** Fills and posts the create form of the tokens page. */
    static HtmlPage createToken(HtmlPage tokens, String name, String expiry) {
        HtmlForm form = tokens.getFormByName("create");
        form.<HtmlInput>getInputByName("create:name").setValue(name);
        for (HtmlRadioButtonInput radio : form.getRadioButtonsByName("create:expiry")) {
            radio.setChecked(radio.getValueAttribute().equals(expiry));
        }
        return click(form.getInputByName("create:createToken"));
    }

    /** The token the page shows once, or null. */
    static String shownToken(HtmlPage page) {
        var field = page.getElementById("new-token");
        return field == null ? null : field.getAttribute("value");
    }

    static HtmlPage click(HtmlInput button) {
        try {
            return button.click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HtmlPage clickLink(org.htmlunit.html.HtmlAnchor link) {
        try {
            return link.click();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertOnTokensPage(HtmlPage page) {
        assertThat(page.getUrl().getPath()).as(page.asNormalizedText()).isEqualTo("/admin/tokens.xhtml");
        assertThat(page.getTitleText()).startsWith("Personal access tokens");
    }

    @Override
    public void close() {
        browser.close();
    }
}
