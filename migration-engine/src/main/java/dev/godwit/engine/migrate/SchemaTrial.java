package dev.godwit.engine.migrate;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.SchemaStatements;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * db:status's trial of the pending migrations: they run, each as one transaction, on an empty in-memory replica of the database's
 * schema, made from the statements the database stores (one query; on D1 one request), no rows copied and nothing written to the
 * database. A statement that fails there fails on the database too, as no row is needed to fail it: a column or table db:push made
 * already ("duplicate column name"), one dropped by hand ("no such table"). Where it does, db:status says so instead of a bare
 * {@code pending} (a developer saw "pending", then db:apply's "duplicate column name: views").
 */
public final class SchemaTrial {

    private SchemaTrial() {
    }

    /**
     * The first pending migration ({@code failed}, its index in {@code pending}) that fails on the replica where the schema alone
     * decides it, with SQLite's error. {@code replicaLacks}: the name the replica was made without (a history table, D1's
     * {@code _cf_KV}, {@link dev.godwit.engine.preflight.SchemaOnlyFailure#replicaLacks}) that the failure turns on, or null: where it
     * is set, the failure is the replica's and says nothing of the database. Holds nothing of {@code db} but what its schema
     * decides: a fleet's databases with the same schema and pending migrations share one.
     */
    public record Failure(int failed, DatabaseException error, String replicaLacks) {
        /** SQLite's words. */
        public String says() {
            return error.databaseMessage() != null ? error.databaseMessage() : error.getMessage();
        }
    }

    /**
     * The trial itself: the pending migrations run on an empty in-memory replica of {@code db}'s schema (read with
     * {@link Database#schemaObjects}); the first failure the schema alone decides, or null when they all run, when a failure is
     * one rows decide (the trial stops there), or when the schema cannot be read or made again here.
     */
    public static Failure run(Database db, List<Migration> pending) {
        if (pending.isEmpty()) return null;
        List<String> schema;
        try {
            // the history tables too: a migration may drop or read one (wrangler's d1_migrations after the move); left out, the copy
            // failed it "no such table" where the database runs it
            schema = SchemaStatements.withHistories(db);
        } catch (RuntimeException unreadable) {
            return null;   // the schema cannot be read: db:apply says what is wrong with the database
        }
        try (SqliteDatabase replica = SqliteDatabase.inMemory()) {
            try {
                replica.runAtomically(schema, true);
            } catch (DatabaseException cannotBeMadeAgain) {
                return null;   // a schema this SQLite cannot make again (a module it lacks): no trial, as before
            }
            // what the copy is made without (SQLite's and D1's internals: sqlite_sequence left by a dropped AUTOINCREMENT table):
            // a statement naming one fails here and not on the database
            java.util.Set<String> leftOut = dev.godwit.engine.preflight.SchemaOnlyFailure.leftOut(db, replica);
            for (int i = 0; i < pending.size(); i++) {
                Migration m = pending.get(i);
                try {
                    replica.runAtomically(m.statements(), false);
                } catch (DatabaseException e) {
                    // only a failure no row can make or avoid: a seed INSERT naming a parent row the database has fails here on its
                    // foreign key (the copy has no rows), a trigger's RAISE may read rows; those say nothing of the database
                    return schemaError(e) ? new Failure(i, e, dev.godwit.engine.preflight.SchemaOnlyFailure.replicaLacks(e, leftOut)) : null;
                }
            }
        }
        return null;
    }

    /**
     * SQLite's words for a statement that names what the schema lacks or has already, or a foreign key mismatch: the same with
     * the database's rows as without ({@link dev.godwit.engine.preflight.SchemaOnlyFailure}). Not a trigger's RAISE, whatever its
     * words ("a plan already exists"): on the empty copy it fires where the database's rows may not make it.
     */
    static boolean schemaError(DatabaseException e) {
        return dev.godwit.engine.preflight.SchemaOnlyFailure.of(e);
    }

    /** db:status's words for {@code f}, on the database {@code database} ({@link Database#describe}). */
    public static String describe(String database, List<Migration> pending, Failure f, UnaryOperator<String> command) {
        return describe(database, pending, f, command, false);
    }

    /**
     * As {@link #describe(String, List, Failure, UnaryOperator)}; {@code matchesNone}: the database's schema is known to be none of
     * the pending migrations' snapshots, which the way on says (a database made by hand to an earlier one is refused with that
     * migration named before the trial runs: {@link SchemaAhead}).
     */
    public static String describe(String database, List<Migration> pending, Failure f, UnaryOperator<String> command, boolean matchesNone) {
        return describe(database, pending, f, command, matchesNone, null);
    }

    /**
     * As {@link #describe(String, List, Failure, UnaryOperator, boolean)}; {@code besides}: the database has a pending migration's
     * schema and tables besides that no snapshot has, whose way on leaves them out rather than push (which would drop them).
     */
    static String describe(String database, List<Migration> pending, Failure f, UnaryOperator<String> command, boolean matchesNone,
                           SchemaAhead.Besides besides) {
        int failed = f.failed();
        StringBuilder sb = new StringBuilder("db:apply fails at ").append(failingStatement(pending, f));
        sb.append("\n  (the pending migrations run on an empty copy of the schema of ").append(database)
                .append(", as db:status tries them; no row is needed for this statement to fail, so it fails on the database too");
        sb.append(failed == 0 ? ")." : "; the " + failed + " pending migration(s) before it run).");
        return sb.append(besides != null ? wayOnBesides(pending, besides, command) : wayOn(pending, f, command, matchesNone)).toString();
    }

    /**
     * The way on for a database that has {@code b.reached()}'s schema and other tables besides (another application's). Its commands
     * carry one -Ddb.tablesFilter, the run's merged with the one leaving those tables out, in place of any {@code command} gives.
     * db:apply's failure on such a database (one database, -Dlocal or D1) gives it too.
     */
    static String wayOnBesides(List<Migration> pending, SchemaAhead.Besides b, UnaryOperator<String> command) {
        List<String> named = b.tables().stream().map(t -> "`" + t + "`").toList();
        String merged = b.leavingThemOut();
        String filter = dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.tablesFilter=" + merged);
        UnaryOperator<String> filtered = goal -> dev.godwit.engine.target.PrintedArgs.replaced(command.apply(goal), "db.tablesFilter", merged);
        boolean last = b.reached() == pending.get(pending.size() - 1);
        return "\n  The database has the schema of " + b.reached().tag() + " (its snapshot) and besides it " + (named.size() == 1 ? "table "
                + named.get(0) + ", which no pending migration makes" : "tables " + String.join(", ", named) + ", which no pending migration makes")
                + " (another application's sharing the file, or a hand change): db:push to the schema code would drop "
                + (named.size() == 1 ? "it" : "them") + ". If " + (named.size() == 1 ? "it is" : "they are") + " not the schema code's, leave "
                + (named.size() == 1 ? "it" : "them") + " out with " + filter + " (and the same <tablesFilter> in the POM), then record the"
                + " migrations as applied with " + filtered.apply("db:baseline") + " -Ddb.baseline=" + b.reached().tag()
                + (last ? "" : " and run " + filtered.apply("db:apply") + " for those after it") + ".";
    }

    /**
     * A fleet apply's words for {@code f} on one of its databases ({@code database}), which it refuses before sending anything: the
     * apply would commit the pending migrations before the failing one, then stop, leaving the database between the two.
     */
    public static String refusal(String database, List<Migration> pending, Failure f, UnaryOperator<String> command) {
        return refusal(database, pending, f, command, null);
    }

    /**
     * As {@link #refusal(String, List, Failure, UnaryOperator)} on {@code db} (whose schema the trial ran on), with db:status's way on
     * where it has a pending migration's schema and another application's tables besides ({@link #besides}): a fleet apply sent such a
     * database to db:push, which would drop them.
     */
    public static String refusal(Database db, HistoryTable history, List<Migration> pending, Failure f, UnaryOperator<String> command,
                                 dev.godwit.engine.introspect.TablesFilter filter) {
        return refusal(db.describe(), pending, f, command, besides(db, history, pending, f, filter));
    }

    /**
     * As {@link #describe(String, List, Failure, UnaryOperator)} on {@code db}, with the way on the refusal above gives, and where
     * {@code f} is on something the database has already, whether its schema is none of the pending migrations' snapshots (the
     * snapshots and the schema read once for both: on remote D1 a read is a request). db:status and a fleet's status both give it.
     */
    public static String describe(Database db, HistoryTable history, List<Migration> pending, Failure f, UnaryOperator<String> command,
                                  dev.godwit.engine.introspect.TablesFilter filter) {
        SchemaAhead.Schemas schemas = alreadyThere(f) ? SchemaAhead.schemas(db, history, pending, filter) : null;
        boolean matchesNone = schemas != null && schemas.matchesNone();
        SchemaAhead.Besides besides = matchesNone ? schemas.besidesOthers() : null;
        return describe(db.describe(), pending, f, command, matchesNone, besides);
    }

    /**
     * Where {@code f} is on something the database has already: the pending migration whose schema it has and the tables it has
     * besides, which db:push would drop ({@link SchemaAhead#besidesOthers}); else null. db:status and db:apply give one way on from it.
     */
    static SchemaAhead.Besides besides(Database db, HistoryTable history, List<Migration> pending, Failure f,
                                       dev.godwit.engine.introspect.TablesFilter filter) {
        return alreadyThere(f) ? SchemaAhead.besidesOthers(db, history, pending, filter) : null;
    }

    /** Whether {@code f} fails on a table or column the database has already (db:push, or a hand change, brought it there). */
    static boolean alreadyThere(Failure f) {
        String says = String.valueOf(f.says());
        return says.contains("already exists") || says.contains("duplicate column name");
    }

    private static String refusal(String database, List<Migration> pending, Failure f, UnaryOperator<String> command, SchemaAhead.Besides besides) {
        int failed = f.failed();
        Migration m = pending.get(failed);
        // its first line whole (SQLite's words in it): a fleet's stop on the same failure everywhere quotes that line
        StringBuilder sb = new StringBuilder("migration ").append(m.fileName()).append(" fails on this database's schema, so nothing was sent to"
                + " this database: ").append(f.says());
        int at = f.error().statementIndex();
        if (at >= 0 && at < m.statements().size()) {
            sb.append("\n  Statement ").append(at + 1).append(" of ").append(m.statements().size()).append(":\n    ")
                    .append(StatementRules.shown(m.statements().get(at)));
        }
        sb.append("\n  (the pending migrations were tried before sending on an empty copy of the schema of ").append(database)
                .append(", read with its history: no row is needed for this statement to fail, so it fails on the database too");
        sb.append(failed == 0 ? ")." : "; the apply would have committed the " + failed + " pending migration(s) before it and stopped there,"
                + " leaving the database between the two).");
        return sb.append(besides != null ? wayOnBesides(pending, besides, command) : wayOn(pending, f, command, false)).toString();
    }

    /** "0004_x.sql, statement 2 of 3:\n    ALTER …\n  SQLite says: no such table: t". */
    private static String failingStatement(List<Migration> pending, Failure f) {
        Migration m = pending.get(f.failed());
        int at = f.error().statementIndex();
        StringBuilder sb = new StringBuilder(m.fileName());
        if (at >= 0 && at < m.statements().size()) {
            sb.append(", statement ").append(at + 1).append(" of ").append(m.statements().size()).append(":\n    ")
                    .append(StatementRules.shown(m.statements().get(at)));
        }
        return sb.append("\n  SQLite says: ").append(f.says()).toString();
    }

    private static String wayOn(List<Migration> pending, Failure f, UnaryOperator<String> command, boolean matchesNone) {
        Migration m = pending.get(f.failed());
        String says = f.says();
        StringBuilder sb = new StringBuilder();
        String said = String.valueOf(says);
        if (said.contains("already exists") || said.contains("duplicate column name")) {
            // the database has part of what the migrations make: db:push brought it there (or a hand change)
            Migration last = pending.get(pending.size() - 1);
            sb.append("\n  The database has part of what ").append(m.tag()).append(" makes already")
                    .append(matchesNone ? ", and none of the pending migrations' snapshots matches its schema" : "").append(": db:push brought it there, or a hand change.")
                    .append(" On a development database db:push moved part of the way, bring the rest with ").append(command.apply("db:push"))
                    .append(" (to the schema code, ").append(last.tag()).append("'s when nothing changed since db:generate wrote it), then record the")
                    .append(" migrations as applied with ").append(command.apply("db:baseline")).append(" -Ddb.baseline=").append(last.tag())
                    .append(" (it checks the schema against the migration's snapshot first).");
        } else if (said.contains("unknown datatype for ")) {
            // a STRICT table: the migration (not yet applied) is the thing to change
            sb.append("\n  The table is STRICT, which takes only the column types INT, INTEGER, REAL, TEXT, BLOB and ANY: type the column with")
                    .append(" one of them in ").append(m.fileName()).append(" (it is not applied yet) and in the schema code, then run db:apply.");
        } else {
            sb.append("\n  Fix the cause (the migration, or the change made to the database outside the migrations) before running db:apply.");
        }
        return sb.toString();
    }
}
