package com.dashify.identity.adapter.persistence.user;

import com.dashify.identity.domain.user.EmailAddress;
import com.dashify.identity.domain.user.PhoneNumber;
import com.dashify.identity.domain.user.PostalAddress;
import com.dashify.identity.domain.user.RoleClaim;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The multi-valued attributes of users, read for several users at once in one query over the
 * five child tables. Reads that only build users (searches, a read by id) use it: an entity's
 * collections load with a query per table, which made a {@code userName eq} lookup cost six
 * queries. Reads that go on to write the user keep the entity's collections, which change
 * tracking compares.
 */
final class UserChildRows {

    private static final String NO_TEXT = "cast(null as varchar(1024))";
    /** How many text columns each table's branch of the union fills, with NO_TEXT where it has fewer. */
    private static final int TEXTS = 7;
    /**
     * One select per child table, all in the union's shape: user id, kind, index, the text columns
     * (from {@link #FIRST_TEXT} on), then whether the value is the primary one.
     */
    private static final List<String> BRANCHES = List.of(
            branch("e", "idx", List.of("address", "email_type", "display"), "is_primary", "user_emails"),
            branch("p", "idx", List.of("phone_number", "phone_type", "display"), "is_primary", "user_phone_numbers"),
            branch("a", "idx", List.of("formatted", "street_address", "locality", "region", "postal_code", "country",
                    "address_type"), "is_primary", "user_addresses"),
            branch("r", "idx", List.of("role_value", "role_type", "display"), "is_primary", "user_role_claims"),
            branch("g", "0", List.of("idp_group"), "false", "user_idp_groups"));
    private static final int USER_ID = 0;
    private static final int KIND = 1;
    private static final int FIRST_TEXT = 3;
    private static final int PRIMARY = FIRST_TEXT + TEXTS;

    private UserChildRows() {
    }

    /** A user's multi-valued attributes, each list in its stored order. */
    record Children(List<EmailAddress> emails, List<PhoneNumber> phoneNumbers, List<PostalAddress> addresses,
                    List<RoleClaim> roleClaims, Set<String> idpGroups) {

        static final Children NONE = new Children(List.of(), List.of(), List.of(), List.of(), Set.of());
    }

    /** The children of each of these users; a user without any maps to {@link Children#NONE}. */
    static Map<String, Children> of(EntityManager em, Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(userIds);
        int size = ids.size();
        String sql = IntStream.range(0, BRANCHES.size())
                .mapToObj(branch -> BRANCHES.get(branch) + IntStream.rangeClosed(1, size)
                        .mapToObj(i -> "?" + (branch * size + i)).collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(" union all ", "", " order by 1, 2, 3"));
        Query query = em.createNativeQuery(sql);
        for (int branch = 0; branch < BRANCHES.size(); branch++) {
            for (int i = 0; i < size; i++) {
                query.setParameter(branch * size + i + 1, ids.get(i));
            }
        }
        Map<String, Builder> builders = new HashMap<>();
        for (Object result : query.getResultList()) {
            Object[] values = (Object[]) result;
            builders.computeIfAbsent((String) values[USER_ID], id -> new Builder()).add(values);
        }
        Map<String, Children> children = new HashMap<>();
        ids.forEach(id -> children.put(id, builders.containsKey(id) ? builders.get(id).build() : Children.NONE));
        return children;
    }

    private static String branch(String kind, String index, List<String> texts, String primary, String table) {
        List<String> columns = new ArrayList<>(texts);
        while (columns.size() < TEXTS) {
            columns.add(NO_TEXT);
        }
        return "select user_id, '" + kind + "', " + index + ", " + String.join(", ", columns) + ", " + primary
                + " from " + table + " where user_id in ";
    }

    /** Collects one user's rows, which arrive ordered by table and index. */
    private static final class Builder {

        private final List<EmailAddress> emails = new ArrayList<>();
        private final List<PhoneNumber> phoneNumbers = new ArrayList<>();
        private final List<PostalAddress> addresses = new ArrayList<>();
        private final List<RoleClaim> roleClaims = new ArrayList<>();
        private final Set<String> idpGroups = new HashSet<>();

        void add(Object[] values) {
            String[] text = new String[TEXTS];
            for (int i = 0; i < TEXTS; i++) {
                text[i] = (String) values[FIRST_TEXT + i];
            }
            boolean primary = Boolean.TRUE.equals(values[PRIMARY]);
            switch (String.valueOf(values[KIND]).strip()) {
                case "e" -> emails.add(new EmailAddress(text[0], text[1], primary, text[2]));
                case "p" -> phoneNumbers.add(new PhoneNumber(text[0], text[1], primary, text[2]));
                case "a" -> addresses.add(new PostalAddress(text[0], text[1], text[2], text[3], text[4], text[5],
                        text[6], primary));
                case "r" -> roleClaims.add(new RoleClaim(text[0], text[1], primary, text[2]));
                case "g" -> idpGroups.add(text[0]);
                default -> throw new IllegalStateException("unknown child row kind " + values[KIND]);
            }
        }

        Children build() {
            return new Children(List.copyOf(emails), List.copyOf(phoneNumbers), List.copyOf(addresses),
                    List.copyOf(roleClaims), Set.copyOf(idpGroups));
        }
    }
}
