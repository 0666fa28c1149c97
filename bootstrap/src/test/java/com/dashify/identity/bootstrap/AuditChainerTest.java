package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.dashify.identity.application.audit.port.in.AuditChainUseCase;
import com.dashify.identity.application.audit.port.in.AuditRetentionUseCase;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.bootstrap.cluster.SharedState;
import com.dashify.identity.domain.tenant.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
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

    /** Shared state whose jobs run unless the test says another node holds them. */
    static final class Claims implements SharedState {
        final Set<String> heldElsewhere = new HashSet<>();
        boolean gridDown;

        @Override
        public ConcurrentMap<String, long[]> counters(String name, Duration idle) {
            throw new UnsupportedOperationException("not the chainer's business");
        }

        @Override
        public boolean runAlone(String name, Duration lease, Runnable job) {
            if (gridDown) {
                throw new IllegalStateException("the grid does not answer");
            }
            if (heldElsewhere.contains(name)) {
                return false;
            }
            job.run();
            return true;
        }

        @Override
        public String description() {
            return "claims of the test";
        }
    }

    private static AuditChainer chainer(CountingUseCases useCases, SchemaMigrations migrations) {
        return chainer(useCases, migrations, new Claims());
    }

    private static AuditChainer chainer(CountingUseCases useCases, SchemaMigrations migrations, Claims claims) {
        AuditChainer chainer = new AuditChainer();
        chainer.chain = useCases;
        chainer.retention = useCases;
        chainer.migrations = migrations;
        chainer.shared = claims;
        return chainer;
    }

    private static final SchemaMigrations MIGRATED = new SchemaMigrations() {
        @Override
        public boolean completed() {
            return true;
        }
    };

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
        AuditChainer chainer = chainer(useCases, MIGRATED);

        chainer.round();
        chainer.prune();

        assertThat(useCases.calls).containsExactly("tenantsToSeal", "tenants");
    }

    /** Anything thrown out of a scheduled run would cancel every later run, silently. */
    @Test
    void aGridThatDoesNotAnswerCostsOneRunNotTheSchedule() {
        CountingUseCases useCases = new CountingUseCases();
        Claims claims = new Claims();
        claims.gridDown = true;
        AuditChainer chainer = chainer(useCases, MIGRATED, claims);

        assertThatCode(chainer::prune).doesNotThrowAnyException();
        claims.gridDown = false;
        chainer.prune();

        assertThat(useCases.calls).containsExactly("tenants");
    }

    @Test
    void prunesNothingWhileAnotherNodePrunes() {
        CountingUseCases useCases = new CountingUseCases();
        Claims claims = new Claims();
        claims.heldElsewhere.add(AuditChainer.RETENTION_JOB);
        AuditChainer chainer = chainer(useCases, MIGRATED, claims);

        chainer.prune();

        assertThat(useCases.calls).isEmpty();
    }
}
