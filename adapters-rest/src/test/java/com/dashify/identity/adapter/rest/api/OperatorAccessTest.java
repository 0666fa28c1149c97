package com.dashify.identity.adapter.rest.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperatorAccessTest {

    @Test
    void withoutAConfiguredTokenTheOperatorApiIsClosed() {
        for (OperatorAccess none : new OperatorAccess[] {new OperatorAccess(null), new OperatorAccess("   ")}) {
            assertThat(none.enabled()).isFalse();
            assertThat(none.accepts("anything")).isFalse();
            assertThat(none.accepts(null)).isFalse();
        }
    }

    @Test
    void onlyTheConfiguredTokenIsAccepted() {
        OperatorAccess access = new OperatorAccess("operator-token-0123456789");

        assertThat(access.accepts("operator-token-0123456789")).isTrue();
        assertThat(access.accepts("operator-token-012345678")).isFalse();
        assertThat(access.accepts("OPERATOR-TOKEN-0123456789")).isFalse();
        assertThat(access.accepts(null)).isFalse();
        assertThat(access.toString()).doesNotContain("0123456789");
    }

    @Test
    void guessableTokensAreRefusedAsConfiguration() {
        assertThatThrownBy(() -> new OperatorAccess("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
