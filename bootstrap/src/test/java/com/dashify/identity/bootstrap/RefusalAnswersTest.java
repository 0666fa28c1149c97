package com.dashify.identity.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.adapter.audit.OutcomeColumn;
import com.dashify.identity.adapter.rest.http.Refusals;
import com.dashify.identity.application.audit.port.out.Outcome;
import com.dashify.identity.application.common.port.in.Refusal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The two adapters that put a refusal into words agree: the status the REST adapters answer a
 * refusal with is the one the audit trail records for it when the application refused on its own
 * (a token, a sign-in), so that the trail never names a status the caller did not get.
 */
class RefusalAnswersTest {

    @Test
    void theTrailRecordsTheStatusTheCallerGotForEveryKindOfRefusal() {
        assertThat(Arrays.stream(Refusal.values()).map(refusal -> OutcomeColumn.of(Outcome.refused(refusal))))
                .containsExactlyElementsOf(Arrays.stream(Refusal.values())
                        .map(refusal -> Integer.toString(Refusals.status(refusal))).toList());
    }
}
