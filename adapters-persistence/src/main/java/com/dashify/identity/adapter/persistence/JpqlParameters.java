package com.dashify.identity.adapter.persistence;

import com.dashify.identity.application.query.TextMatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bound parameters of a JPQL statement being written from a search filter, and the text
 * comparisons SCIM filters ask for: every value is a parameter, never part of the statement.
 */
public final class JpqlParameters {

    /**
     * Escape character for LIKE patterns, so that {@code %} and {@code _} in values match only
     * themselves. It is the backslash because that is the default of both H2 and PostgreSQL.
     */
    private static final char ESCAPE = '\\';

    private final Map<String, Object> values = new LinkedHashMap<>();
    /** Whether a LIKE says its escape character; see {@link #forProviderOf}. */
    private final boolean explicitEscape;

    private JpqlParameters(boolean explicitEscape) {
        this.explicitEscape = explicitEscape;
    }

    /**
     * Parameters for a statement that {@code em}'s persistence provider runs. JPQL's LIKE has no
     * escape character unless it says {@code ESCAPE}, and Hibernate (WildFly) writes one without
     * as {@code escape ''}: there each LIKE names its escape character. EclipseLink (Payara) leaves
     * it out, so the database's default, the backslash, applies: given an {@code ESCAPE} clause,
     * EclipseLink writes the statement with its parameters inlined, booleans as {@code 1}, which H2 2
     * refuses to compare with a BOOLEAN column ({@code active eq true and userName sw "u"} failed).
     */
    public static JpqlParameters forProviderOf(EntityManager em) {
        return new JpqlParameters(!isEclipseLink(em));
    }

    /** Whether {@code em} is EclipseLink's (Payara), rather than Hibernate's (WildFly). */
    public static boolean isEclipseLink(EntityManager em) {
        return em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence.");
    }

    /** Binds a value under a name of the caller's choice, and returns its placeholder. */
    public String named(String name, Object value) {
        values.put(name, value);
        return ":" + name;
    }

    /** Binds a value and returns its placeholder. */
    public String add(Object value) {
        return named("p" + values.size(), value);
    }

    /** {@code column} compared with {@code value} as the match says; the value is in the column's form. */
    public String comparison(String column, TextMatch match, String value) {
        return switch (match) {
            case EQUALS -> column + " = " + add(value);
            case NOT_EQUALS -> column + " <> " + add(value);
            case CONTAINS -> like(column, "%" + escapeLike(value) + "%");
            case STARTS_WITH -> like(column, escapeLike(value) + "%");
            case ENDS_WITH -> like(column, "%" + escapeLike(value));
            case GREATER_THAN -> column + " > " + add(value);
            case GREATER_OR_EQUAL -> column + " >= " + add(value);
            case LESS_THAN -> column + " < " + add(value);
            case LESS_OR_EQUAL -> column + " <= " + add(value);
        };
    }

    public void bindTo(Query query) {
        values.forEach(query::setParameter);
    }

    private String like(String column, String pattern) {
        return column + " like " + add(pattern) + (explicitEscape ? " escape '" + ESCAPE + "'" : "");
    }

    private static String escapeLike(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
