package com.dashify.identity.application.token.port.in;

import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.domain.token.TokenId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each directory connected to the organisation did lately, a directory being a token with
 * the {@code scim} scope: when it last called, its calls and changes per day, and what was refused
 * to it. What an admin reads when a directory "did not provision Bob".
 */
public interface ProvisioningActivityUseCase {

    /** Days shown, today (UTC) included. */
    int DAYS = 30;
    /** Refused requests shown per directory. */
    int LATEST_REFUSALS = 10;

    /**
     * The organisation's directories, the most recently active first.
     *
     * @throws AccessDeniedException when the actor may not manage the organisation
     */
    List<DirectoryActivity> activity(Actor actor);

    /**
     * A directory's activity.
     *
     * @param lastCall when its token last authenticated a request (recorded at most once a minute)
     * @param days     one entry per day, oldest first, {@link #DAYS} of them
     * @param refusals the newest refused requests, newest first
     */
    record DirectoryActivity(TokenId tokenId, String name, Optional<Instant> lastCall, Optional<String> lastCallFrom,
                             boolean revoked, List<Day> days, List<RefusedCall> refusals) {

        public DirectoryActivity {
            Objects.requireNonNull(tokenId, "tokenId");
            days = List.copyOf(days);
            refusals = List.copyOf(refusals);
        }

        public long calls() {
            return days.stream().mapToLong(Day::calls).sum();
        }

        public long changes() {
            return days.stream().mapToLong(Day::changes).sum();
        }
    }

    /**
     * A day of a directory.
     *
     * @param calls    requests its token authenticated
     * @param changes  changes it made (audit records that succeeded)
     * @param refusals requests refused to it
     */
    record Day(LocalDate day, long calls, long changes, long refusals) {
    }

    /**
     * A refused request, as the audit trail keeps it.
     *
     * @param answer what the caller was told, in the words of the adapter that answered it (for SCIM,
     *               the status and the error type)
     * @param reason why it was refused: for a SCIM error, the detail the directory was given; for a
     *               refused token, the service's own reason; null when none was recorded
     */
    record RefusedCall(Instant at, String action, String targetId, String answer, String reason) {
    }
}
