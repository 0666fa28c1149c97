package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.adapter.console.security.ConsoleSession;
import com.dashify.identity.application.token.port.in.ProvisioningActivityUseCase;
import com.dashify.identity.application.token.port.in.ProvisioningActivityUseCase.DirectoryActivity;
import com.dashify.identity.application.token.port.in.ProvisioningActivityUseCase.RefusedCall;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/**
 * The console's provisioning page, {@code /admin/provisioning.xhtml}: for each directory (each
 * token with the {@code scim} scope), when it last called, its calls and changes per day over 30
 * days as a chart, and the requests refused to it with what it was told. The page changes nothing.
 */
@Named
@RequestScoped
public class ProvisioningBean {

    @Inject
    ConsoleSession session;
    @Inject
    ProvisioningActivityUseCase activity;

    private List<Directory> directories;

    public List<Directory> getDirectories() {
        if (directories == null) {
            directories = activity.activity(session.user().actor()).stream().map(Directory::new).toList();
        }
        return directories;
    }

    public int getDays() {
        return ProvisioningActivityUseCase.DAYS;
    }

    private static String time(Instant instant) {
        return AuditBean.FORMAT.format(instant);
    }

    /** A directory's card; a class with getters, as Expression Language 5 needs. */
    public static final class Directory {

        private final DirectoryActivity activity;

        Directory(DirectoryActivity activity) {
            this.activity = activity;
        }

        public String getName() {
            return activity.name();
        }

        public String getTokenId() {
            return activity.tokenId().toString();
        }

        public boolean isRevoked() {
            return activity.revoked();
        }

        public String getLastCall() {
            return activity.lastCall().map(ProvisioningBean::time)
                    .map(at -> at + activity.lastCallFrom().map(from -> " from " + from).orElse(""))
                    .orElse("never");
        }

        public long getCalls() {
            return activity.calls();
        }

        public long getChanges() {
            return activity.changes();
        }

        public long getToday() {
            return activity.days().get(activity.days().size() - 1).changes();
        }

        public long getRefusedCount() {
            return activity.days().stream().mapToLong(ProvisioningActivityUseCase.Day::refusals).sum();
        }

        public String getChart() {
            return ActivityChart.svg(activity.days());
        }

        public List<Refused> getRefusals() {
            return activity.refusals().stream().map(Refused::new).toList();
        }
    }

    /** A refused request's row. */
    public static final class Refused {

        private final RefusedCall call;

        Refused(RefusedCall call) {
            this.call = call;
        }

        public String getTime() {
            return time(call.at());
        }

        public String getAction() {
            return call.action();
        }

        public String getTarget() {
            return call.targetId() == null ? "" : call.targetId();
        }

        /** The HTTP status: the answer's first word (SCIM refusals are answered as "409 uniqueness"). */
        public String getStatus() {
            return call.answer().split(" ", 2)[0];
        }

        /** The SCIM error type, when the answer had one. */
        public String getScimType() {
            String[] answer = call.answer().split(" ", 2);
            return answer.length > 1 ? answer[1] : "";
        }

        public String getReason() {
            return call.reason() == null ? "" : call.reason();
        }
    }
}
