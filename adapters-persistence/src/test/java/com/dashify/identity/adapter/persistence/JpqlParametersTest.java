package com.dashify.identity.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.query.TextMatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.junit.jupiter.api.Test;

/**
 * LIKE as each persistence provider reads it. The adapters' other tests run EclipseLink only;
 * Hibernate's side runs in the integration tests on WildFly ({@code ScimBadInputIT}).
 */
class JpqlParametersTest {

    @Test
    void onHibernateALikeNamesItsEscapeCharacter() {
        JpqlParameters parameters = JpqlParameters.forProviderOf(entityManagerWhoseDelegateIs(new Object()));

        assertThat(parameters.comparison("u.userName", TextMatch.STARTS_WITH, "p%r_o\\"))
                .isEqualTo("u.userName like :p0 escape '\\'");
        assertThat(bound(parameters)).containsEntry("p0", "p\\%r\\_o\\\\%");
    }

    @Test
    void onEclipseLinkALikeLeavesItToTheDatabaseDefault() {
        JpqlParameters parameters = JpqlParameters.forProviderOf(entityManagerWhoseDelegateIs(new DatabaseLogin()));

        assertThat(parameters.comparison("u.userName", TextMatch.CONTAINS, "_")).isEqualTo("u.userName like :p0");
        assertThat(bound(parameters)).containsEntry("p0", "%\\_%");
    }

    private static EntityManager entityManagerWhoseDelegateIs(Object delegate) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getDelegate")) {
                        return delegate;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Map<String, Object> bound(JpqlParameters parameters) {
        Map<String, Object> values = new HashMap<>();
        parameters.bindTo((Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("setParameter") && arguments[0] instanceof String name) {
                        values.put(name, arguments[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
        return values;
    }
}
