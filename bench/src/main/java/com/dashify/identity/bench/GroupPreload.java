package com.dashify.identity.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The PostgreSQL script that preloads the groups workload's groups into the tenant of the users
 * that preload-postgresql.sql wrote, as the service writes a group: one {@code groups} row, and
 * one {@code group_members} row per member. The group of size n is named {@code bench-group-<n>}
 * and holds {@code preloaded-1} to {@code preloaded-<n>}, so the groups overlap and the users
 * after the largest group are in none: those are the ones the workload adds and removes. No audit
 * records are written for the preload (the service would write one per group and per member).
 * Prints the script, with {@code @TENANT@} left for SqlTool to fill in.
 *
 * <pre>java -cp dashify-bench.jar com.dashify.identity.bench.GroupPreload 10,10000,100000 > groups.sql</pre>
 */
public final class GroupPreload {

    static final String NAME_PREFIX = "bench-group-";

    private GroupPreload() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GroupPreload SIZE[,SIZE…]");
        }
        System.out.print(script(sizes(args[0])));
    }

    /** Sizes as given on the command line: {@code 10,10000,100000}. */
    static List<Integer> sizes(String list) {
        List<Integer> sizes = Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
        if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1) || sizes.stream().distinct().count()
                != sizes.size()) {
            throw new IllegalArgumentException("group sizes must be distinct and positive: " + list);
        }
        return sizes;
    }

    static String name(int size) {
        return NAME_PREFIX + size;
    }

    static String script(List<Integer> sizes) {
        StringBuilder sql = new StringBuilder("""
                -- The groups workload's groups (GroupPreload): a row per group, a row per membership.
                """);
        for (int size : sizes) {
            String name = name(size);
            // The name's key is the name itself: lower case ASCII, as GroupName.key() would make it.
            sql.append(String.format(Locale.ROOT, """
                    insert into groups (id, tenant_id, display_name, display_name_key, external_id, created_at,
                                        last_modified_at, version)
                        values (gen_random_uuid()::text, '@TENANT@', '%1$s', '%1$s', gen_random_uuid()::text, now(),
                                now(), 1);
                    insert into group_members (group_id, user_id, tenant_id)
                        select g.id, u.id, u.tenant_id
                        from groups g, generate_series(1, %2$d) as i
                            join users u on u.tenant_id = '@TENANT@' and u.user_name_key = 'preloaded-' || i || '@bench.example'
                        where g.tenant_id = '@TENANT@' and g.display_name_key = '%1$s';
                    """, name, size));
        }
        return sql.append("analyze groups;\nanalyze group_members;\n").toString();
    }
}
