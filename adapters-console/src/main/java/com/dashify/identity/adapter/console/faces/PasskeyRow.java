package com.dashify.identity.adapter.console.faces;

import com.dashify.identity.domain.passkey.Passkey;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One line of the passkeys table, as the page shows it; never the key material. A class with
 * getters, not a record: Expression Language 5 (Jakarta EE 10) does not read record components.
 */
public final class PasskeyRow {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String id;
    private final String name;
    private final String created;
    private final String lastUsed;
    private final boolean enabled;
    private final String status;

    PasskeyRow(Passkey passkey) {
        this.id = passkey.id().toString();
        this.name = passkey.name();
        this.created = FORMAT.format(passkey.createdAt());
        this.lastUsed = passkey.lastUsedAt().map(FORMAT::format).orElse("never");
        this.enabled = passkey.isEnabled();
        this.status = passkey.isEnabled() ? "active"
                : "disabled" + passkey.disabledReason().map(reason -> " (" + reason + ")").orElse("");
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreated() {
        return created;
    }

    public String getLastUsed() {
        return lastUsed;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getStatus() {
        return status;
    }
}
