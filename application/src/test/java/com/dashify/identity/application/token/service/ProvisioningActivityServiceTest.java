package com.dashify.identity.application.token.service;

import static com.dashify.identity.application.user.port.in.Activation.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.audit.port.in.RecordRefusalUseCase.RefusedRequest;
import com.dashify.identity.application.audit.service.RefusalService;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase.AuthenticateTokenCommand;
import com.dashify.identity.application.token.port.in.IssueTokenUseCase.IssueTokenCommand;
import com.dashify.identity.application.token.port.in.ProvisioningActivityUseCase;
import com.dashify.identity.application.token.port.in.ProvisioningActivityUseCase.DirectoryActivity;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvisioningActivityServiceTest {

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");
    private final Actor admin = Actor.signingIn(acme.actor().tenantId(), acme.actor().userId());

    private Actor call(String secret) {
        return fixture.authentication.authenticate(new AuthenticateTokenCommand(secret, Scope.SCIM, Fixture.REQUEST));
    }

    private User provision(Actor directory, String userName) {
        return fixture.provision.provision(new ProvisionUserCommand(directory,
                new UserDraft(new UserName(userName), null, UNCHANGED, UserProfile.EMPTY), Fixture.REQUEST));
    }

    /** As the schedule does. */
    private void writeCounts() {
        TokenCallCounter.writer(fixture.tokenCalls).write(fixture.callCounter.drain());
    }

    @Test
    void eachDirectoryShowsItsLastCallItsCallsAndChangesPerDayAndWhatWasRefusedToIt() {
        Actor okta = call(acme.scimToken());
        provision(okta, "ada@acme.example");
        call(acme.scimToken());
        writeCounts();
        fixture.clock.advance(Duration.ofDays(1));
        Actor later = call(acme.scimToken());
        provision(later, "grace@acme.example");
        new RefusalService(fixture.audit, fixture.clock).refused(new RefusedRequest(later, "user.provision", "user",
                null, Refusal.CONFLICT, "409 uniqueness", "userName 'ada@acme.example' is already taken",
                Fixture.REQUEST));
        writeCounts();
        fixture.tokenManagement.issue(new IssueTokenCommand(admin, new TokenName("reporting"), Set.of(Scope.AUDIT),
                null, Fixture.REQUEST));

        List<DirectoryActivity> directories = fixture.provisioningActivity.activity(admin);

        assertThat(directories).as("only tokens with the scim scope").hasSize(1);
        DirectoryActivity directory = directories.get(0);
        assertThat(directory.name()).isEqualTo("Initial SCIM token");
        assertThat(directory.lastCall()).isPresent();
        assertThat(directory.days()).hasSize(ProvisioningActivityUseCase.DAYS);
        LocalDate today = LocalDate.ofInstant(fixture.clock.instant(), ZoneOffset.UTC);
        assertThat(directory.days().get(29).day()).isEqualTo(today);
        assertThat(directory.days().get(28)).extracting(day -> day.calls() + "/" + day.changes() + "/"
                + day.refusals()).isEqualTo("2/1/0");
        assertThat(directory.days().get(29)).extracting(day -> day.calls() + "/" + day.changes() + "/"
                + day.refusals()).isEqualTo("1/1/1");
        assertThat(directory.refusals()).singleElement().satisfies(refused -> {
            assertThat(refused.answer()).isEqualTo("409 uniqueness");
            assertThat(refused.reason()).isEqualTo("userName 'ada@acme.example' is already taken");
        });
    }

    @Test
    void countsThatCouldNotBeWrittenAreGivenBackAndAddUpWithLaterCalls() {
        call(acme.scimToken());
        call(acme.scimToken());
        var drained = fixture.callCounter.drain();
        call(acme.scimToken());

        fixture.callCounter.restore(drained);
        writeCounts();

        assertThat(fixture.tokenCalls.since(acme.actor().tenantId(), LocalDate.EPOCH)).singleElement()
                .satisfies(day -> assertThat(day.calls()).isEqualTo(3));
        assertThat(fixture.callCounter.drain()).isEmpty();
    }

    @Test
    void callsAreKeptInMemoryUntilWrittenAndOnlyAnOrgAdminReadsTheActivity() {
        call(acme.scimToken());
        call(acme.scimToken());
        assertThat(fixture.tokenCalls.since(acme.actor().tenantId(), LocalDate.EPOCH)).isEmpty();

        writeCounts();
        writeCounts();

        assertThat(fixture.tokenCalls.since(acme.actor().tenantId(), LocalDate.EPOCH)).singleElement()
                .satisfies(day -> assertThat(day.calls()).isEqualTo(2));
        User viewer = provision(acme.actor(), "viewer@acme.example");
        assertThatThrownBy(() -> fixture.provisioningActivity.activity(Actor.signingIn(viewer.tenantId(),
                viewer.id()))).isInstanceOf(AccessDeniedException.class);
    }
}
