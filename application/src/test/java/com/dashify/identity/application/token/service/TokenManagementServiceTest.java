package com.dashify.identity.application.token.service;

import static com.dashify.identity.application.user.port.in.Activation.UNCHANGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.application.Fixture;
import com.dashify.identity.application.audit.port.out.AuditEntry;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.AuthenticationFailedException;
import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.tenant.port.in.TenantNotFoundException;
import com.dashify.identity.application.token.port.in.AuthenticateTokenUseCase.AuthenticateTokenCommand;
import com.dashify.identity.application.token.port.in.IssueTokenUseCase.IssueTokenCommand;
import com.dashify.identity.application.token.port.in.ListTokensUseCase.TokenList;
import com.dashify.identity.application.token.port.in.OperatorIssueTokenUseCase.OperatorIssueTokenCommand;
import com.dashify.identity.application.token.port.in.RevokeTokenUseCase.RevokeTokenCommand;
import com.dashify.identity.application.token.port.in.TokenNotFoundException;
import com.dashify.identity.application.user.port.in.ProvisionUserUseCase.ProvisionUserCommand;
import com.dashify.identity.application.user.port.in.UserDraft;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.token.IssuedToken;
import com.dashify.identity.domain.token.PersonalAccessToken;
import com.dashify.identity.domain.token.Scope;
import com.dashify.identity.domain.token.TokenName;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserName;
import com.dashify.identity.domain.user.UserProfile;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenManagementServiceTest {

    private final Fixture fixture = new Fixture();
    private final Fixture.TenantWithAdmin acme = fixture.tenant("acme");
    private final Actor admin = Actor.signingIn(acme.actor().tenantId(), acme.actor().userId());

    private IssuedToken issue(Actor actor, String name, Set<Scope> scopes, Integer days) {
        return fixture.tokenManagement.issue(new IssueTokenCommand(actor, new TokenName(name), scopes, days,
                Fixture.REQUEST));
    }

    @Test
    void issuedTokenAuthenticatesForItsScopesOnlyAndIsAuditedWithoutItsSecret() {
        IssuedToken issued = issue(admin, "Entra provisioning", Set.of(Scope.SCIM, Scope.TOKENS), null);

        Actor via = fixture.authentication.authenticate(new AuthenticateTokenCommand(issued.secret().reveal(),
                Scope.TOKENS, Fixture.from("198.51.100.7")));
        assertThat(via.tokenId()).isEqualTo(issued.token().id());
        assertThatThrownBy(() -> fixture.authentication.authenticate(new AuthenticateTokenCommand(
                issued.secret().reveal(), Scope.AUDIT, Fixture.from("198.51.100.7")))).isInstanceOf(AccessDeniedException.class);
        AuditEntry entry = fixture.audit.entries().stream().filter(e -> e.action().equals("token.issue"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(entry.actorUserId()).isEqualTo(admin.userId());
        assertThat(entry.actorTokenId()).isNull();
        assertThat(entry.targetId()).isEqualTo(issued.token().id().toString());
        assertThat(entry.changes()).contains("name:Entra_provisioning", "scopes:scim,tokens");
        assertThat(entry.toString()).doesNotContain(issued.secret().reveal())
                .doesNotContain(issued.token().secretHash().hex());
    }

    @Test
    void lifetimeIsOptionalAndBounded() {
        IssuedToken thirty = issue(admin, "thirty", Set.of(Scope.SCIM), 30);

        assertThat(thirty.token().expiresAt()).contains(fixture.clock.instant().plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> issue(admin, "zero", Set.of(Scope.SCIM), 0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> issue(admin, "forever-ish", Set.of(Scope.SCIM), 3651))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> issue(admin, "none", Set.of(), null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void userWhoIsNotAnOrgAdminCannotHoldAdminScopes() {
        User viewer = fixture.provision.provision(new ProvisionUserCommand(acme.actor(),
                new UserDraft(new UserName("viewer@acme.example"), null, UNCHANGED, UserProfile.EMPTY),
                        Fixture.REQUEST));

        assertThatThrownBy(() -> issue(Actor.signingIn(viewer.tenantId(), viewer.id()), "mine", Set.of(Scope.SCIM),
                null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTokenIssuesNothingBeyondItsOwnScopesAndLifetime() {
        IssuedToken manager = issue(admin, "rotation", Set.of(Scope.TOKENS, Scope.SCIM), 30);
        Actor viaManager = Actor.viaToken(admin.tenantId(), admin.userId(), manager.token().id());

        assertThatThrownBy(() -> issue(viaManager, "wider", Set.of(Scope.AUDIT), 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> issue(viaManager, "forever", Set.of(Scope.SCIM), null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> issue(viaManager, "longer", Set.of(Scope.SCIM), 31))
                .isInstanceOf(InvalidValueException.class);
        assertThat(issue(viaManager, "narrower", Set.of(Scope.SCIM), 30).token().scopes()).containsExactly(Scope.SCIM);
        // Signed in to the console, the admin is bound by their role only.
        assertThat(issue(admin, "console", Set.of(Scope.AUDIT), null).token().expiresAt()).isEmpty();
    }

    @Test
    void usageIsRecordedAtMostOncePerInterval() {
        IssuedToken issued = issue(admin, "usage", Set.of(Scope.SCIM), null);
        String secret = issued.secret().reveal();

        fixture.authentication.authenticate(new AuthenticateTokenCommand(secret, Scope.SCIM, Fixture.from("198.51.100.1")));
        var firstUse = fixture.clock.instant();
        fixture.clock.advance(Duration.ofSeconds(30));
        fixture.authentication.authenticate(new AuthenticateTokenCommand(secret, Scope.SCIM, Fixture.from("198.51.100.2")));
        PersonalAccessToken afterSecond = fixture.tokens.findByHash(issued.secret().hash()).orElseThrow();
        fixture.clock.advance(Duration.ofSeconds(31));
        fixture.authentication.authenticate(new AuthenticateTokenCommand(secret, Scope.SCIM, Fixture.from("198.51.100.3")));
        PersonalAccessToken afterThird = fixture.tokens.findByHash(issued.secret().hash()).orElseThrow();

        assertThat(afterSecond.lastUsedAt()).contains(firstUse);
        assertThat(afterSecond.lastUsedFrom()).contains("198.51.100.1");
        assertThat(afterThird.lastUsedAt()).contains(fixture.clock.instant());
        assertThat(afterThird.lastUsedFrom()).contains("198.51.100.3");
    }

    @Test
    void orgAdminSeesEveryTokenOfTheTenantWithOwnersAndOnlyThem() {
        fixture.clock.advance(Duration.ofSeconds(1));
        issue(admin, "mine", Set.of(Scope.SCIM), null);
        Fixture.TenantWithAdmin globex = fixture.tenant("globex");

        TokenList list = fixture.tokenManagement.list(admin);

        assertThat(list.own()).extracting(summary -> summary.token().name().value())
                .containsExactly("mine", "Initial SCIM token");
        assertThat(list.tenant()).hasSize(2).allSatisfy(summary ->
                assertThat(summary.ownerUserName()).isEqualTo("admin@acme.example"));
        assertThat(fixture.tokenManagement.list(Actor.signingIn(globex.actor().tenantId(), globex.actor().userId()))
                .tenant()).extracting(summary -> summary.token().tenantId())
                .containsOnly(globex.actor().tenantId());
    }

    @Test
    void revocationTakesEffectOnTheNextUseAndIsAudited() {
        IssuedToken issued = issue(admin, "to revoke", Set.of(Scope.SCIM), null);

        fixture.tokenManagement.revoke(new RevokeTokenCommand(admin, issued.token().id(), Fixture.REQUEST));
        fixture.tokenManagement.revoke(new RevokeTokenCommand(admin, issued.token().id(), Fixture.REQUEST));

        assertThatThrownBy(() -> fixture.authentication.authenticate(new AuthenticateTokenCommand(
                issued.secret().reveal(), Scope.SCIM, Fixture.from("198.51.100.1")))).isInstanceOf(AuthenticationFailedException.class);
        assertThat(fixture.audit.entries()).filteredOn(entry -> entry.action().equals("token.revoke")).hasSize(1);
        AuditEntry refusal = fixture.audit.entries().get(fixture.audit.entries().size() - 1);
        assertThat(refusal.action()).isEqualTo("token.authenticate");
        assertThat(refusal.outcome()).isEqualTo(Outcome.refused(Refusal.UNAUTHENTICATED));
        assertThat(refusal.changes()).containsExactly("revoked");
        assertThat(refusal.actorTokenId()).isEqualTo(issued.token().id());
        assertThat(refusal.clientAddress()).isEqualTo("198.51.100.1");
    }

    @Test
    void tokensOfAnotherTenantCannotBeRevoked() {
        Fixture.TenantWithAdmin globex = fixture.tenant("globex");

        assertThatThrownBy(() -> fixture.tokenManagement.revoke(new RevokeTokenCommand(admin,
                globex.created().scimToken().token().id(), Fixture.REQUEST))).isInstanceOf(TokenNotFoundException.class);
        assertThat(fixture.tokens.findByHash(globex.created().scimToken().secret().hash()).orElseThrow().revokedAt())
                .isEmpty();
    }

    @Test
    void operatorIssuesToTheFirstAdminOrANamedOrgAdmin() {
        IssuedToken toFirst = fixture.tokenManagement.issue(new OperatorIssueTokenCommand(acme.actor().tenantId(), null,
                new TokenName("automation"), Set.of(Scope.TOKENS), 90, Fixture.REQUEST));
        IssuedToken named = fixture.tokenManagement.issue(new OperatorIssueTokenCommand(acme.actor().tenantId(),
                new UserName("ADMIN@acme.example"), new TokenName("named"), Set.of(Scope.SCIM), null, Fixture.REQUEST));

        assertThat(toFirst.token().ownerId()).isEqualTo(acme.actor().userId());
        assertThat(named.token().ownerId()).isEqualTo(acme.actor().userId());
        assertThatThrownBy(() -> fixture.tokenManagement.issue(new OperatorIssueTokenCommand(TenantId.newId(), null,
                new TokenName("x"), Set.of(Scope.SCIM), null, Fixture.REQUEST)))
                .isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> fixture.tokenManagement.issue(new OperatorIssueTokenCommand(acme.actor().tenantId(),
                new UserName("nobody@acme.example"), new TokenName("x"), Set.of(Scope.SCIM), null, Fixture.REQUEST)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
