package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalsAfterTransactionTest {

    private final List<String> written = new ArrayList<>();
    private final AuditTrail store = new AuditTrail() {
        @Override
        public void record(AuditEntry entry) {
            written.add("change " + entry.action());
        }

        @Override
        public void recordRefusal(AuditEntry entry) {
            written.add("refusal " + entry.action());
        }
    };
    private final RefusalsAfterTransaction trail = new RefusalsAfterTransaction(store);

    private static AuditEntry entry(String action) {
        return new AuditEntry(TenantId.newId(), Instant.EPOCH, "user", null, null, null, action, null, null, "r", null,
                null, Outcome.SUCCESS, List.of(), null);
    }

    @Test
    void refusalsWaitForTheOutermostUseCaseToEndAndChangesDoNot() {
        assertThat(RefusalsAfterTransaction.open()).isTrue();
        assertThat(RefusalsAfterTransaction.open()).as("a use case called by another").isFalse();
        trail.recordRefusal(entry("token.authenticate"));
        trail.record(entry("user.update"));

        assertThat(written).containsExactly("change user.update");
        RefusalsAfterTransaction.close().forEach(Runnable::run);
        assertThat(written).containsExactly("change user.update", "refusal token.authenticate");
        assertThat(RefusalsAfterTransaction.close()).as("nothing held any more").isEmpty();
    }

    @Test
    void aRefusalOutsideAUseCaseIsAWiringMistake() {
        assertThatThrownBy(() -> trail.recordRefusal(entry("user.sign_in")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(written).isEmpty();
    }
}
