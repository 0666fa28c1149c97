package com.dashify.identity.application.passkey.service;

import com.dashify.identity.application.audit.port.out.AuditTrail;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.Refusal;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.application.common.service.AuditRecorder;
import com.dashify.identity.application.common.service.Authorization;
import com.dashify.identity.application.passkey.port.in.PasskeyNotFoundException;
import com.dashify.identity.application.passkey.port.in.PasskeySignInUseCase;
import com.dashify.identity.application.passkey.port.in.PasskeysUseCase;
import com.dashify.identity.application.passkey.port.out.PasskeyRepository;
import com.dashify.identity.application.user.port.out.UserRepository;
import com.dashify.identity.domain.passkey.Passkey;
import com.dashify.identity.domain.passkey.PasskeyCloneSuspectedException;
import com.dashify.identity.domain.passkey.PasskeyId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registering, listing and removing one's passkeys, and signing in with one. */
public final class PasskeyService implements PasskeysUseCase, PasskeySignInUseCase {

    /** Why a passkey whose signature counter went back is disabled. */
    static final String CLONE_SUSPECTED = "signature counter went back: possibly cloned";

    private final PasskeyRepository passkeys;
    private final UserRepository users;
    private final Authorization authorization;
    private final AuditRecorder audit;
    private final Clock clock;

    public PasskeyService(PasskeyRepository passkeys, UserRepository users, AuditTrail auditTrail, Clock clock) {
        this.passkeys = passkeys;
        this.users = users;
        this.authorization = new Authorization(users);
        this.audit = new AuditRecorder(auditTrail);
        this.clock = clock;
    }

    @Override
    public List<Passkey> list(Actor actor) {
        authorization.active(actor);
        return passkeys.findOf(actor.tenantId(), actor.userId());
    }

    @Override
    public Passkey register(RegisterPasskeyCommand command) {
        authorization.active(command.actor());
        Instant now = clock.instant();
        Passkey passkey = Passkey.register(command.actor().tenantId(), command.actor().userId(),
                command.credentialId(), command.publicKeyRecord(), command.signCount(), command.name(), now);
        passkeys.add(passkey);
        audit.byUser(command.actor(), "passkey.register", "passkey", passkey.id().toString(),
                List.of("name:" + passkey.name()), command.request(), now);
        return passkey;
    }

    @Override
    public void remove(Actor actor, PasskeyId id, RequestContext request) {
        authorization.active(actor);
        if (!passkeys.remove(actor.tenantId(), actor.userId(), id)) {
            throw new PasskeyNotFoundException();
        }
        audit.byUser(actor, "passkey.remove", "passkey", id.toString(), List.of(), request, clock.instant());
    }

    @Override
    public Optional<byte[]> publicKeyRecord(String credentialId) {
        return passkeys.findByCredentialId(credentialId)
                .filter(passkey -> passkey.isEnabled() && ownerIsActive(passkey))
                .map(Passkey::publicKeyRecord);
    }

    @Override
    public Optional<SignedInWithPasskey> signIn(PasskeySignInCommand command) {
        Optional<Passkey> known = passkeys.findByCredentialIdForUpdate(command.credentialId());
        if (known.isEmpty()) {
            // A credential no tenant knows: there is no tenant to record the refusal for.
            return Optional.empty();
        }
        Passkey passkey = known.get();
        Instant now = clock.instant();
        String refusal = !passkey.isEnabled() ? "passkey_disabled"
                : !ownerIsActive(passkey) ? "inactive_user"
                : !passkey.userId().equals(command.presentedUser()) ? "user_handle_mismatch" : null;
        if (refusal != null) {
            audit.refusedAnonymous(passkey.tenantId(), "user.sign_in", "user", passkey.userId().toString(),
                    Outcome.refused(Refusal.FORBIDDEN), List.of("method:passkey", "passkey:" + passkey.id(), refusal),
                    command.request(), now);
            return Optional.empty();
        }
        Actor owner = Actor.signingIn(passkey.tenantId(), passkey.userId());
        try {
            passkey.used(command.signCount(), now);
        } catch (PasskeyCloneSuspectedException cloned) {
            passkey.disable(now, CLONE_SUSPECTED);
            passkeys.update(passkey);
            audit.byUser(owner, "passkey.disable", "passkey", passkey.id().toString(),
                    List.of("disabled:" + CLONE_SUSPECTED), command.request(), now);
            return Optional.empty();
        }
        passkeys.update(passkey);
        audit.byUser(owner, "user.sign_in", "user", passkey.userId().toString(),
                List.of("method:passkey", "passkey:" + passkey.id()), command.request(), now);
        return Optional.of(new SignedInWithPasskey(passkey.tenantId(), passkey.userId()));
    }

    private boolean ownerIsActive(Passkey passkey) {
        return users.findById(passkey.tenantId(), passkey.userId())
                .filter(user -> user.isActive() && !user.isDeleted())
                .isPresent();
    }
}
