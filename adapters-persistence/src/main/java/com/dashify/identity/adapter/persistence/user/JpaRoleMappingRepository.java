package com.dashify.identity.adapter.persistence.user;

import com.dashify.identity.adapter.persistence.IdentitySchema;
import com.dashify.identity.application.user.port.out.RoleMappingRepository;
import com.dashify.identity.domain.tenant.TenantId;
import com.dashify.identity.domain.user.MappedAttribute;
import com.dashify.identity.domain.user.Role;
import com.dashify.identity.domain.user.RoleMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Stores role mappings with JPA. */
@ApplicationScoped
public class JpaRoleMappingRepository implements RoleMappingRepository {

    @PersistenceContext(unitName = IdentitySchema.PERSISTENCE_UNIT)
    private EntityManager em;

    /** For CDI. */
    protected JpaRoleMappingRepository() {
    }

    public JpaRoleMappingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<RoleMapping> find(TenantId tenantId) {
        return Optional.ofNullable(em.find(RoleMappingJpaEntity.class, tenantId.toString()))
                .map(JpaRoleMappingRepository::toDomain);
    }

    @Override
    public void save(TenantId tenantId, RoleMapping mapping) {
        RoleMappingJpaEntity stored = em.find(RoleMappingJpaEntity.class, tenantId.toString());
        RoleMappingJpaEntity row = stored == null ? new RoleMappingJpaEntity() : stored;
        row.tenantId = tenantId.toString();
        row.attribute = mapping.attributeRead().map(Enum::name).orElse(null);
        row.fromGroups = mapping.fromGroups();
        row.fromScimGroups = mapping.fromScimGroups();
        row.defaultRole = mapping.defaultRole().name();
        row.values.clear();
        mapping.values().forEach((value, role) -> {
            RoleMappingJpaEntity.Value entry = new RoleMappingJpaEntity.Value();
            entry.idpValue = value;
            entry.role = role.name();
            row.values.add(entry);
        });
        if (stored == null) {
            em.persist(row);
        }
    }

    @Override
    public void remove(TenantId tenantId) {
        RoleMappingJpaEntity row = em.find(RoleMappingJpaEntity.class, tenantId.toString());
        if (row != null) {
            em.remove(row);
        }
    }

    private static RoleMapping toDomain(RoleMappingJpaEntity row) {
        Map<String, Role> values = new LinkedHashMap<>();
        row.values.forEach(entry -> values.put(entry.idpValue, Role.valueOf(entry.role)));
        return new RoleMapping(row.attribute == null ? null : MappedAttribute.valueOf(row.attribute), row.fromGroups,
                values, Role.valueOf(row.defaultRole), row.fromScimGroups);
    }
}
