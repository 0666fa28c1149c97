package com.dashify.identity.application.audit.service;

import static com.dashify.identity.application.user.port.in.Activation.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.AuditPage;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.Criteria;
import com.dashify.identity.application.audit.port.in.ReadAuditTrailUseCase.ReadAuditQuery;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.query.NamedAuditRecord;
import com.dashify.identity.application.user.port.in.DeleteUserUseCase.DeleteUserCommand;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditReadingServiceTest {

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");
    private final Fixture.TenantWithAdmin globex = fixture.tenant("globex");

    private User provision(Fixture.TenantWithAdmin tenant, String userName) {
        return fixture.provision.provision(new ProvisionUserCommand(tenant.actor(),
                new UserDraft(new UserName(userName), null, UNCHANGED, UserProfile.EMPTY), Fixture.REQUEST));
    }

    private List<NamedAuditRecord> read(Actor actor, Criteria criteria) {
        AuditPage page = fixture.auditReading.read(new ReadAuditQuery(actor, criteria, null, 500));
        return page.records();
    }

    private static Criteria target(String target) {
        return new Criteria(null, target, null, null, null, null);
    }

    private static Criteria actor(String actor) {
        return new Criteria(actor, null, null, null, null, null);
    }

    @Test
    void recordsCarryTheNamesOfTheirActorTokenAndTargetAsTheyAreNow() {
        User ada = provision(acme, "ada@acme.example");

        NamedAuditRecord provisioned = read(acme.actor(), target(ada.id().toString())).get(0);

        assertThat(provisioned.record().action()).isEqualTo("user.provision");
        assertThat(provisioned.actorUserName()).isEqualTo("admin@acme.example");
        assertThat(provisioned.actorTokenName()).isEqualTo("Initial SCIM token");
        assertThat(provisioned.targetName()).isEqualTo("ada@acme.example");
        NamedAuditRecord tokenIssued = read(acme.actor(), new Criteria(null, null, "token.issue", null, null, null))
                .get(0);
        assertThat(tokenIssued.targetName()).as("a token target").isEqualTo("Initial SCIM token");
        assertThat(fixture.audit.entries()).as("names are never written into the records")
                .noneMatch(entry -> entry.toString().contains("Initial SCIM token"));
    }

    @Test
    void aUserNameFiltersForEveryUserWhoHasOrHadItAndOnlyInTheTenant() {
        User first = provision(acme, "ada@acme.example");
        fixture.delete.delete(new DeleteUserCommand(acme.actor(), first.id(), null, Fixture.REQUEST));
        User second = provision(acme, "ADA@acme.example");
        provision(acme, "grace@acme.example");
        User stranger = provision(globex, "ada@acme.example");

        List<NamedAuditRecord> ada = read(acme.actor(), target("Ada@Acme.example"));

        assertThat(ada).extracting(named -> named.record().action() + " " + named.record().targetId() + " "
                        + named.targetName())
                .containsExactlyInAnyOrder("user.provision " + second.id() + " ADA@acme.example",
                        "user.provision " + first.id() + " ada@acme.example",
                        "user.deactivate " + first.id() + " ada@acme.example",
                        "user.delete " + first.id() + " ada@acme.example");
        assertThat(read(acme.actor(), target(stranger.id().toString()))).as("another tenant's user").isEmpty();
        assertThat(read(acme.actor(), target("nobody@acme.example"))).isEmpty();
        assertThat(read(acme.actor(), actor("ADMIN@acme.example"))).hasSizeGreaterThanOrEqualTo(4)
                .allMatch(named -> acme.actor().userId().toString().equals(named.record().actorUserId()));
        assertThat(read(acme.actor(), actor("admin@globex.example"))).as("the other tenant's admin").isEmpty();
    }

    @Test
    void onlyAnOrgAdminReads() {
        User editor = fixture.provision.provision(new ProvisionUserCommand(acme.actor(),
                new UserDraft(new UserName("editor@acme.example"), null, UNCHANGED, UserProfile.EMPTY),
                Fixture.REQUEST));
        assertThat(editor.role()).isNotEqualTo(Role.ORG_ADMIN);

        assertThatThrownBy(() -> read(Actor.signingIn(editor.tenantId(), editor.id()), Criteria.none()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
