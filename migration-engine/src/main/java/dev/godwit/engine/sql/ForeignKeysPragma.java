package dev.godwit.engine.sql;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises {@code PRAGMA foreign_keys=OFF}, which drizzle-kit writes around a table rebuild. */
public final class ForeignKeysPragma {

    private static final Pattern OFF = Pattern.compile("(?is)^\\s*PRAGMA\\s+foreign_keys\\s*=\\s*(OFF|0|false|no)\\s*;?\\s*$");

    private ForeignKeysPragma() {
    }

    /**
     * Whether the statements switch foreign keys off (a table rebuild does): inside a transaction
     * that PRAGMA does nothing, so only a database that runs it around the transaction honours it. Comments before it are
     * skipped, as SQLite skips them (a hand-written migration's first statement carries the template's).
     */
    public static boolean asksOff(List<String> statements) {
        return statements.stream().anyMatch(s -> OFF.matcher(StatementKind.fromCode(s)).matches());
    }
}
