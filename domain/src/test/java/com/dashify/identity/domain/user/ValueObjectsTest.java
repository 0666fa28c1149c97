package com.dashify.identity.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dashify.identity.domain.common.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @Test
    void userNameKeepsItsCaseButComparesWithoutIt() {
        UserName name = new UserName("  Ada.Lovelace@Example.COM ");

        assertThat(name.value()).isEqualTo("Ada.Lovelace@Example.COM");
        assertThat(name.key()).isEqualTo("ada.lovelace@example.com");
        assertThat(name.sameAs(new UserName("ada.lovelace@example.com"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "a\u0000b", "line\nbreak", "tab\tinside"})
    void userNameRejectsBlankAndControlCharacters(String bad) {
        assertThatThrownBy(() -> new UserName(bad).requireVisible())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).attribute()).isEqualTo("userName");
    }

    @Test
    void userNameComparesTrimmedAndInComposedFormAsItIsLookedUp() {
        // "josé" with e and a combining acute accent (NFD), and with é as one character (NFC).
        UserName decomposed = new UserName(" Jose\u0301@Example.com ");

        assertThat(decomposed.value()).isEqualTo("Jose\u0301@Example.com");
        assertThat(decomposed.key()).isEqualTo("jos\u00e9@example.com");
        assertThat(decomposed.sameAs(new UserName("jos\u00e9@example.com"))).isTrue();
        assertThat(UserName.keyOf(" JOSE\u0301@example.com\t")).isEqualTo(decomposed.key());
        assertThat(UserName.partKeyOf("SE\u0301@")).isEqualTo("s\u00e9@");
        assertThat(UserName.partKeyOf(" a ")).isEqualTo(" a ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil\u202Egpj.exe@example.com", "line\u2028separator", "para\u2029separator", "\u200B",
        "zero\u200Bwidth", "\uFEFFbom", "soft\u00ADhyphen", "isolate\u2066x\u2069", "joiner\u200D", "tag\uDB40\uDC01"})
    void userNameRejectsInvisibleAndBidirectionalControlCharacters(String bad) {
        assertThatThrownBy(() -> new UserName(bad).requireVisible())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).attribute()).isEqualTo("userName");
    }

    @Test
    void userNameRejectsNullAndOverlongValues() {
        assertThatThrownBy(() -> new UserName(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UserName("x".repeat(10_000)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 256");
        assertThat(new UserName("x".repeat(256)).value()).hasSize(256);
    }

    @Test
    void userNameWhoseLowerCaseOutgrowsTheLimitIsRejected() {
        // "İ" (U+0130) lower-cases to two characters: 200 of them make a 400-character key.
        assertThatThrownBy(() -> new UserName("\u0130".repeat(200))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new EmailAddress("\u0130".repeat(200) + "@x.io", null, false, null))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new UserName("\u0130".repeat(128)).key()).hasSize(256);
    }

    @Test
    void userNameRejectsLoneSurrogates() {
        assertThatThrownBy(() -> new UserName("a\uD800b")).isInstanceOf(InvalidValueException.class);
        assertThat(new UserName("emoji\uD83D\uDE00").value()).endsWith("\uD83D\uDE00");
    }

    @Test
    void externalIdIsOpaqueAndCaseExact() {
        assertThat(new ExternalId("AbC")).isNotEqualTo(new ExternalId("abc"));
        assertThat(ExternalId.ofNullable("  ")).isNull();
        assertThatThrownBy(() -> new ExternalId("x".repeat(257))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "two@@example.com", "@example.com", "ada@", "sp ace@example.com"})
    void emailRejectsValuesThatAreNotAddresses(String bad) {
        assertThatThrownBy(() -> new EmailAddress(bad, "work", true, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void emailKeyIsLowerCase() {
        assertThat(new EmailAddress("Ada@Example.com", "work", true, null).key()).isEqualTo("ada@example.com");
    }

    @Test
    void blankOptionalAttributesBecomeAbsent() {
        PersonName name = new PersonName("", " ", null, null, null, null);

        assertThat(name.isEmpty()).isTrue();
    }

    @Test
    void profileRejectsTwoPrimaryValuesOfOneAttribute() {
        List<EmailAddress> emails = List.of(new EmailAddress("a@x.io", "work", true, null),
                new EmailAddress("b@x.io", "home", true, null));

        assertThatThrownBy(() -> new UserProfile(null, null, null, null, null, null, null, null, null, emails,
                null, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("primary");
    }

    @Test
    void profileRejectsTooManyValues() {
        List<PhoneNumber> phones = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> new PhoneNumber("+1 555 01" + i, "work", false, null)).toList();

        assertThatThrownBy(() -> new UserProfile(null, null, null, null, null, null, null, null, null, null,
                phones, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 20");
    }

    @Test
    void addressNeedsAtLeastOneComponent() {
        assertThatThrownBy(() -> new PostalAddress(null, "", null, null, null, null, "work", false))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new PostalAddress("1 Main St\nSpringfield", null, null, null, null, null, "work", true)
                .formatted()).contains("\n");
    }

    @Test
    void userIdParsingRefusesAnythingButACanonicalUuid() {
        assertThat(UserId.parse("../x")).isEmpty();
        assertThat(UserId.parse("' OR 1=1")).isEmpty();
        assertThat(UserId.parse("1-1-1-1-1")).isEmpty();
        assertThat(UserId.parse(null)).isEmpty();
        UserId id = UserId.newId();
        assertThat(UserId.parse(id.toString())).contains(id);
        assertThat(UserId.parse(id.toString().toUpperCase())).contains(id);
    }
}
