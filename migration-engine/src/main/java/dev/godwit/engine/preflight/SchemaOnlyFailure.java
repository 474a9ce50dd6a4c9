package dev.godwit.engine.preflight;

import dev.godwit.engine.db.DatabaseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A failure of a migration on the pre-flight's copy that the schema alone decides. No row makes or avoids it, so on a remote D1
 * replica, whose rows are generated, it predicts the apply as surely as a local file's exact copy does. These are SQLite's errors
 * of preparing a statement, raised before any row is read:
 * <ul>
 * <li>a table, index, view, trigger or column made already: {@code table t already exists}, {@code duplicate column name: c};
 * <li>a name the schema lacks: {@code no such table: main.t}, {@code no such column: c}, {@code table t has no column named c},
 * {@code no such index|view|trigger: x}, also through a view ({@code error in view v: no such table: main.t}). SQLite compiles
 * every trigger a statement may fire (and the foreign-key actions it takes, and the triggers those fire) into the statement's
 * program when it prepares it, WHEN clause or not, rows or not: {@code UPDATE t SET a = 1 WHERE 0} fails with
 * {@code no such table: main.gone} where a trigger on {@code t} writes {@code gone}, on an empty table (sqlite-jdbc 3.54.1, the D1
 * stand-in, and workerd's SQLite under wrangler 4.86.0's local D1: {@code no such table: main.nosuch: SQLITE_ERROR});
 * <li>{@code foreign key mismatch - "c" referencing "p"} (the key references columns of no primary key or unique index): SQLite
 * looks for that index while it codes the statement's foreign-key checks, with foreign keys on, as D1 always has them, on empty
 * tables too ({@code DELETE FROM p WHERE 0} fails, on wrangler's local D1 as well). A {@code DROP TABLE} of the parent does not
 * raise it;
 * <li>{@code unknown datatype for t.c: "varchar(20)"}: a column added to (or created in) a STRICT table with a type other than INT,
 * INTEGER, REAL, TEXT, BLOB or ANY. SQLite refuses it as it prepares the statement, on an empty table too; the copy is made from
 * the table's stored CREATE statement, so it is STRICT where the database's table is.
 * </ul>
 * Not the schema's: what rows decide ({@code UNIQUE|CHECK|NOT NULL|FOREIGN KEY constraint failed}, a trigger's
 * {@code RAISE(ABORT, 'a plan already exists for this user')}, whose words are the trigger author's and which the generated rows
 * fired, SQLITE_CONSTRAINT_TRIGGER; {@code malformed JSON} from a row's value given to {@code json_each}), and what the SQLite
 * build decides ({@code no such function}, {@code no such module}, {@code no such collation sequence}: the replica's SQLite is
 * not D1's; a function D1 lacks is checked apart).
 * <p>
 * A name the replica lacks where the database has it is the replica's gap, not the database's: the history tables, SQLite's and
 * D1's internals ({@code sqlite_sequence} left by a dropped AUTOINCREMENT table, {@code sqlite_stat1}, {@code _cf_KV}), anything
 * {@link Replica#schemaOf} leaves out ({@link #replicaLacks}). A failure naming one stays a warning, said as such.
 */
public final class SchemaOnlyFailure {

    /** SQLite's own sentences for what a statement meets in the schema, as it prepares it. */
    private static final Pattern SAYS = Pattern.compile("(?:^|\\(|: )(?:(?:table|index|view|trigger) .+? already exists|duplicate column name: "
            + "|no such (?:table|column|index|view|trigger): |table \\S.*? has no column named |foreign key mismatch - |unknown datatype for )");

    /** A constraint's or a trigger's RAISE failure: rows decide it, whatever its words. */
    private static final Pattern ROWS_DECIDE = Pattern.compile("SQLITE_CONSTRAINT|RAISE function|constraint failed");

    /** The words of a name the schema lacks. */
    private static final Pattern LACKING = Pattern.compile("no such (?:table|column|index|view|trigger): |has no column named ");

    private SchemaOnlyFailure() {
    }

    /** Whether the schema alone decides the failure (whatever the replica lacks: see {@link #replicaLacks}). */
    public static boolean of(DatabaseException e) {
        String said = said(e);
        return said != null && SAYS.matcher(said).find() && !ROWS_DECIDE.matcher(said).find();
    }

    /**
     * Whether the schema alone decides the failure and the replica was not short of a name it turns on: only then does the
     * database fail the statement as the replica did.
     */
    static boolean of(DatabaseException e, Set<String> replicaLeftOut) {
        return of(e) && replicaLacks(e, replicaLeftOut) == null;
    }

    /**
     * The name the replica left out and the database has ({@code replicaLeftOut}) that the failure's words or its statement
     * name, or null: "no such table: d1_migrations" on a replica made without the history tables, "no such table: main._cf_KV"
     * from a trigger writing D1's internal table.
     */
    public static String replicaLacks(DatabaseException e, Set<String> replicaLeftOut) {
        String said = said(e);
        if (said == null || replicaLeftOut == null || replicaLeftOut.isEmpty()) return null;
        // only a name missing can be the replica's gap: a copy with less in it meets no more "already exists" than the database
        if (!LACKING.matcher(said).find()) return null;
        for (String name : replicaLeftOut) if (StatementText.mentions(said, name)) return name;
        // a name the words do not spell out (a column of a left-out table: "no such column: t.c" where t is an alias)
        String statement = e.statement();
        if (statement != null) {
            for (String name : replicaLeftOut) if (StatementText.mentions(StatementText.code(statement), name)) return name;
        }
        return null;
    }

    /**
     * The names of {@code live}'s tables, indexes, views and triggers that {@code copy}, made from its schema, does not have (history
     * tables, SQLite's and D1's internals it was made without). Remote D1 answers the schema's second read from its first.
     */
    public static Set<String> leftOut(dev.godwit.engine.db.Database live, dev.godwit.engine.db.Database copy) {
        Set<String> made = new java.util.HashSet<>();
        for (java.util.Map<String, Object> o : copy.query("SELECT name FROM main.sqlite_master")) {
            made.add(dev.godwit.schema.model.SqliteNames.key(String.valueOf(o.get("name"))));
        }
        Set<String> without = new java.util.LinkedHashSet<>();
        for (java.util.Map<String, Object> o : live.schemaObjects()) {
            String name = String.valueOf(o.get("name"));
            if (!made.contains(dev.godwit.schema.model.SqliteNames.key(name))) without.add(name);
        }
        return Set.copyOf(without);
    }

    /** Whether the failure names what the schema lacks ("no such table: t"), rather than what it has already. */
    static boolean lacking(DatabaseException e) {
        String said = said(e);
        return said != null && LACKING.matcher(said).find();
    }

    private static String said(DatabaseException e) {
        if (e == null) return null;
        return e.databaseMessage() != null ? e.databaseMessage() : e.getMessage();
    }
}
