package dev.godwit.engine.migrate;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.sql.ShadowTables;
import dev.godwit.engine.sql.SqlLexer;
import dev.godwit.schema.model.SqliteNames;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What db:apply refuses of a pending migration before anything is sent: no SQL at all (applied, it would be locked), a
 * statement no migration may hold or the database refuses, a statement or a D1 request over the database's size limits. One
 * check for one database ({@link Migrator}) and for each database of a fleet; it refuses by throwing a {@link MigrationException}.
 * {@link #checkShadowTables} also asks the database which FTS5 / R-Tree tables it has, when a statement needs to know.
 */
public final class PendingStatements {

    private PendingStatements() {
    }

    /**
     * @param database     how messages name the database ({@code Database.describe()})
     * @param createsTable whether the migration's request also creates the history table (the first on a database without it)
     */
    public static void check(Migration m, Capabilities capabilities, String database, HistoryTable history, boolean createsTable, EngineLog log) {
        check(m, capabilities, database, history, createsTable, log, (migration, statement) -> name -> false);
    }

    /** The user's tables and views a pending statement meets, by the statement ({@link #userTables}). */
    @FunctionalInterface
    public interface UserTables {
        /** Whether a table or view of the user's has the name (lower case) where statement {@code statement} of {@code m} runs. */
        java.util.function.Predicate<String> before(Migration m, int statement);
    }

    /**
     * As {@link #check(Migration, Capabilities, String, HistoryTable, boolean, EngineLog)}; {@code userTables}: whether the
     * database has, or a pending statement before the one checked creates, a table of the user's with that name ({@link #userTables}).
     */
    public static void check(Migration m, Capabilities capabilities, String database, HistoryTable history, boolean createsTable, EngineLog log,
            UserTables userTables) {
        List<String> statements = m.statements();
        String pulled = StatementRules.pulledBaseline(m);   // before the statements: they are pieces of one comment
        if (pulled != null) throw new MigrationException(pulled + " Nothing was applied.");
        String openComment = StatementRules.openCommentAtEnd(m);   // before "no SQL": a file a comment swallows whole holds SQL
        if (openComment != null) throw new MigrationException(openComment + " Nothing was applied.");
        if (statements.isEmpty()) {
            // Applied, it would be recorded and locked: SQL written into it later is refused as an edit of an applied migration.
            throw new MigrationException("Migration " + m.fileName() + " holds no SQL (only comments); applying it would record it as applied"
                    + " and lock it. Write your SQL in " + m.shownFile() + " (below its comment), or db:drop it. Nothing was applied.");
        }
        for (int i = 0; i < statements.size(); i++) {
            String s = statements.get(i);
            String problem = StatementRules.problem(m, i);
            if (problem != null) throw new MigrationException(problem + " Nothing was applied.");
            String clash = historyNameClash(m, i, history);
            if (clash != null) throw new MigrationException(clash);
            java.util.function.Predicate<String> userTable = userTables.before(m, i);
            String d1 = StatementRules.d1Problem(m, i, userTable);
            if (d1 != null && capabilities.d1Rules()) {
                throw new MigrationException(d1 + " (" + database + " refuses what D1 refuses). Nothing was applied.");
            }
            String olderWrangler = d1 == null && capabilities.d1Rules() && !capabilities.remote()
                    ? dev.godwit.engine.sql.D1Rules.olderWranglerLocalD1Lacks(s) : null;
            if (olderWrangler != null) log.warn(StatementRules.at(m, i) + ": " + olderWrangler + "; the apply goes on.");
            String localTime = d1 == null && capabilities.d1Rules() && !capabilities.remote() ? dev.godwit.engine.sql.D1Rules.localTimeDiffers(s) : null;
            if (localTime != null) log.warn(StatementRules.at(m, i) + ": " + localTime + "; the apply goes on.");
            String olderSqlite = d1 == null && capabilities.d1Rules() && !capabilities.remote()
                    ? dev.godwit.engine.sql.D1Rules.olderSqliteComputesOtherwise(s) : null;
            if (olderSqlite != null) log.warn(StatementRules.at(m, i) + ": " + olderSqlite + "; the apply goes on.");
            String comment = d1 == null && capabilities.d1Rules() ? dev.godwit.engine.d1.D1Sql.commentReadAsSql(s) : null;
            if (comment != null) log.warn(StatementRules.at(m, i) + ": " + comment + "; the apply goes on.");
            if (d1 != null && !capabilities.remote()) {
                log.warn(StatementRules.at(m, i) + ": Cloudflare D1 would refuse it: " + dev.godwit.engine.sql.D1Rules.problem(s, userTable) + ". It runs on "
                        + database + "; if the project also goes to D1, fix it now.");
            }
            int bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > capabilities.maxStatementBytes()) {
                throw new MigrationException("Migration " + m.file().getFileName() + ", statement " + (i + 1) + " is " + bytes + " bytes; "
                        + database + " accepts at most " + capabilities.maxStatementBytes()
                        + " bytes per statement. Split the statement (e.g. insert data in smaller batches).");
            }
        }
        long maxRequest = capabilities.maxRequestBytes();
        StatementRules.RequestSize request = maxRequest == Long.MAX_VALUE && !capabilities.d1Rules() ? null
                : new StatementRules.RequestSize(m, history, createsTable);
        String tooLarge = maxRequest == Long.MAX_VALUE ? null : StatementRules.requestProblem(m, request, maxRequest, createsTable);
        if (tooLarge != null) {
            throw new MigrationException(tooLarge + (capabilities.remote() ? "" : " (" + database + " refuses what D1 refuses)")
                    + " Nothing was applied.");
        }
        String overInAll = capabilities.d1Rules() ? StatementRules.overD1LengthInAll(m, request) : null;
        if (overInAll != null) log.warn(overInAll);
    }

    /**
     * Whether a table or view of the user's has the name (lower case) where a pending statement reads it: the database has one,
     * or a pending statement before it creates one (one after it does not: the statement reads SQLite's own, or, on D1, none;
     * a DROP before it leaves none).
     * {@code FROM dbstat} reads such a table on D1 too, where SQLite's own dbstat is missing. The database is asked only when a
     * statement reads such a name, once.
     */
    public static UserTables userTables(List<Migration> pending, Database db) {
        Map<String, Boolean> inDatabase = new HashMap<>();
        return (at, statement) -> name -> {
            Boolean made = madeBefore(pending, at, statement, name);
            return made != null ? made : inDatabase.computeIfAbsent(name, n -> !db.query(
                    "SELECT 1 AS found FROM sqlite_master WHERE type IN ('table', 'view') AND lower(name) = ?", n).isEmpty());
        };
    }

    /**
     * Whether the pending statements before statement {@code statement} of {@code at} leave a table or view of the name: true
     * after a CREATE of it, false after a DROP; null where none of them creates or drops one (the database's answer stands).
     */
    private static Boolean madeBefore(List<Migration> pending, Migration at, int statement, String name) {
        Boolean made = null;
        for (Migration m : pending) {
            List<String> statements = m.statements();
            int end = m.equals(at) ? statement : statements.size();
            for (int i = 0; i < end; i++) {
                if (name.equals(dev.godwit.engine.sql.D1Rules.createsAbsentTable(statements.get(i)))) made = true;
                else if (name.equals(dev.godwit.engine.sql.D1Rules.dropsAbsentTable(statements.get(i)))) made = false;
            }
            if (m.equals(at)) break;
        }
        return made;
    }

    /**
     * D1 keeps the shadow tables of FTS5 and R-Tree tables read-only ({@link dev.godwit.engine.sql.ShadowTables}): a pending
     * statement writing one is refused before anything runs. The virtual tables are the database's (read once, and only when a
     * statement writes a table named like a shadow table) and those the pending migrations create before it.
     */
    public static void checkShadowTables(List<Migration> pending, Database db) {
        if (!db.capabilities().d1Rules()) return;
        Map<String, String> created = new HashMap<>();
        Map<String, String> existing = new HashMap<>();
        boolean[] read = {false};   // the database's virtual tables, read when a statement first needs them
        Function<String, String> moduleOf = name -> {
            String key = SqliteNames.key(name);
            if (created.containsKey(key)) return created.get(key);
            if (!read[0]) {
                read[0] = true;
                for (Map<String, Object> r : db.query("SELECT sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")) {
                    Map.Entry<String, String> v = ShadowTables.createdVirtualTable(String.valueOf(r.get("sql")));
                    if (v != null) existing.put(SqliteNames.key(v.getKey()), v.getValue());
                }
            }
            return existing.get(key);
        };
        for (Migration m : pending) {
            for (int i = 0; i < m.statements().size(); i++) {
                String s = m.statements().get(i);
                // the virtual tables as this statement leaves them (created, dropped, renamed), a null for one dropped
                Map<String, String> after = ShadowTables.virtualTablesAfter(s, moduleOf);
                String why = ShadowTables.problem(s, moduleOf);
                created.putAll(after);
                if (why != null) {
                    throw new MigrationException(StatementRules.at(m, i) + ":\n    " + StatementRules.shown(s) + "\n  " + why + " (" + db.describe()
                            + " refuses what D1 refuses). Nothing was applied.");
                }
            }
        }
    }

    /**
     * Statement {@code i} creating a table or view under the history table's name, or renaming one to it: it fails on every
     * database (the history table is there, or created just before in the same transaction), and SQLite's "already exists"
     * would read as if the database already had the migration's changes. {@code IF NOT EXISTS} is left alone: it does not fail.
     */
    static String historyNameClash(Migration m, int i, HistoryTable history) {
        String s = m.statements().get(i);
        List<SqlLexer.Token> t = SqlLexer.significant(s);
        String what = null;
        int at = -1;
        if (t.size() > 2 && t.get(0).is("CREATE")) {
            int k = 1;
            if (t.get(k).is("TEMP") || t.get(k).is("TEMPORARY")) k++;
            if (k < t.size() && (t.get(k).is("TABLE") || t.get(k).is("VIEW"))) {
                what = "creates a " + t.get(k).text().toLowerCase(Locale.ROOT) + " named ";
                at = k + 1;
                if (at < t.size() && t.get(at).is("IF")) return null;
            }
        } else if (t.size() > 3 && t.get(0).is("ALTER") && t.get(1).is("TABLE")) {
            for (int k = 2; k + 2 < t.size(); k++) {
                if (t.get(k).is("RENAME") && t.get(k + 1).is("TO")) {
                    what = "renames a table to ";
                    at = k + 2;
                    break;
                }
            }
        }
        if (what == null || at >= t.size()) return null;
        if (at + 2 < t.size() && t.get(at + 1).isPunct(".")) at += 2;   // schema.name
        String name = SqlLexer.unquote(t.get(at).text());
        if (!SqliteNames.key(name).equals(SqliteNames.key(history.name()))) return null;
        return StatementRules.at(m, i) + " " + what + history.name() + ":\n    " + StatementRules.shown(s) + "\n  That is the name of the history table"
                + " Godwit records applied migrations in (" + history.name() + ", created with the first migration), so the statement would fail"
                + " on every database. Give the table another name in the migration, or keep the history in another table:"
                + " -Ddb.migrationsTable=NAME (or migrations_table in wrangler's config). Nothing was applied.";
    }
}
