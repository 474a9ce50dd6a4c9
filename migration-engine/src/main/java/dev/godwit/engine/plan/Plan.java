package dev.godwit.engine.plan;

import dev.godwit.engine.sql.SqlLexer;
import java.util.List;
import java.util.Set;

/**
 * The SQL of one migration: statements in order (as drizzle-kit writes them, a CREATE TABLE ending
 * in a newline), the tables rebuilt, and warnings the user should read before applying.
 */
public record Plan(List<String> statements, Set<String> rebuiltTables, List<String> warnings) {

    /** What stands between two statements of a migration file: drizzle's marker and a line break. */
    public static final String BREAKPOINT = SqlLexer.BREAKPOINT + "\n";

    public Plan {
        statements = List.copyOf(statements);
        rebuiltTables = Set.copyOf(rebuiltTables);
        warnings = List.copyOf(warnings);
    }

    /** The migration file text: statements joined by drizzle's breakpoint marker, no trailing newline added. */
    public String sqlText() {
        return String.join(BREAKPOINT, statements);
    }
}
