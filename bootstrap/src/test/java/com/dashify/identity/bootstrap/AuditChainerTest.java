package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.application.audit.port.in.AuditChainUseCase;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chainer's rounds, without a container: what they ask of the use cases, and when. */
class AuditChainerTest {

    /** Counts what the chainer asks; there is never anything to chain or prune. */
    static final class CountingUseCases implements AuditChainUseCase, AuditRetentionUseCase {
        final List<String> calls = new ArrayList<>();

        @Override
        public List<TenantId> tenantsToSeal() {
            calls.add("tenantsToSeal");
            return List.of();
        }

        @Override
        public int seal(TenantId tenantId) {
            calls.add("seal");
            return 0;
        }

        @Override
        public Verification verify(Actor actor) {
            throw new UnsupportedOperationException("not the chainer's business");
        }

        @Override
        public Optional<Duration> retention() {
            return Optional.of(Duration.ofDays(1));
        }

        @Override
        public List<TenantId> tenants(TenantId after, int limit) {
            calls.add("tenants");
            return List.of();
        }

        @Override
        public long prune(PruneCommand command) {
            calls.add("prune");
            return 0;
        }
    }

    private static AuditChainer chainer(CountingUseCases useCases, SchemaMigrations migrations) {
        AuditChainer chainer = new AuditChainer();
        chainer.chain = useCases;
        chainer.retention = useCases;
        chainer.migrations = migrations;
        return chainer;
    }

    /** On a fresh database, the first rounds came before the tables and logged their failing SQL. */
    @Test
    void waitsForTheSchemaMigrations() {
        CountingUseCases useCases = new CountingUseCases();
        AuditChainer chainer = chainer(useCases, new SchemaMigrations());

        chainer.round();
        chainer.prune();

        assertThat(useCases.calls).isEmpty();
    }

    @Test
    void chainsAndPrunesOnceMigrated() {
        CountingUseCases useCases = new CountingUseCases();
        SchemaMigrations migrated = new SchemaMigrations() {
            @Override
            public boolean completed() {
                return true;
            }
        };
        AuditChainer chainer = chainer(useCases, migrated);

        chainer.round();
        chainer.prune();

        assertThat(useCases.calls).containsExactly("tenantsToSeal", "tenants");
    }
}
