package com.dashify.identity.adapter.console.faces;

import static com.dashify.identity.adapter.console.JsonProviders.JSON;

import com.dashify.identity.adapter.console.security.ConsoleSession;
import com.dashify.identity.application.common.port.in.AccessDeniedException;
import com.dashify.identity.application.dashboard.port.in.DashboardsUseCase;
import com.dashify.identity.application.dashboard.port.in.DashboardsUseCase.CreateDashboardCommand;
import com.dashify.identity.domain.common.InvalidValueException;
import com.dashify.identity.domain.dashboard.Dashboard;
import com.dashify.identity.domain.user.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signed-in user's home, {@code /app/}: who they are, their current role and its permissions,
 * the organisation's dashboards, and creating one, which needs the Editor role or above at the
 * moment of the post.
 */
@Named
@RequestScoped
public class AppBean {

    @Inject
    ConsoleSession session;
    @Inject
    DashboardsUseCase dashboards;
    @Inject
    FacesContext faces;

    private String name;
    private List<Dashboard> list;

    public List<Dashboard> getDashboards() {
        if (list == null) {
            list = dashboards.list(session.user().actor());
        }
        return list;
    }

    public String getPermissions() {
        return session.user().role().permissions().stream().map(Permission::wireName).sorted()
                .collect(Collectors.joining(", "));
    }

    public boolean isEditor() {
        return session.user().allows(Permission.EDIT_DASHBOARDS);
    }

    /** Creates the dashboard; a caller whose current role may not gets 403 and nothing is stored. */
    public String create() throws IOException {
        try {
            dashboards.create(new CreateDashboardCommand(session.user().actor(), name,
                    session.context(JSON.createObjectBuilder().add("name", name == null ? "" : name).build().toString())));
        } catch (AccessDeniedException denied) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN,
                    "Your role (" + session.getRoleName() + ") may not create dashboards.");
            faces.responseComplete();
            return null;
        } catch (InvalidValueException invalid) {
            faces.addMessage("create:name", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "A dashboard needs a name of up to 200 characters.", null));
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Dashboard created.", null));
        NextPageMessages.keep(faces);
        return "/app/index.xhtml?faces-redirect=true";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
