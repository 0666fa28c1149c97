package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.adapter.console.security.ConsoleSession;
import com.dashify.identity.application.group.port.in.GroupOverviewUseCase;
import com.dashify.identity.application.group.port.in.GroupOverviewUseCase.GroupSummary;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.domain.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The console's groups page, {@code /admin/groups.xhtml}: the groups the directory provisions, by
 * name, with how many members each has and the role the tenant's mapping gives its members. The
 * directory owns them: the page changes nothing.
 */
@Named
@RequestScoped
public class GroupsBean {

    static final int PAGE_SIZE = 200;

    @Inject
    ConsoleSession session;
    @Inject
    GroupOverviewUseCase groups;

    private Page<GroupSummary> page;

    public List<GroupRow> getGroups() {
        return result().items().stream().map(GroupRow::new).toList();
    }

    public long getTotal() {
        return result().total();
    }

    public boolean isTruncated() {
        return result().total() > result().items().size();
    }

    private Page<GroupSummary> result() {
        if (page == null) {
            page = groups.overview(session.user().actor(), PAGE_SIZE);
        }
        return page;
    }

    /** One line of the groups table; a class with getters, as Expression Language 5 needs. */
    public static final class GroupRow {

        private final String displayName;
        private final String externalId;
        private final long members;
        private final String role;

        GroupRow(GroupSummary summary) {
            this.displayName = summary.group().displayName().value();
            this.externalId = summary.group().externalId().map(Object::toString).orElse("");
            this.members = summary.members();
            this.role = summary.role().map(Role::displayName).orElse("");
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getExternalId() {
            return externalId;
        }

        public long getMembers() {
            return members;
        }

        /** The role a membership gives, or empty when the mapping does not name the group. */
        public String getRole() {
            return role;
        }
    }
}
