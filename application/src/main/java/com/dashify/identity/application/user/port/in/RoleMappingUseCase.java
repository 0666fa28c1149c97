package com.dashify.identity.application.user.port.in;

import com.dashify.identity.application.common.port.in.Actor;
import com.dashify.identity.application.common.port.in.RequestContext;
import com.dashify.identity.domain.user.RoleMapping;
import java.util.Objects;

/**
 * Reading and replacing the tenant's role mapping; Org Admins only. A new mapping applies to each
 * user the next time what it reads is presented: a SCIM write that changes the mapped attribute,
 * or an SSO sign-in when it reads the groups claim. It never demotes anyone by itself.
 */
public interface RoleMappingUseCase {

    /** The mapping in force: the tenant's own or the default; {@code configured} tells which. */
    MappingInForce get(Actor actor);

    MappingInForce replace(ReplaceRoleMappingCommand command);

    /** Goes back to the default mapping. */
    MappingInForce reset(Actor actor, RequestContext request);

    record MappingInForce(RoleMapping mapping, boolean configured) {
    }

    record ReplaceRoleMappingCommand(Actor actor, RoleMapping mapping, RequestContext request) {

        public ReplaceRoleMappingCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(mapping, "mapping");
            Objects.requireNonNull(request, "request");
        }
    }
}
