package com.dashify.identity.domain.user;

/** What a role lets its holder do. Checked on every request against the user's current role. */
public enum Permission {
    /** See the organisation's dashboards. */
    VIEW_DASHBOARDS("dashboards:read"),
    /** Create and change dashboards. */
    EDIT_DASHBOARDS("dashboards:write"),
    /** Administer the organisation: tokens, sign-in and role-mapping settings, the console. */
    MANAGE_ORGANISATION("organisation:manage");

    private final String wireName;

    Permission(String wireName) {
        this.wireName = wireName;
    }

    /** The name used by the API, such as {@code dashboards:write}. */
    public String wireName() {
        return wireName;
    }
}
