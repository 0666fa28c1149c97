package com.dashify.identity.domain.user;

import com.dashify.identity.domain.common.Values;

/**
 * Where a user sits in their organisation (the SCIM enterprise extension, RFC 7643 §4.3).
 * {@code managerId} is the directory's identifier of the manager, kept as given.
 */
public record Employment(String employeeNumber, String costCenter, String organization, String division,
                         String department, String managerId) {

    public static final Employment EMPTY = new Employment(null, null, null, null, null, null);

    public Employment {
        employeeNumber = Values.optionalText("employeeNumber", employeeNumber, 128);
        costCenter = Values.optionalText("costCenter", costCenter, 256);
        organization = Values.optionalText("organization", organization, 256);
        division = Values.optionalText("division", division, 256);
        department = Values.optionalText("department", department, 256);
        managerId = Values.optionalText("manager.value", managerId, 256);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
