package com.dashify.identity.adapter.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of {@code user_phone_numbers}. */
@Embeddable
public class PhoneNumberEmbeddable {

    @Column(name = "phone_number", nullable = false, length = 64)
    String number;

    @Column(name = "phone_type", length = 64)
    String type;

    @Column(name = "is_primary", nullable = false)
    boolean primary;

    @Column(name = "display")
    String display;

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumberEmbeddable other
                && Objects.equals(number, other.number)
                && Objects.equals(type, other.type)
                && primary == other.primary
                && Objects.equals(display, other.display);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, type, primary, display);
    }
}
