package com.dashify.identity.application.user.port.out;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.MappedAttribute;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleMapping;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RoleMappingRepository} must do, run against the in-memory store and the JPA
 * store on H2 and on PostgreSQL.
 */
public abstract class RoleMappingRepositoryContract {

    protected TenantId tenant;
    protected TenantId otherTenant;

    /** The store under test; each test starts from a store with no mapping for {@link #tenant}. */
    protected abstract RoleMappingRepository repository();

    /** Makes the tenant exist, for stores that check references. */
    protected abstract void givenTenant(TenantId tenantId);

    /** Runs work in one transaction of the store. */
    protected abstract <T> T inTransaction(Supplier<T> work);

    @BeforeEach
    void createTenants() {
        tenant = TenantId.newId();
        otherTenant = TenantId.newId();
        givenTenant(tenant);
        givenTenant(otherTenant);
    }

    @SafeVarargs
    private static RoleMapping byDepartment(Map.Entry<String, Role>... entries) {
        Map<String, Role> values = new LinkedHashMap<>();
        for (Map.Entry<String, Role> entry : entries) {
            values.put(entry.getKey(), entry.getValue());
        }
        return new RoleMapping(MappedAttribute.DEPARTMENT, true, values, Role.VIEWER);
    }

    private void save(TenantId tenantId, RoleMapping mapping) {
        inTransaction(() -> {
            repository().save(tenantId, mapping);
            return null;
        });
    }

    private void remove(TenantId tenantId) {
        inTransaction(() -> {
            repository().remove(tenantId);
            return null;
        });
    }

    private Optional<RoleMapping> find(TenantId tenantId) {
        return inTransaction(() -> repository().find(tenantId));
    }

    @Test
    void savedMappingReadsBackWithItsValuesInTheirOrder() {
        RoleMapping mapping = byDepartment(entry("Engineering", Role.EDITOR), entry("dashify-admins", Role.ORG_ADMIN),
                entry("Audit", Role.VIEWER));

        save(tenant, mapping);

        RoleMapping found = find(tenant).orElseThrow();
        assertThat(found).isEqualTo(mapping);
        assertThat(found.values().keySet()).containsExactly("Engineering", "dashify-admins", "Audit");
        assertThat(found.attributeRead()).contains(MappedAttribute.DEPARTMENT);
        assertThat(found.fromGroups()).isTrue();
        assertThat(inTransaction(() -> repository().inForce(tenant))).isEqualTo(mapping);
    }

    @Test
    void aMappingThatReadsOnlyScimGroupsIsStoredAsOne() {
        RoleMapping scimGroupsOnly = new RoleMapping(null, false, Map.of("dashify-admins", Role.ORG_ADMIN),
                Role.VIEWER, true);

        save(tenant, scimGroupsOnly);

        RoleMapping found = find(tenant).orElseThrow();
        assertThat(found).isEqualTo(scimGroupsOnly);
        assertThat(found.fromScimGroups()).isTrue();
        assertThat(found.fromGroups()).isFalse();
    }

    @Test
    void savingAgainReplacesTheMappingWhole() {
        save(tenant, byDepartment(entry("Engineering", Role.EDITOR), entry("dashify-admins", Role.ORG_ADMIN),
                entry("Audit", Role.VIEWER)));
        RoleMapping groupsOnly = new RoleMapping(null, true, Map.of("editors", Role.EDITOR), Role.EDITOR);

        save(tenant, groupsOnly);

        RoleMapping found = find(tenant).orElseThrow();
        assertThat(found).isEqualTo(groupsOnly);
        assertThat(found.values().keySet()).containsExactly("editors");
        assertThat(found.attributeRead()).isEmpty();
        assertThat(found.defaultRole()).isEqualTo(Role.EDITOR);
    }

    @Test
    void replacingKeepsTheNewOrderOfTheSameValues() {
        save(tenant, byDepartment(entry("a", Role.VIEWER), entry("b", Role.EDITOR), entry("c", Role.ORG_ADMIN)));

        save(tenant, byDepartment(entry("c", Role.VIEWER), entry("a", Role.EDITOR), entry("b", Role.ORG_ADMIN)));

        RoleMapping found = find(tenant).orElseThrow();
        assertThat(found.values().keySet()).containsExactly("c", "a", "b");
        assertThat(found.values()).containsEntry("c", Role.VIEWER).containsEntry("b", Role.ORG_ADMIN);
    }

    @Test
    void replacingWithAnEmptyTableLeavesNoValues() {
        save(tenant, byDepartment(entry("Engineering", Role.EDITOR)));
        RoleMapping noValues = new RoleMapping(MappedAttribute.ROLES, false, Map.of(), Role.VIEWER);

        save(tenant, noValues);

        assertThat(find(tenant)).contains(noValues);
        assertThat(find(tenant).orElseThrow().values()).isEmpty();
    }

    @Test
    void removedMappingLeavesTheDefaultInForce() {
        save(tenant, byDepartment(entry("Engineering", Role.EDITOR)));

        remove(tenant);
        remove(tenant);

        assertThat(find(tenant)).isEmpty();
        assertThat(inTransaction(() -> repository().inForce(tenant))).isEqualTo(RoleMapping.byDefault());
        save(tenant, byDepartment(entry("Sales", Role.VIEWER)));
        assertThat(find(tenant).orElseThrow().values().keySet()).containsExactly("Sales");
    }

    @Test
    void mappingOfAnotherTenantIsNeitherFoundNorTouched() {
        RoleMapping ours = byDepartment(entry("Engineering", Role.EDITOR));
        save(tenant, ours);
        assertThat(find(otherTenant)).isEmpty();
        assertThat(inTransaction(() -> repository().inForce(otherTenant))).isEqualTo(RoleMapping.byDefault());

        save(otherTenant, byDepartment(entry("Sales", Role.ORG_ADMIN)));
        remove(otherTenant);

        assertThat(find(tenant)).contains(ours);
        assertThat(find(tenant).orElseThrow().values().keySet()).containsExactly("Engineering");
    }
}
