package com.dashify.identity.adapter.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of {@code user_emails}. */
@Embeddable
public class EmailEmbeddable {

    @Column(name = "address", nullable = false, length = 254)
    String address;

    /** The lower-case address, compared by lookups and indexed. */
    @Column(name = "address_key", nullable = false, length = 254)
    String addressKey;

    @Column(name = "email_type", length = 64)
    String type;

    @Column(name = "is_primary", nullable = false)
    boolean primary;

    @Column(name = "display")
    String display;

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailEmbeddable other
                && Objects.equals(address, other.address)
                && Objects.equals(addressKey, other.addressKey)
                && Objects.equals(type, other.type)
                && primary == other.primary
                && Objects.equals(display, other.display);
    }

    @Override
    public int hashCode() {
        return Objects.hash(address, addressKey, type, primary, display);
    }
}
