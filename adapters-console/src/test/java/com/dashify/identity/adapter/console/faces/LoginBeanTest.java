package com.dashify.identity.adapter.console.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.dashify.identity.adapter.console.security.SignInThrottle;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.UnavailableException;
import com.dashify.identity.application.credential.port.in.SignInAdminUseCase;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginBeanTest {

    /** More than the five failures an account has in a window. */
    private static final int ATTEMPTS = 6;

    /** What the sign-in form posts, with the sign-in use case it calls. */
    private static final class SignInForm {
        final Map<String, Object> attributes = new HashMap<>();
        final List<FacesMessage> messages = new ArrayList<>();
        final LoginBean bean = new LoginBean();

        SignInForm(SignInAdminUseCase signIn, SignInThrottle throttle) {
            HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "removeAttribute" -> attributes.remove((String) args[0]);
                        case "getRemoteAddr" -> "192.0.2.1";
                        case "getHeader" -> null;
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        throw new UnsupportedOperationException(method.getName());
                    });
            inject(bean, "signIn", signIn);
            inject(bean, "throttle", throttle);
            inject(bean, "faces", new FacesContextWrapper(null) {
                private final ExternalContext external = new ServletExchange(request, response);

                @Override
                public ExternalContext getExternalContext() {
                    return external;
                }

                @Override
                public void addMessage(String clientId, FacesMessage message) {
                    messages.add(message);
                }
            });
            bean.setOrganisation("acme");
            bean.setUserName("admin@acme.example");
            bean.setPassword("a password");
        }
    }

    @Test
    void aSignInWhosePasswordCouldNotBeCheckedCountsAgainstNobody() {
        SignInThrottle throttle = new SignInThrottle();
        SignInAdminUseCase databaseGone = command -> {
            throw new UnavailableException(false, Duration.ofSeconds(5), null);
        };
        List<Throwable> answers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            answers.add(catchThrowable(new SignInForm(databaseGone, throttle).bean::signIn));
        }

        assertThat(throttle.reserve("acme", "admin@acme.example", "192.0.2.1"))
                .as("the account, once the database is back").isPresent();
        assertThat(answers).as("the console's 503, not 'wrong password'")
                .allSatisfy(answer -> assertThat(answer).isInstanceOf(UnavailableException.class));
    }

    @Test
    void aWrongPasswordCounts() throws Exception {
        SignInThrottle throttle = new SignInThrottle();
        SignInAdminUseCase wrong = command -> {
            throw new AuthenticationFailedException();
        };
        for (int i = 0; i < ATTEMPTS; i++) {
            SignInForm form = new SignInForm(wrong, throttle);
            assertThat(form.bean.signIn()).isNull();
            assertThat(form.messages).extracting(FacesMessage::getSummary)
                    .containsExactly(i < ATTEMPTS - 1 ? LoginBean.FAILED : LoginBean.THROTTLED);
        }

        assertThat(throttle.reserve("acme", "admin@acme.example", "198.51.100.9")).isEmpty();
    }

    @Test
    void anUnexpectedFailureOfTheCheckIsTheServicesNotTheUsers() {
        SignInThrottle throttle = new SignInThrottle();
        SignInAdminUseCase broken = command -> {
            throw new IllegalStateException("a bug");
        };
        SignInForm form = new SignInForm(broken, throttle);

        assertThatThrownBy(form.bean::signIn).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        assertThat(form.messages).isEmpty();
    }

    @Test
    void theTypedPasswordIsClearedOnceChecked() throws Exception {
        List<char[]> checked = new ArrayList<>();
        SignInAdminUseCase wrong = command -> {
            assertThat(command.password()).containsExactly("a password".toCharArray());
            checked.add(command.password());
            throw new AuthenticationFailedException();
        };
        new SignInForm(wrong, new SignInThrottle()).bean.signIn();

        assertThat(checked).singleElement().satisfies(password -> assertThat(password).containsOnly('\0'));
    }

    private static void inject(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
