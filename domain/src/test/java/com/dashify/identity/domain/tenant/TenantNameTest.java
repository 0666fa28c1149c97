package com.dashify.identity.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.common.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TenantNameTest {

    @Test
    void nameIsStoredInLowerCase() {
        assertThat(TenantName.of(" Acme-Corp ").value()).isEqualTo("acme-corp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-acme", "acme-", "ac me", "acme_corp", "ünïcode"})
    void malformedNamesAreRejected(String bad) {
        assertThatThrownBy(() -> TenantName.of(bad)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void nameLongerThanAHostLabelIsRejected() {
        assertThatThrownBy(() -> TenantName.of("a".repeat(64))).isInstanceOf(InvalidValueException.class);
        assertThat(TenantName.of("a".repeat(63)).value()).hasSize(63);
    }
}
