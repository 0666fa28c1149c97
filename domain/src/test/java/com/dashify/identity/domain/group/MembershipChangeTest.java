package com.dashify.identity.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipChangeTest {

    private final UserId ada = UserId.newId();
    private final UserId bob = UserId.newId();
    private final UserId eve = UserId.newId();

    @Test
    void operationsFoldInOrderAndTheLaterWins() {
        MembershipChange change = MembershipChange.none()
                .add(List.of(ada, bob))
                .remove(List.of(bob, eve))
                .add(List.of(eve));

        assertThat(change.replacement()).isEmpty();
        assertThat(change.added()).containsExactlyInAnyOrder(ada, eve);
        assertThat(change.removed()).containsExactly(bob);
        assertThat(change.joining()).containsExactlyInAnyOrder(ada, eve);
    }

    @Test
    void aReplacementTakesTheOperationsAfterItIntoTheNewList() {
        MembershipChange change = MembershipChange.none()
                .remove(List.of(ada))
                .replaceWith(List.of(ada, bob))
                .remove(List.of(bob))
                .add(List.of(eve));

        assertThat(change.replacement()).hasValueSatisfying(members ->
                assertThat(members).containsExactlyInAnyOrder(ada, eve));
        assertThat(change.added()).isEmpty();
        assertThat(change.removed()).isEmpty();
        assertThat(change.joining()).containsExactlyInAnyOrder(ada, eve);
    }

    @Test
    void removingEveryoneIsAnEmptyReplacementNotNoChange() {
        MembershipChange change = MembershipChange.replacingWith(List.of());

        assertThat(change.isEmpty()).isFalse();
        assertThat(change.replacement()).hasValueSatisfying(members -> assertThat(members).isEmpty());
        assertThat(MembershipChange.none().isEmpty()).isTrue();
    }
}
