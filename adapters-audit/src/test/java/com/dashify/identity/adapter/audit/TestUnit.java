package com.dashify.identity.adapter.audit;

/** The persistence unit the tests run: EclipseLink's, or Hibernate's with {@code -Ddashify.test.jpa-provider=hibernate}. */
final class TestUnit {

    static final String NAME = "hibernate".equals(System.getProperty("dashify.test.jpa-provider"))
            ? "audit-test-hibernate" : "audit-test";

    private TestUnit() {
    }
}
