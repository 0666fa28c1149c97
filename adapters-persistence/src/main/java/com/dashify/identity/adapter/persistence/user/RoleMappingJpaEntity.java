package com.dashify.identity.adapter.persistence.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A row of {@code role_mappings} with its table of values in {@code role_mapping_values}. */
@Entity(name = "RoleMapping")
@Table(name = "role_mappings")
public class RoleMappingJpaEntity {

    @Id
    @Column(name = "tenant_id", length = 36)
    String tenantId;
    @Column(name = "mapped_attribute", length = 32)
    String attribute;
    @Column(name = "from_groups", nullable = false)
    boolean fromGroups;
    @Column(name = "from_scim_groups", nullable = false)
    boolean fromScimGroups;
    @Column(name = "default_role", nullable = false, length = 16)
    String defaultRole;

    @ElementCollection
    @CollectionTable(name = "role_mapping_values", joinColumns = @JoinColumn(name = "tenant_id"))
    @OrderColumn(name = "idx")
    List<Value> values = new ArrayList<>();

    /** A row of {@code role_mapping_values}. */
    @Embeddable
    public static class Value {

        @Column(name = "idp_value", nullable = false, length = 256)
        String idpValue;
        @Column(name = "role_name", nullable = false, length = 16)
        String role;
    }
}
