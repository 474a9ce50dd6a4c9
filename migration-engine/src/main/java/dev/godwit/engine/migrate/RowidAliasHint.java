package dev.godwit.engine.migrate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite 3.5x refuses ALTER TABLE ADD, DROP and RENAME COLUMN of a column named rowid, oid or _rowid_, which older versions
 * (and the SQLite drizzle-kit was tested with) took: the migration was written for them. What to do instead, for the error.
 */
public final class RowidAliasHint {

    private static final Pattern REFUSED = Pattern.compile("cannot (rename from|rename to|add|drop) rowid alias: (\\S+)");

    private RowidAliasHint() {
    }

    /** The hint for SQLite's {@code message}, or null when it is not this refusal. */
    public static String of(String message) {
        if (message == null) return null;
        Matcher m = REFUSED.matcher(message);
        if (!m.find()) return null;
        return "SQLite 3.5x refuses ALTER TABLE on a column named rowid, oid or _rowid_ (here " + m.group(2).replaceAll("[)\"]+$", "")
                + "), which older SQLite took. The table has to be rebuilt instead: for a migration Godwit generated, drop it (mvn db:drop)"
                + " and generate it again, which rebuilds the table; for another tool's or a hand-written one, write the rebuild (CREATE"
                + " TABLE with the new column list, INSERT ... SELECT, DROP TABLE, ALTER TABLE ... RENAME TO) in its place.";
    }
}
