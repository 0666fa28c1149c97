package com.dashify.identity.adapter.persistence.user;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A row of {@code user_addresses}. */
@Embeddable
public class AddressEmbeddable {

    @Column(name = "formatted", length = 1024)
    String formatted;
    @Column(name = "street_address", length = 512)
    String streetAddress;
    @Column(name = "locality")
    String locality;
    @Column(name = "region")
    String region;
    @Column(name = "postal_code", length = 64)
    String postalCode;
    @Column(name = "country", length = 64)
    String country;
    @Column(name = "address_type", length = 64)
    String type;
    @Column(name = "is_primary", nullable = false)
    boolean primary;

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressEmbeddable other
                && Objects.equals(formatted, other.formatted)
                && Objects.equals(streetAddress, other.streetAddress)
                && Objects.equals(locality, other.locality)
                && Objects.equals(region, other.region)
                && Objects.equals(postalCode, other.postalCode)
                && Objects.equals(country, other.country)
                && Objects.equals(type, other.type)
                && primary == other.primary;
    }

    @Override
    public int hashCode() {
        return Objects.hash(formatted, streetAddress, locality, region, postalCode, country, type, primary);
    }
}
