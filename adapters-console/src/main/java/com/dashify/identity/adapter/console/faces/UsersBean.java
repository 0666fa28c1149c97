package com.dashify.identity.adapter.console.faces;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import com.dashify.identity.adapter.console.security.ConsoleSession;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.group.port.in.GroupOverviewUseCase;
import com.dashify.identity.application.query.Page;
import com.dashify.identity.application.user.port.in.AdministrationRefusedException;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase.FindUsersQuery;
import com.dashify.identity.application.user.port.in.UserAdministrationUseCase.UserStatusCommand;
import com.dashify.identity.application.user.port.in.UserNotFoundException;
import com.dashify.identity.domain.group.GroupRef;
import com.dashify.identity.domain.user.User;
import com.dashify.identity.domain.user.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The console's users page, {@code /admin/users.xhtml}: the organisation's users by name, with their
 * role, SCIM groups and status, and deactivating or reactivating one. A deactivation here closes every door at
 * once, as the directory's does.
 */
@Named
@RequestScoped
public class UsersBean {

    static final int PAGE_SIZE = 50;

    @Inject
    ConsoleSession session;
    @Inject
    UserAdministrationUseCase administration;
    @Inject
    FacesContext faces;
    @Inject
    GroupOverviewUseCase groups;

    private Page<User> page;
    private List<UserRow> rows;

    /** The rows, read once per request: Faces asks for them several times while it renders. */
    public List<UserRow> getUsers() {
        if (rows == null) {
            List<User> users = result().items();
            Map<UserId, List<GroupRef>> groupsOf = groups.groupsOf(session.user().actor(),
                    users.stream().map(User::id).toList());
            rows = users.stream().map(user -> new UserRow(user, user.id().equals(session.user().userId()),
                    groupsOf.getOrDefault(user.id(), List.of()))).toList();
        }
        return rows;
    }

    public long getTotal() {
        return result().total();
    }

    public boolean isTruncated() {
        return result().total() > result().items().size();
    }

    public String deactivate(String userId) {
        return change(userId, true);
    }

    public String reactivate(String userId) {
        return change(userId, false);
    }

    private String change(String userId, boolean deactivate) {
        try {
            UserId id = UserId.parse(userId).orElseThrow(() -> new UserNotFoundException(null));
            UserStatusCommand command = new UserStatusCommand(session.user().actor(), id, session.context(
                    JSON.createObjectBuilder().add("userId", userId).build().toString()));
            User user = deactivate ? administration.deactivate(command) : administration.reactivate(command);
            message(FacesMessage.SEVERITY_INFO, deactivate
                    ? user.userName().value() + " is deactivated: signed out everywhere, tokens revoked, passkeys"
                    + " disabled."
                    : user.userName().value() + " is active again. Old sessions, tokens and passkeys stay closed.");
        } catch (AdministrationRefusedException | AccessDeniedException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (UserNotFoundException notFound) {
            message(FacesMessage.SEVERITY_ERROR, "No such user.");
        }
        NextPageMessages.keep(faces);
        return "/admin/users.xhtml?faces-redirect=true";
    }

    private Page<User> result() {
        if (page == null) {
            page = administration.find(new FindUsersQuery(session.user().actor(), getSearch(), 0, PAGE_SIZE));
        }
        return page;
    }

    private void message(FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    /**
     * The search, from the page's address or, on a post, from the form: read from the request itself,
     * because a table finds the row of a clicked button before Faces would set a bean property.
     */
    public String getSearch() {
        String search = faces.getExternalContext().getRequestParameterMap().get("search");
        return search == null ? "" : search;
    }

    /** One line of the users table; a class with getters, as Expression Language 5 needs. */
    public static final class UserRow {

        private final String id;
        private final String userName;
        private final String role;
        private final boolean active;
        private final boolean self;
        private final String groups;

        UserRow(User user, boolean self, List<GroupRef> groups) {
            this.id = user.id().toString();
            this.userName = user.userName().value();
            this.role = user.role().displayName();
            this.active = user.isActive();
            this.self = self;
            this.groups = groups.stream().map(group -> group.displayName().value()).sorted()
                    .collect(Collectors.joining(", "));
        }

        /** The names of the user's SCIM groups, in order, or empty. */
        public String getGroups() {
            return groups;
        }

        public String getId() {
            return id;
        }

        public String getUserName() {
            return userName;
        }

        public String getRole() {
            return role;
        }

        public boolean isActive() {
            return active;
        }

        public boolean isSelf() {
            return self;
        }
    }
}
