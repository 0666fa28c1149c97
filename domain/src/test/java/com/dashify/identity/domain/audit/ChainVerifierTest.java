package com.dashify.identity.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.domain.audit.ChainVerifier.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private record Link(long sequence, String recordId, String previousHash, String hash, String content) {
    }

    private static List<Link> chain(String... contents) {
        List<Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < contents.length; i++) {
            String hash = AuditChain.linkHash(previous, contents[i]);
            links.add(new Link(i + 1, "r" + (i + 1), previous, hash, contents[i]));
            previous = hash;
        }
        return links;
    }

    private static ChainVerifier walk(List<Link> links) {
        ChainVerifier verifier = new ChainVerifier();
        links.forEach(link -> verifier.accept(link.sequence(), link.recordId(), link.previousHash(), link.hash(),
                link.content()));
        return verifier;
    }

    @Test
    void anIntactChainVerifies() {
        ChainVerifier verifier = walk(chain("a", "b", "c"));

        assertThat(verifier.firstBreak()).isEmpty();
        assertThat(verifier.checked()).isEqualTo(3);
    }

    @Test
    void aPrunedChainVerifiesFromItsNewStartAndMissesNothingAfterIt() {
        List<Link> links = chain("a", "b", "c", "d");
        Link lastPruned = links.get(1);
        ChainVerifier fromStart = new ChainVerifier(3, lastPruned.hash());
        links.subList(2, 4).forEach(link -> fromStart.accept(link.sequence(), link.recordId(), link.previousHash(),
                link.hash(), link.content()));
        ChainVerifier oldestKeptDeleted = new ChainVerifier(3, lastPruned.hash());
        Link fourth = links.get(3);
        oldestKeptDeleted.accept(4, fourth.recordId(), fourth.previousHash(), fourth.hash(), fourth.content());

        assertThat(fromStart.firstBreak()).isEmpty();
        assertThat(fromStart.checked()).isEqualTo(2);
        assertThat(oldestKeptDeleted.firstBreak()).contains(new ChainVerifier.Break(3, "r4", Reason.LINK_MISSING));
    }

    @Test
    void anEditedRecordBreaksTheChainThere() {
        List<Link> links = new ArrayList<>(chain("a", "b", "c"));
        Link edited = links.get(1);
        links.set(1, new Link(2, edited.recordId(), edited.previousHash(), edited.hash(), "B"));

        assertThat(walk(links).firstBreak()).contains(new ChainVerifier.Break(2, "r2", Reason.RECORD_CHANGED));
    }

    @Test
    void aDeletedLinkOrRecordAndASwapAreEachFound() {
        List<Link> withoutLink = new ArrayList<>(chain("a", "b", "c"));
        withoutLink.remove(1);
        List<Link> withoutRecord = new ArrayList<>(chain("a", "b", "c"));
        Link gone = withoutRecord.get(1);
        withoutRecord.set(1, new Link(2, gone.recordId(), gone.previousHash(), gone.hash(), null));
        List<Link> swapped = new ArrayList<>(chain("a", "b", "c"));
        Link second = swapped.get(1);
        Link third = swapped.get(2);
        swapped.set(1, new Link(2, third.recordId(), third.previousHash(), third.hash(), third.content()));
        swapped.set(2, new Link(3, second.recordId(), second.previousHash(), second.hash(), second.content()));

        assertThat(walk(withoutLink).firstBreak()).hasValueSatisfying(found ->
                assertThat(found.reason()).isEqualTo(Reason.LINK_MISSING));
        assertThat(walk(withoutRecord).firstBreak()).contains(new ChainVerifier.Break(2, "r2", Reason.RECORD_MISSING));
        assertThat(walk(swapped).firstBreak()).contains(new ChainVerifier.Break(2, "r3", Reason.LINK_OUT_OF_ORDER));
    }

    @Test
    void canonicalContentIsUnambiguous() {
        assertThat(AuditChain.canonical(List.of("ab", "c"))).isNotEqualTo(AuditChain.canonical(List.of("a", "bc")));
        assertThat(AuditChain.canonical(Arrays.asList("-", null)))
                .isNotEqualTo(AuditChain.canonical(Arrays.asList(null, "-")));
        assertThat(AuditChain.linkHash(AuditChain.GENESIS, "x")).hasSize(64);
    }
}
