package com.dashify.identity.adapter.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of {@code user_role_claims}. */
@Embeddable
public class RoleClaimEmbeddable {

    @Column(name = "role_value", nullable = false)
    String value;

    @Column(name = "role_type", length = 64)
    String type;

    @Column(name = "is_primary", nullable = false)
    boolean primary;

    @Column(name = "display")
    String display;

    @Override
    public boolean equals(Object o) {
        return o instanceof RoleClaimEmbeddable other
                && Objects.equals(value, other.value)
                && Objects.equals(type, other.type)
                && primary == other.primary
                && Objects.equals(display, other.display);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, type, primary, display);
    }
}
