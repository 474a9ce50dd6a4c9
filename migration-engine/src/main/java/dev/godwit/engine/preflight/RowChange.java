package dev.godwit.engine.preflight;

import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows a migration removed or rewrote in a table it keeps: what, where, how many of how many, and
 * through which migration and statement (0-based; -1 when no single statement can be named), and for a change
 * {@link #byTrigger}, the triggers that made it (empty when none can be named).
 */
public record RowChange(Kind kind, String table, String column, long rows, long of, Migration migration, int statement, String statementText,
                        List<String> triggers) {

    public enum Kind {
        /** Rows vanished from a table the migration does not drop (e.g. a cascade from a rebuilt parent). */
        ROWS_DELETED,
        /** Foreign-key values set to NULL (ON DELETE SET NULL from a rebuilt parent). */
        SET_NULL,
        /** Foreign-key values changed to another value (ON DELETE SET DEFAULT, or rewritten). */
        REFERENCE_CHANGED,
        /** Integers copied into a column of REAL affinity that cannot hold them exactly (beyond 2^53): rounded. */
        VALUES_ROUNDED,
        /**
         * Texts copied into a column of numeric affinity (INTEGER, REAL, NUMERIC) that SQLite stored as a number reading back
         * different: '007' becomes 7, '1.50' becomes 1.5, '9007199254740993' in a REAL column 9007199254740992.0 ('7' becoming 7
         * or 7.0 is the number it spelt, and is kept).
         */
        VALUES_CONVERTED,
        /**
         * Values a migration that writes none of the table's values on purpose did not keep: a rebuild's copy leaving the column
         * out (NULL or its default now) or filling it from another column, or the column dropped and added again.
         */
        VALUES_NOT_KEPT,
        /**
         * Values a rebuild's copy rewrote with a CAST of the column to a numeric type, {@code CAST(title AS INTEGER)}: 'hello'
         * becomes 0, 3.7 becomes 3 (a number, or a text spelling one, standing for the same number after it is kept).
         */
        VALUES_CAST,
        /**
         * Values an UPDATE set to NULL through a bare scalar subquery, {@code SET c = (SELECT ...)}, that found no row for them (on
         * real rows only): a backfill without {@code WHERE EXISTS} or a {@code coalesce} empties every row it misses.
         */
        NULLED_BY_SUBQUERY,
        /** Values an UPDATE set to NULL through a scalar subquery that found a row for them, holding NULL in the column it reads. */
        NULLED_BY_SUBQUERY_VALUE,
        /**
         * Values an UPDATE set to NULL through a bare {@code CASE ... END} without {@code ELSE} that no WHEN matched (on real rows
         * only): renaming some values, {@code CASE WHEN plan = 'basic' THEN 'starter' END}, empties every other one.
         */
        NULLED_BY_CASE,
        /**
         * Values an UPDATE set to NULL through an expression of the column's own value that gives NULL for them (on real rows only):
         * {@code strftime(..., published_at)} of a date in a format it cannot read, {@code json_extract(data, '$.ui')} of a JSON without the path.
         */
        NULLED_BY_OWN_VALUE,
        /**
         * Values an UPDATE set to a CAST of a product or quotient to an integer that floating point held just below (or above) a
         * whole number (on real rows only): {@code CAST(amount * 100 AS INTEGER)} makes 0.29 dollars 28 cents.
         */
        VALUES_CUT_BY_CAST,
        /**
         * Values an UPDATE's {@code json_set(c, path, value)} of the column itself set to JSON null at a path where the row held a
         * value, the value given being NULL there (on real rows only): {@code json_extract} of a path the row lacks. Also a reshape,
         * {@code json_object(...)} of the column's paths, and a merge patch, {@code json_patch(c, json_object(...))}, which removes the key.
         */
        JSON_KEY_NULLED,
        /**
         * Values an upsert's DO UPDATE set to the column's default (NULL where it declares none) from {@code excluded.c}, {@code c}
         * not among the INSERT's columns (on real rows only): every row it conflicts with loses the value it held.
         */
        DEFAULTED_BY_UPSERT,
        /**
         * Values a {@code REPLACE} with a column list set to the column's default (NULL where it declares none), the column not in
         * the list (on real rows only): the row it replaces is deleted and the new one holds the default there.
         */
        DEFAULTED_BY_REPLACE,
        /** A column filled with a text equal to its own name: an unresolved "name" SQLite read as a string. */
        FILLED_WITH_OWN_NAME,
        /**
         * Rows a statement wrote or deleted through a double-quoted name no column has, which SQLite read as a string
         * ({@code SET title = "titel"}): {@link #column} holds the name as written.
         */
        WRITTEN_FROM_QUOTED_NAME,
        /** Rows a trigger added (an audit log) while the migration only moved rows: a rebuild's DELETE and INSERT back of a child. */
        ADDED_BY_TRIGGER,
        /** Values a trigger rewrote (an updated_at stamp) in rows a rebuild took out and put back as they were. */
        REWRITTEN_BY_TRIGGER,
        /**
         * Rows of {@link #table} a trigger the migration creates on a rebuild's new table wrote (changed, added or deleted) as the
         * rebuild's copy ({@link #statement}) inserted the table's rows into it (on real rows only): a counter counting them again,
         * an audit logging them as new. {@link #rows}: the rows written, {@link #of}: the rows the table held before the copy.
         */
        WRITTEN_BY_COPY_TRIGGER,
        /**
         * An AUTOINCREMENT table's counter (its row in sqlite_sequence) set back: {@link #rows} is the counter after, {@link #of}
         * before. A rebuild's copy starts the new table's counter at the highest id it copies, so the ids of rows deleted since
         * are handed out again, which AUTOINCREMENT promises never to do (drizzle-kit's rebuild).
         */
        COUNTER_RESET,
        /**
         * An FTS5 or FTS4 index with external content ({@link #column}) that matched its content table ({@link #table}) before the
         * migration and does not after it: a rebuild's copy numbered the rowids afresh (a table without an INTEGER PRIMARY KEY), and
         * the index finds its rows by rowid. {@link #rows} and {@link #of}: the rows the table holds; {@link #triggers}: the
         * index's module alone ("FTS5" or "FTS4").
         */
        SEARCH_INDEX_OUT_OF_STEP,
        /**
         * An FTS5 or FTS4 index with external content ({@link #column}) the migration created over its content table ({@link #table})
         * while that held rows, and did not build from them ({@code INSERT INTO idx(idx) VALUES('rebuild')}): it holds none of them.
         * {@link #rows} and {@link #of}: the rows the table holds; {@link #triggers}: the index's module alone.
         */
        SEARCH_INDEX_NOT_BUILT
    }

    /** The statement that builds a full-text index with external content from its content table's rows. */
    public static String rebuildOf(String index) {
        String q = dev.godwit.engine.sql.Quoting.doubleQuoted(index);
        return "INSERT INTO " + q + "(" + q + ") VALUES('rebuild');";
    }

    /**
     * The line by which a hand-written migration declares the rows it means to remove or rewrite, followed by the tables
     * (comma-separated, quoted as SQL quotes names when need be): {@code -- godwit:accept-data-loss sessions, "audit log"}.
     * A comment to SQLite, drizzle-orm's migrator and wrangler.
     */
    public static final String DECLARATION = "-- godwit:accept-data-loss";

    private static final Pattern DECLARED = Pattern.compile("(?im)^[ \\t]*--[ \\t]*godwit:accept-data-loss(?![\\w-])([^\\r\\n]*)");
    private static final Pattern NAME = Pattern.compile(StatementText.IDENT);
    private static final Pattern LIST = Pattern.compile("[ \\t]*:?[ \\t]*(" + StatementText.IDENT + "(?:[ \\t]*,[ \\t]*" + StatementText.IDENT + ")*)");

    /** Whether a trigger made this change, fired by rows a rebuild moved ({@link Kind#ADDED_BY_TRIGGER}, {@link Kind#REWRITTEN_BY_TRIGGER}). */
    public boolean byTrigger() {
        return kind == Kind.ADDED_BY_TRIGGER || kind == Kind.REWRITTEN_BY_TRIGGER;
    }

    /** What to do about a change {@link #byTrigger}: the trigger must not be there while the rebuild moves the rows. */
    public static final String TRIGGER_WAY_OUT = "A rebuild deletes the rows of the tables it keeps and inserts them again, and their triggers fire"
            + " (on every database the migration is applied to): drop the trigger in a custom migration before this one"
            + " (mvn db:generate -Ddb.custom) and create it again in one after it.";

    /**
     * Values rounded or converted by a type change db:generate wrote: it refuses integer -> real and text -> a number without
     * -Ddb.acceptDataLoss (a loss to acknowledge there, TypeChangeLossTest), so the change was accepted when the migration was
     * written. Any other migration's is refused like a deletion, a generated one edited since included (its checksum differs, or
     * db:repair recorded the edit), and so is one whose snapshots show no such type change of that column: a checksum file
     * db:repair re-recorded before it marked edits matches an edited file and says nothing more.
     */
    public boolean acknowledgedByGenerate() {
        if (kind != Kind.VALUES_ROUNDED && kind != Kind.VALUES_CONVERTED) return false;
        return dev.godwit.engine.folder.LossDeclaration.generatedAsWritten(migration)
                && dev.godwit.engine.folder.LossDeclaration.retypedBySnapshots(migration, table, column, kind == Kind.VALUES_ROUNDED);
    }

    /**
     * Whether the migration declares this change intended: its table is named on a {@link #DECLARATION} line of the file. Never a
     * full-text index left not matching its rows ({@link #searchIndex}): no rows go, the index is just wrong, and a declaration of
     * the table's rows going (a cleanup the same migration does) would have accepted it silently.
     */
    public boolean declared() {
        if (searchIndex()) return false;
        return declaredTables(migration).contains(SqliteNames.key(table));
    }

    /** The tables a migration's {@link #DECLARATION} lines name, case-folded as SQLite compares names. */
    public static Set<String> declaredTables(Migration m) {
        Set<String> out = new LinkedHashSet<>();
        if (!m.sql().contains("godwit:")) return out;
        String sql = m.sql();
        // Only a line comment that opens its line: the same text inside a string literal (or a block comment) is no declaration.
        for (SqlLexer.Token t : SqlLexer.tokenize(sql)) {
            if (t.kind() != SqlLexer.Kind.LINE_COMMENT || !opensItsLine(sql, t.start())) continue;
            Matcher d = DECLARED.matcher(t.text());
            if (!d.lookingAt()) continue;
            // the comma-separated names the line starts with; what follows them (a reason) names no table
            Matcher list = LIST.matcher(d.group(1));
            if (!list.lookingAt()) continue;
            Matcher n = NAME.matcher(list.group(1));
            while (n.find()) out.add(SqliteNames.key(SqlLexer.unquote(n.group())));
        }
        return out;
    }

    private static boolean opensItsLine(String sql, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = sql.charAt(i);
            if (c == '\n' || c == '\r') return true;
            if (c != ' ' && c != '\t' && c != SqlLexer.BOM) return false;
        }
        return true;
    }

    /** The declaration line that would accept these changes, naming their tables. */
    public static String declarationFor(java.util.Collection<RowChange> changes) {
        Set<String> tables = new LinkedHashSet<>();
        for (RowChange c : changes) tables.add(declarable(c.table()));
        return DECLARATION + " " + String.join(", ", tables);
    }

    /** A table's name as a {@link #DECLARATION} line writes it: bare when it is one word, else double-quoted. */
    static String declarable(String table) {
        return table.matches("[A-Za-z_][\\w$]*") ? table : dev.godwit.engine.sql.Quoting.doubleQuoted(table);
    }

    /** One line for a person, e.g. {@code "orders": 3 of 3 rows deleted, through 0002_x.sql statement 3: DROP TABLE `customers`;}. */
    public String describe() {
        String where = "\"" + table + "\"" + (column == null || kind == Kind.WRITTEN_FROM_QUOTED_NAME || searchIndex() ? "" : ".\"" + column + "\"");
        String what = switch (kind) {
            case ROWS_DELETED -> rows + " of " + of + " rows deleted";
            case SET_NULL -> rows + " of " + of + " references set to NULL";
            case REFERENCE_CHANGED -> rows + " of " + of + " references changed (reset to a default or rewritten)";
            case VALUES_ROUNDED -> rows + " of " + of + " integers rounded (copied into a REAL column, which holds no integer beyond 2^53"
                    + " exactly: 9007199254740993 becomes 9007199254740992.0)";
            case VALUES_CONVERTED -> rows + " of " + of + " texts changed (copied into a column of numeric affinity, which stores a text that"
                    + " reads as a number as that number: '007' becomes 7, '1.50' becomes 1.5)";
            case VALUES_NOT_KEPT -> rows + " of " + of + " values not kept (" + (writesOwnValues() ? "the migration's own INSERT ... VALUES writes"
                    + " other values than the database's rows hold: rows written out before they last changed?)" : "the rows hold NULL, a default or"
                    + " another column's value there after it: a copy that leaves the column out or fills it from another, or the column dropped"
                    + " and added again)");
            case VALUES_CAST -> rows + " of " + of + " values rewritten by the copy's CAST to a numeric type (a text that is no number becomes 0"
                    + " or its leading digits, a fraction cast to an integer loses its digits: 'hello' becomes 0, 3.7 becomes 3)";
            case NULLED_BY_SUBQUERY -> rows + " of " + of + " values set to NULL (the UPDATE sets the column to a subquery, which gives NULL"
                    + " where it finds no row: the rows it finds none for lose the value they held)";
            case NULLED_BY_SUBQUERY_VALUE -> rows + " of " + of + " values set to NULL (the UPDATE sets the column to a subquery, which found a"
                    + " row for them holding NULL in the column it reads: those rows lose the value they held)";
            case NULLED_BY_CASE -> rows + " of " + of + " values set to NULL (the UPDATE sets the column to a CASE without ELSE, which gives"
                    + " NULL where no WHEN matches: the rows it matches none for lose the value they held)";
            case NULLED_BY_OWN_VALUE -> rows + " of " + of + " values set to NULL (the UPDATE sets the column to an expression of its own value,"
                    + " which gives NULL for them: a date or time function given a text it cannot read as one, json_extract of a path the value"
                    + " lacks, arithmetic on a text)";
            case VALUES_CUT_BY_CAST -> rows + " of " + of + " values cut short (the " + (byCopy() ? "copy" : "UPDATE") + " sets the column to a CAST to an integer of a product"
                    + " or quotient that floating point holds a hair from a whole number, and CAST drops the fraction: 0.29 * 100 is"
                    + " 28.999999999999996, which it makes 28)";
            case JSON_KEY_NULLED -> rows + " of " + of + " values lose what they held at a JSON path (the UPDATE's " + switch (JsonSetNulls.writtenWith(statementText, column)) {
                case "json_patch" -> "json_patch of the column removes the key where the patch gives it null, json_extract of a path those rows lack:"
                        + " {\"theme\": \"dark\"} becomes {})";
                case "json_object" -> "json_object rebuilding the column gives the key null where the value it is given is NULL, json_extract of a"
                        + " path those rows lack: {\"theme\": \"dark\"} becomes {\"theme\": null})";
                default -> "json_set of the column sets the key to null where the value it is given is NULL, json_extract of a path those rows"
                        + " lack: {\"theme\": \"dark\"} becomes {\"theme\": null})";
            };
            case DEFAULTED_BY_REPLACE -> rows + " of " + of + " values set to the column's default, NULL where it declares none (the REPLACE"
                    + " deletes each row it conflicts with and inserts one without \"" + column + "\", which its column list leaves out: the default there)";
            case DEFAULTED_BY_UPSERT -> rows + " of " + of + " values set to the column's default, NULL where it declares none (the upsert's"
                    + " DO UPDATE sets it to excluded.\"" + column + "\", which the INSERT does not give: excluded holds the default there, on every"
                    + " row it conflicts with)";
            case FILLED_WITH_OWN_NAME -> rows + " of " + of + " rows filled with the text '" + column + "', the column's own name"
                    + " (SQLite reads a double-quoted name it cannot resolve as a string: the SELECT names a column the source table does not have)";
            case WRITTEN_FROM_QUOTED_NAME -> rows + " rows written or deleted with the text " + dev.godwit.engine.sql.Quoting.literal(
                    SqlLexer.unquote(column)) + " where it says " + column + ", a name no column has there (SQLite reads a double-quoted name it"
                    + " cannot resolve as a string)";
            case ADDED_BY_TRIGGER -> rows + " rows added (now " + of + ") by " + byWhich() + " that the rebuild's moving of rows "
                    + (triggers.size() > 1 ? "fire" : "fires") + (statementText != null && statementText.stripLeading().regionMatches(true, 0, "UPDATE", 0, 6)
                    ? " (it points a reference of the rows at no row before it deletes them, and puts them back as they were)"
                    : " (it deletes rows and inserts them again)");
            case REWRITTEN_BY_TRIGGER -> rows + " of " + of + " rows rewritten by " + byWhich() + " that " + (triggers.size() > 1 ? "fire" : "fires")
                    + " when the rebuild inserts them again";
            case WRITTEN_BY_COPY_TRIGGER -> rows + " of " + of + " rows written (changed, added or deleted) by " + byWhich() + " that the migration"
                    + " creates on the rebuild's new table \"" + copyTarget() + "\" before copying into it: the copy inserts rows the table held already,"
                    + " and " + (triggers.size() > 1 ? "they fire" : "it fires") + " once for each of them";
            case COUNTER_RESET -> "AUTOINCREMENT counter set back from " + of + " to " + rows + " (the " + (of - rows == 1 ? "id " + of : "ids " + (rows + 1)
                    + " to " + of) + ", given to rows deleted since, will be handed out again: a copy into a new table starts its counter at the highest"
                    + " id it copies)";
            case SEARCH_INDEX_OUT_OF_STEP -> of < 0 ? "its full-text index \"" + column + "\" (" + ftsModule() + ", content='" + table + "') reads a table the"
                    + " migration renamed away or dropped: every search of it fails with 'no such table: main." + table + "' (SQLite does not rewrite"
                    + " an FTS table's content= option; drop the index and create it over the new name, then build it: INSERT INTO ... VALUES ('rebuild'))"
                    : "its full-text index \"" + column + "\" (" + ftsModule() + ", content='" + table + "') no longer matches its " + of
                    + " rows (" + ftsModule() + "'s integrity-check fails: the index finds rows by rowid, and the migration gave the rows other rowids;"
                    + " a search returns other rows, and deleting one fails with 'database disk image is malformed')";
            case SEARCH_INDEX_NOT_BUILT -> "its full-text index \"" + column + "\" (" + ftsModule() + ", content='" + table + "') is created over its " + of
                    + " rows without being built from them (" + ftsModule() + "'s integrity-check fails: an index with external content reads only"
                    + " the rows written after it, so a search finds none of these; end the migration with " + rebuildOf(column) + ")";
        };
        String through = " through " + migration.fileName();
        if (statement >= 0) through += " statement " + (statement + 1) + ": " + firstLine(statementText);
        return where + ": " + what + "," + through;
    }

    /** Whether this is a full-text index's change ({@link Kind#SEARCH_INDEX_OUT_OF_STEP}, {@link Kind#SEARCH_INDEX_NOT_BUILT}). */
    public boolean searchIndex() {
        return kind == Kind.SEARCH_INDEX_OUT_OF_STEP || kind == Kind.SEARCH_INDEX_NOT_BUILT;
    }

    /** The module of a full-text index's change ({@link Kind#SEARCH_INDEX_OUT_OF_STEP}): FTS5 unless it says FTS4. */
    private String ftsModule() {
        return triggers.size() == 1 && "FTS4".equals(triggers.get(0)) ? "FTS4" : "FTS5";
    }

    /** Whether the statement named is an INSERT or REPLACE (a copy's {@code INSERT ... SELECT}), not an UPDATE. */
    private boolean byCopy() {
        List<SqlLexer.Token> t = SqlLexer.significant(statementText == null ? "" : statementText);
        int verb = t.isEmpty() ? -1 : WriteTarget.verb(t);
        return verb >= 0 && (t.get(verb).is("INSERT") || t.get(verb).is("REPLACE"));
    }

    /** The table the statement named inserts into, as written (a rebuild's new table), for {@link Kind#WRITTEN_BY_COPY_TRIGGER}. */
    private String copyTarget() {
        List<SqlLexer.Token> t = SqlLexer.significant(statementText == null ? "" : statementText);
        int at = WriteTarget.at(t, 0);
        return at < 0 ? "?" : t.get(WriteTarget.nameIndex(t, at)).name();
    }

    /** Whether the statement named writes rows of its own into the table ({@code INSERT ... VALUES}, a dump's rows reloaded). */
    boolean writesOwnValues() {
        return statementText != null && StatementText.insertsValuesInto(statementText, table);
    }

    /**
     * The triggers by name, quoted as SQL quotes them (the name to write in DROP TRIGGER), so the reader knows which to drop
     * around the rebuild; "a trigger" when none could be named.
     */
    private String byWhich() {
        if (triggers.isEmpty()) return "a trigger";
        return (triggers.size() > 1 ? "triggers " : "trigger ") + String.join(", ", triggers.stream().map(dev.godwit.engine.sql.Quoting::doubleQuoted).toList());
    }

    /**
     * The statement on one line, comments left out: joined onto one line, the template comment every custom migration starts
     * with ("-- Custom SQL migration file, ... --") read as if it commented out the statement after it.
     */
    private static String firstLine(String s) {
        StringBuilder code = new StringBuilder();
        for (SqlLexer.Token t : SqlLexer.tokenize(s)) code.append(t.isComment() ? " " : t.text());
        String l = code.toString().strip().replaceAll("\\s+", " ");
        return l.length() > 160 ? l.substring(0, 160) + "…" : l;
    }
}
