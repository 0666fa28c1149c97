package com.dashify.identity.adapter.persistence;

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

    /** Each table's columns, in the shape the union shares: text columns s1 to s7, then is_primary. */
    private static final String NO_TEXT = "cast(null as varchar(1024))";
    private static final List<String> BRANCHES = List.of(
            branch("e", "idx", List.of("address", "email_type", "display"), "is_primary", "user_emails"),
            branch("p", "idx", List.of("phone_number", "phone_type", "display"), "is_primary", "user_phone_numbers"),
            branch("a", "idx", List.of("formatted", "street_address", "locality", "region", "postal_code", "country",
                    "address_type"), "is_primary", "user_addresses"),
            branch("r", "idx", List.of("role_value", "role_type", "display"), "is_primary", "user_role_claims"),
            branch("g", "0", List.of("idp_group"), "false", "user_idp_groups"));

    private UserChildRows() {
    }

    /** A user's multi-valued attributes, each list in its stored order. */
    record Children(List<EmailAddress> emails, List<PhoneNumber> phoneNumbers, List<PostalAddress> addresses,
                    List<RoleClaim> roleClaims, Set<String> idpGroups) {

        static final Children NONE = new Children(List.of(), List.of(), List.of(), List.of(), Set.of());

        /** Those of a loaded entity, through its collections. */
        static Children of(UserJpaEntity row) {
            return new Children(
                    row.emails.stream().map(e -> new EmailAddress(e.address, e.type, e.primary, e.display)).toList(),
                    row.phoneNumbers.stream().map(p -> new PhoneNumber(p.number, p.type, p.primary, p.display))
                            .toList(),
                    row.addresses.stream().map(a -> new PostalAddress(a.formatted, a.streetAddress, a.locality,
                            a.region, a.postalCode, a.country, a.type, a.primary)).toList(),
                    row.roleClaims.stream().map(r -> new RoleClaim(r.value, r.type, r.primary, r.display)).toList(),
                    Set.copyOf(row.idpGroups));
        }
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
            Object[] column = (Object[]) result;
            builders.computeIfAbsent((String) column[0], id -> new Builder()).add(column);
        }
        Map<String, Children> children = new HashMap<>();
        ids.forEach(id -> children.put(id, builders.containsKey(id) ? builders.get(id).build() : Children.NONE));
        return children;
    }

    private static String branch(String kind, String index, List<String> texts, String primary, String table) {
        List<String> columns = new ArrayList<>(texts);
        while (columns.size() < 7) {
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

        void add(Object[] column) {
            String s1 = (String) column[3];
            String s2 = (String) column[4];
            String s3 = (String) column[5];
            boolean primary = Boolean.TRUE.equals(column[10]);
            switch (String.valueOf(column[1]).strip()) {
                case "e" -> emails.add(new EmailAddress(s1, s2, primary, s3));
                case "p" -> phoneNumbers.add(new PhoneNumber(s1, s2, primary, s3));
                case "a" -> addresses.add(new PostalAddress(s1, s2, s3, (String) column[6], (String) column[7],
                        (String) column[8], (String) column[9], primary));
                case "r" -> roleClaims.add(new RoleClaim(s1, s2, primary, s3));
                case "g" -> idpGroups.add(s1);
                default -> throw new IllegalStateException("unknown child row kind " + column[1]);
            }
        }

        Children build() {
            return new Children(List.copyOf(emails), List.copyOf(phoneNumbers), List.copyOf(addresses),
                    List.copyOf(roleClaims), Set.copyOf(idpGroups));
        }
    }
}
