package com.dashify.identity.adapter.console.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Carries a page's messages over the redirect that follows a post ("User deactivated.") in the HTTP
 * session, which a cluster replicates, and shows them on the next page rendered. In place of the
 * Faces flash: Mojarra's flash keeps its data in the memory of the node that wrote it, behind a
 * cookie only that node can decrypt (and another node failed the request it came with), so the
 * console keeps the flash from crossing requests at all ({@link
 * com.dashify.identity.adapter.console.security.FacesAcrossNodesFilter}).
 */
public class NextPageMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = NextPageMessages.class.getName();

    /** A message and the component it is for (null: the page). */
    record Kept(String clientId, FacesMessage message) implements Serializable {
    }

    /** Keeps the messages queued in this request for the next page this browser renders, after any kept before. */
    public static void keep(FacesContext faces) {
        ArrayList<Kept> kept = new ArrayList<>();
        if (faces.getExternalContext().getSessionMap().get(ATTRIBUTE) instanceof List<?> earlier) {
            earlier.stream().filter(Kept.class::isInstance).map(Kept.class::cast).forEach(kept::add);
        }
        int before = kept.size();
        Iterator<String> clientIds = faces.getClientIdsWithMessages();
        while (clientIds.hasNext()) {
            String clientId = clientIds.next();
            faces.getMessageList(clientId).forEach(message -> kept.add(new Kept(clientId, message)));
        }
        if (kept.size() > before) {
            faces.getExternalContext().getSessionMap().put(ATTRIBUTE, kept);
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        ExternalContext external = faces.getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Object kept = external.getSessionMap().remove(ATTRIBUTE);
        if (kept instanceof List<?> messages) {
            for (Object each : messages) {
                if (each instanceof Kept message) {
                    faces.addMessage(message.clientId(), message.message());
                }
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // Nothing after rendering.
    }
}
