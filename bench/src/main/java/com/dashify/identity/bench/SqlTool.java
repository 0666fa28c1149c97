package com.dashify.identity.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The benchmark scripts' SQL client for either database the service runs on (an H2 database is
 * reached through its AUTO_SERVER port while the service holds it open). Runs a script,
 * statements ending with a semicolon at the end of a line, {@code @NAME@} replaced by the values
 * given, committed at its end (H2 also commits at each {@code CREATE TABLE}); or prints the first
 * column of a query's first row.
 *
 * <pre>java -cp dashify-bench.jar com.dashify.identity.bench.SqlTool URL USER PASSWORD --script FILE [NAME=value…]
 * java -cp dashify-bench.jar com.dashify.identity.bench.SqlTool URL USER PASSWORD --query SQL</pre>
 */
public final class SqlTool {

    private SqlTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || !List.of("--script", "--query").contains(args[3])) {
            throw new IllegalArgumentException("usage: URL USER PASSWORD (--script FILE [NAME=value…] | --query SQL)");
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            if (args[3].equals("--query")) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery(args[4])) {
                    System.out.println(rows.next() ? rows.getString(1) : "");
                }
                return;
            }
            Map<String, String> values = new TreeMap<>();
            for (int i = 5; i < args.length; i++) {
                int equals = args[i].indexOf('=');
                values.put(args[i].substring(0, equals), args[i].substring(equals + 1));
            }
            run(connection, statements(Files.readString(Path.of(args[4])), values));
        }
    }

    /** The script's statements, comments dropped and {@code @NAME@} placeholders filled in. */
    static List<String> statements(String script, Map<String, String> values) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("the script's last statement has no semicolon: " + current);
        }
        List<String> filled = new ArrayList<>();
        for (String statement : statements) {
            for (Map.Entry<String, String> value : values.entrySet()) {
                statement = statement.replace("@" + value.getKey() + "@", value.getValue());
            }
            if (statement.matches("(?s).*@[A-Z]+@.*")) {
                throw new IllegalArgumentException("no value for a placeholder in: " + statement);
            }
            filled.add(statement);
        }
        return filled;
    }

    private static void run(Connection connection, List<String> statements) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }
}
