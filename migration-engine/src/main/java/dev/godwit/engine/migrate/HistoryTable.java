package dev.godwit.engine.migrate;

import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.HistoryGuard;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.introspect.HistoryColumns;
import dev.godwit.engine.sql.Quoting;
import dev.godwit.schema.model.SqliteNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table that records applied migrations, in one of two layouts kept exactly as their tools
 * keep them, so either tool can continue a database the other migrated:
 * drizzle-orm's {@code __drizzle_migrations(id, hash, created_at)} and wrangler's
 * {@code d1_migrations(id, name, applied_at)}.
 */
public sealed interface HistoryTable {

    String DRIZZLE_DEFAULT = "__drizzle_migrations";
    String WRANGLER_DEFAULT = "d1_migrations";

    String name();

    String createSql();

    default List<AppliedMigration> read(Database db) {
        return rows(db.query(readSql()));
    }

    /** The query {@link #read} runs: the table's rows in this layout's order. */
    String readSql();

    /** Whether this history row records that migration. */
    boolean records(AppliedMigration row, Migration m);

    /** Whether the layout stores a checksum that can be compared with the file. */
    boolean hasChecksums();

    /**
     * Whether the table records when each migration was applied: wrangler's {@code applied_at}, and drizzle-orm 1.0's (its
     * {@code name} and {@code applied_at} columns, {@link Drizzle#namedRows}); drizzle-orm 0.x's keeps only the journal's "when".
     */
    boolean keepsAppliedTime();

    /**
     * The statements that go first in the migration's transaction: they fail if the migration is
     * already recorded (so a concurrent or repeated run cannot apply it twice), with an error whose
     * message holds {@link HistoryGuard#MARKER} (so the refusal is told from a failing statement of
     * the migration by its message alone), and in wrangler's layout record it.
     */
    List<String> guardStatements(Migration m);

    /** Statements that go last in the migration's transaction. */
    List<String> recordStatements(Migration m);

    /** The migration's whole transaction: the guard, its statements, the history row (on D1, its one request). */
    default List<String> transactionOf(Migration m) {
        List<String> all = new ArrayList<>(guardStatements(m));
        all.addAll(m.statements());
        all.addAll(recordStatements(m));
        return all;
    }

    /**
     * What goes before the migration's statements in its transaction: the guard, led by this table's {@code CREATE TABLE IF NOT
     * EXISTS} when the database may not have it yet ({@code create}). Created there, the table commits with the migration or not
     * at all: a database whose first migration is refused keeps no empty history table.
     */
    default List<String> leadOf(Migration m, boolean create) {
        if (!create) return guardStatements(m);
        List<String> lead = new ArrayList<>();
        lead.add(createSql());
        lead.addAll(guardStatements(m));
        return lead;
    }

    /** A query that finds {@code m}'s row in this table. */
    String rowQuery(Migration m);

    /**
     * A query that finds that row, as it was read, in this table; null where nothing in it says which row it is (drizzle's without
     * a created_at, wrangler's without a name).
     */
    String rowQuery(AppliedMigration row);

    /**
     * The statement that refuses a migration sent right after {@code previous} when {@code previous} is no longer recorded
     * ({@link HistoryGuard#MOVED_BACK}): the database was restored or repaired while the run applied.
     */
    default String requireRecorded(Migration previous) {
        return requireRow(rowQuery(previous), previous.fileName());
    }

    /** A statement that fails with {@link HistoryGuard#MOVED_BACK} and {@code label} when {@code query} finds no row. */
    private static String requireRow(String query, String label) {
        return "SELECT json_extract('{}', CASE WHEN NOT EXISTS (" + query + ") THEN "
                + Quoting.literal(HistoryGuard.MOVED_BACK + ": " + label) + " ELSE '$' END)";
    }

    /**
     * {@link #transactionOf(Migration, boolean)}, led by {@link #checkAfter} of {@code previous}: the migration this run sent (or
     * found recorded) just before this one must still be recorded.
     */
    default List<String> transactionAfter(Migration previous, Migration m, boolean create) {
        return transactionLedBy(checkAfter(previous, create), m, create);
    }

    /**
     * What leads {@link #transactionAfter}: {@link #requireRecorded} of {@code previous} when it is not null and the table is known
     * to exist (not {@code create}); else null.
     */
    default String checkAfter(Migration previous, boolean create) {
        return previous == null || create ? null : requireRecorded(previous);
    }

    /**
     * For the first migration a run sends: {@link #transactionOf(Migration, boolean)}, led by {@link #checkAfterRow}.
     */
    default List<String> transactionAfterRow(AppliedMigration lastRead, String label, Migration m, boolean create) {
        return transactionLedBy(checkAfterRow(lastRead, label, create), m, create);
    }

    /**
     * What leads {@link #transactionAfterRow}: the check that {@code lastRead}, the history's last row when the run read it, is still
     * there (a restore or repair between that read and this request took it away: the migration, sent on top, would leave a
     * history with a gap). Null where the history was empty, the row cannot be found again by what it holds, or the table may not
     * exist yet ({@code create}). {@code label}: the row's name in the refusal.
     */
    default String checkAfterRow(AppliedMigration lastRead, String label, boolean create) {
        String query = lastRead == null || create ? null : rowQuery(lastRead);
        return query == null ? null : requireRow(query, label);
    }

    /** {@link #transactionOf(Migration, boolean)}, led by {@code check} when it is not null. */
    default List<String> transactionLedBy(String check, Migration m, boolean create) {
        List<String> all = transactionOf(m, create);
        if (check == null) return all;
        List<String> out = new ArrayList<>(all.size() + 1);
        out.add(check);
        out.addAll(all);
        return out;
    }

    /** {@link #transactionOf}, led by {@link #leadOf}. */
    default List<String> transactionOf(Migration m, boolean create) {
        List<String> all = new ArrayList<>(leadOf(m, create));
        all.addAll(m.statements());
        all.addAll(recordStatements(m));
        return all;
    }

    /** The rows of this layout's table, as {@code SELECT *} returns them (each a map from column name to value). */
    List<AppliedMigration> rows(List<Map<String, Object>> rows);

    /** {@code d1_migrations} (or any table of that shape) is wrangler's layout; any other name is drizzle's. */
    static HistoryTable forName(String name) {
        return name.equals(WRANGLER_DEFAULT) ? new Wrangler(name) : new Drizzle(name);
    }

    /**
     * The table a project's settings name ({@code target.ProjectSettings#history()}: {@code -Ddb.migrationsTable}, else the
     * {@code migrations_table} of wrangler's D1 binding, which is created in wrangler's layout, else drizzle's default).
     */
    static HistoryTable of(String name, boolean wranglerLayout) {
        return wranglerLayout ? new Wrangler(name) : forName(name);
    }

    /**
     * The history table as the database has it, whether it exists, and the other tools' history tables the same read found there
     * ({@code others}: names; empty where the read did not look), which costs {@link OtherHistory} no request of its own.
     */
    record Found(HistoryTable table, boolean exists, java.util.Set<String> others) {
        Found(HistoryTable table, boolean exists) {
            this(table, exists, java.util.Set.of());
        }
    }

    /**
     * Reads the layout of an existing table named like {@code preferred} from its columns, whatever its name:
     * {@code hash, created_at} is drizzle's, {@code name, applied_at} wrangler's. A missing table is {@code preferred}
     * (to be created in its layout); a table of neither shape is refused.
     */
    static Found find(Database db, HistoryTable preferred) {
        return find(db, preferred, false);
    }

    /** As {@link #find(Database, HistoryTable)}; {@code fromApplication}: a refusal says the runtime's setting, not the goals'. */
    static Found find(Database db, HistoryTable preferred, boolean fromApplication) {
        Database.Read read = findRead(preferred);
        List<Map<String, Object>> rows = db.query(read.sql(), read.params().toArray());
        Found layout = layout(rows.stream().filter(r -> ((Number) r.get("other")).intValue() == 0).toList(), preferred);
        Found found = new Found(layout.table(), layout.exists(), rows.stream().filter(r -> ((Number) r.get("other")).intValue() == 1)
                .map(r -> String.valueOf(r.get("name"))).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        // Read as missing: an empty one beside another tool's history records nothing either (one more request, only then).
        boolean othersThere = rows.stream().anyMatch(r -> ((Number) r.get("other")).intValue() == 1);
        boolean empty = found.exists() && othersThere && db.query("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(preferred.name()))
                .get(0).get("n") instanceof Number n0 && n0.longValue() == 0;
        if (!found.exists() || empty) {
            for (Map<String, Object> r : rows) {
                if (((Number) r.get("other")).intValue() != 1) continue;
                String other = String.valueOf(r.get("name"));
                // a table of that name with other columns is the project's own, no history
                if (!dev.godwit.engine.introspect.Introspector.holdsAHistory(db, other)) continue;
                Object count = db.query("SELECT count(*) AS n FROM " + Quoting.doubleQuoted(other)).get(0).get("n");
                // An empty one records nothing (wrangler d1 migrations list creates it; so does an apply with nothing to do).
                if (count instanceof Number n && n.longValue() == 0) continue;
                throw new MigrationException(anotherHistory(preferred, empty, other, count + " row(s)", fromApplication));
            }
            // rows read only where such a table is there
            List<String> declared = rows.stream().filter(r -> ((Number) r.get("other")).intValue() == 2).map(r -> String.valueOf(r.get("name"))).toList();
            for (Map.Entry<String, Long> custom : drizzleHistoriesAmong(db, declared, java.util.Set.of(preferred.name())).entrySet()) {
                throw new MigrationException(anotherHistory(preferred, empty, custom.getKey(), custom.getValue() + " row(s)", fromApplication));
            }
        }
        return found;
    }

    /**
     * The query {@link #find} starts with. One request on D1: the table's columns, which other tools' history tables exist, and the
     * tables declared as drizzle-orm declares its history (2: one under a name of the project's).
     */
    static Database.Read findRead(HistoryTable preferred) {
        StringBuilder sql = new StringBuilder("SELECT name, 0 AS other FROM pragma_table_info(?)");
        for (String other : otherHistories(preferred)) sql.append(" UNION ALL SELECT name, 1 ").append(tableSql(other));
        sql.append(" UNION ALL SELECT m.name, 2 ").append(DRIZZLE_LAYOUT_TABLES);
        return Database.Read.of(sql.toString(), preferred.name());
    }

    /**
     * drizzle-orm's history under a name of the project's ({@code migrate(db, {migrationsTable})}, drizzle.config's
     * {@code migrations.table}): the tables other than the default names and {@code known} declared as drizzle-orm's
     * {@code (id SERIAL, hash text, created_at numeric)} ({@link #DRIZZLE_LAYOUT_TABLES}) whose rows all hold a SHA-256 in hex,
     * with their row counts, in the order of {@code sqlite_master}. Taking its database for one with no history would run every
     * migration again over it.
     */
    static Map<String, Long> drizzleHistoriesNamedOtherwise(Database db, java.util.Set<String> known) {
        return drizzleHistoriesAmong(db, db.query(DRIZZLE_LAYOUT_NAMES).stream().map(r -> String.valueOf(r.get("name"))).toList(), known);
    }

    /** As {@link #drizzleHistoriesNamedOtherwise}, among {@code declared}, the tables declared so (read in some request). */
    private static Map<String, Long> drizzleHistoriesAmong(Database db, List<String> declared, java.util.Set<String> known) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String name : declared) {
            if (known.stream().anyMatch(k -> SqliteNames.key(k).equals(SqliteNames.key(name)))
                    || dev.godwit.engine.introspect.Introspector.isDefaultHistoryName(name)) continue;
            Map<String, Object> counts = db.query("SELECT count(*) AS n, count(CASE WHEN length(hash) = 64 AND lower(hash) NOT GLOB '*[^0-9a-f]*'"
                    + " THEN 1 END) AS h FROM " + Quoting.doubleQuoted(name)).get(0);
            long n = ((Number) counts.get("n")).longValue();
            if (n > 0 && n == ((Number) counts.get("h")).longValue()) out.put(name, n);
        }
        return out;
    }

    /**
     * {@code known} and the tables holding drizzle-orm's history under another name ({@link #drizzleHistoriesNamedOtherwise}),
     * each said once to {@code log} ({@code what}: "Leaving table X alone", "Not pulling table X"): no table of the schema, and
     * left out where the schema is compared, pulled or pushed, as the history Godwit reads is.
     */
    static java.util.Set<String> withDrizzleHistoriesNamedOtherwise(Database db, java.util.Set<String> known, dev.godwit.engine.EngineLog log, String what) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>(known);
        drizzleHistoriesNamedOtherwise(db, known).forEach((name, rows) -> {
            out.add(name);
            log.warn(what.replace("%s", name) + ": it holds drizzle-orm's migration history (" + rows + " row(s), its migrate()'s"
                    + " migrationsTable or drizzle.config's migrations.table), not a table of the schema. db:apply reads it with"
                    + " -Ddb.migrationsTable=" + name + ".");
        });
        return out;
    }

    /**
     * {@code AND m.name} is not D1's own ({@code _cf_KV}; locally {@code _cf_METADATA}): D1's authorizer refuses {@code table_info},
     * {@code index_list} and the like of a reserved name when the pragma runs, so a pragma function over every table of sqlite_master
     * failed the whole statement "not authorized: SQLITE_AUTH" (wrangler d1 execute --local, as on D1). SQLite tests a term without a
     * correlated subquery before those with one, so the pragma never sees such a name.
     */
    String RESERVED_LEFT_OUT = " AND m.name NOT LIKE '\\_cf\\_%' ESCAPE '\\'";

    /**
     * {@code FROM sqlite_master m WHERE} m is a table declared as drizzle-orm's migrators (and Godwit) create their history: a
     * project's own (id, hash, created_at) table of SHA-256 hashes, content-addressed files say, is declared otherwise (SERIAL is
     * no SQLite idiom).
     */
    String DRIZZLE_LAYOUT_TABLES = "FROM sqlite_master m WHERE m.type = 'table'"
            // not a virtual table: its columns are its module's to say, and one SQLite has no module for fails the query ("no such
            // module: vec0"), which stopped every db:push and first db:apply on such a database
            + " AND m.sql NOT LIKE 'CREATE VIRTUAL %'"
            + RESERVED_LEFT_OUT
            // exactly drizzle-orm's three columns as its migrators declare them, in their order (one pragma read: this rides in
            // every history check's request, whose size counts against D1's)
            + " AND (SELECT group_concat(lower(name) || upper(type)) FROM pragma_table_info(m.name)) = 'idSERIAL,hashTEXT,created_atNUMERIC'";

    /** The query {@link #drizzleHistoriesNamedOtherwise} starts with: the tables declared as drizzle-orm declares its history. */
    String DRIZZLE_LAYOUT_NAMES = "SELECT m.name AS name " + DRIZZLE_LAYOUT_TABLES;

    /** Text in the error of {@link #anotherHistoryGuard}'s refusal and nothing else; no quote, so SQLite's quoting leaves it whole. */
    String ANOTHER_HISTORY = "godwit: another history table: ";

    /** drizzle-orm's and wrangler's default tables other than {@code preferred}: where another tool kept this database's history. */
    static List<String> otherHistories(HistoryTable preferred) {
        String key = SqliteNames.key(preferred.name());
        return java.util.stream.Stream.of(DRIZZLE_DEFAULT, WRANGLER_DEFAULT).filter(n -> !n.equals(key)).toList();
    }

    /**
     * For a request of its own (a fleet's): fails with {@link #ANOTHER_HISTORY} and the table's name when {@code preferred} is
     * missing and another tool's history table is there, as {@link #find} refuses; does nothing otherwise.
     */
    static String anotherHistoryGuard(HistoryTable preferred) {
        StringBuilder sql = new StringBuilder("SELECT json_extract('{}', CASE");
        for (String other : otherHistories(preferred)) {
            // a table of that name holding no history's columns is the project's own (as find decides)
            sql.append(" WHEN NOT EXISTS (SELECT 1 ").append(tableSql(preferred.name())).append(") AND EXISTS (SELECT 1 ").append(tableSql(other))
                    .append(") AND (").append(HistoryColumns.DRIZZLE.heldBySql(other)).append(" OR ")
                    .append(HistoryColumns.WRANGLER.heldBySql(other)).append(") THEN ")
                    .append(Quoting.literal(ANOTHER_HISTORY + other));
        }
        // drizzle-orm's under a name of the project's, told by its declaration in the same statement (its rows, which a statement
        // cannot read from a table it names at run time, are counted only when this fires: no request more for the others)
        sql.append(" WHEN NOT EXISTS (SELECT 1 ").append(tableSql(preferred.name())).append(") AND EXISTS (SELECT 1 ").append(DRIZZLE_LAYOUT_TABLES)
                .append(" AND m.name NOT IN (").append(Quoting.literal(DRIZZLE_DEFAULT)).append(", ").append(Quoting.literal(WRANGLER_DEFAULT))
                .append(") COLLATE NOCASE) THEN ").append(Quoting.literal(ANOTHER_HISTORY)).append(" || (SELECT m.name ").append(DRIZZLE_LAYOUT_TABLES)
                .append(" AND m.name NOT IN (").append(Quoting.literal(DRIZZLE_DEFAULT)).append(", ").append(Quoting.literal(WRANGLER_DEFAULT))
                .append(") COLLATE NOCASE ORDER BY m.rowid LIMIT 1)");
        return sql.append(" ELSE '$' END)").toString();
    }

    /** {@code FROM sqlite_master WHERE} the table of that name (as SQLite compares names). */
    private static String tableSql(String name) {
        return "FROM sqlite_master WHERE type = 'table' AND name = " + Quoting.literal(name) + " COLLATE NOCASE";
    }

    /**
     * Why Godwit stops when the table it reads is missing but {@code other} is there (with {@code rows}, when counted): taking
     * every migration for pending would run them again over a database another tool migrated.
     */
    static String anotherHistory(HistoryTable preferred, String other, String rows) {
        return anotherHistory(preferred, false, other, rows);
    }

    /** As above; {@code empty}: the table Godwit reads is there but records nothing, which is read as missing. */
    static String anotherHistory(HistoryTable preferred, boolean empty, String other, String rows) {
        return anotherHistory(preferred, empty, other, rows, false);
    }

    /**
     * As above; {@code fromApplication}: for an application's Godwit.migrate, whose history table is set with
     * Godwit.configure().historyTable(...) (a -D flag or wrangler's config does not reach it) and which is started again, not run.
     */
    static String anotherHistory(HistoryTable preferred, boolean empty, String other, String rows, boolean fromApplication) {
        String tool = other.equals(WRANGLER_DEFAULT) ? "wrangler's (`wrangler d1 migrations apply` keeps it)" : "drizzle-orm's (its migrate() keeps it)";
        String opening = empty ? "The history table " + preferred.name() + ", the one Godwit reads, is empty, but the database has "
                : "The database has no history table " + preferred.name() + ", the one Godwit reads, but it has ";
        return opening + other + ", " + tool + (rows == null ? "" : ", with " + rows)
                + ". Godwit stops rather than take every migration for pending and run them again over what that tool applied. If it migrated"
                + " this database, read its history: " + (fromApplication ? "Godwit.configure().historyTable(\"" + other + "\")"
                : "-Ddb.migrationsTable=" + other + " (or migrations_table = \"" + other + "\" in wrangler's config)") + "." + moving(preferred, other, fromApplication)
                + " If " + other + " is not this folder's history, " + (other.equals(WRANGLER_DEFAULT) ? "drop or rename it" : "drop it (renamed, it is"
                + " still read as drizzle-orm's history: its columns and hashes say so)") + ", then "
                + (fromApplication ? "start the application again" : "run again") + ". Nothing was changed.";
    }

    /**
     * The way on for a project moving from drizzle-orm's history to wrangler's on purpose (migrations_table set after drizzle-orm's
     * migrate() ran): db:baseline, which records the applied migrations in the new table, stops on the old one as db:apply does,
     * and a renamed copy of it is still found; empty otherwise.
     */
    private static String moving(HistoryTable preferred, String other, boolean fromApplication) {
        if (fromApplication || !(preferred instanceof Wrangler) || other.equals(WRANGLER_DEFAULT)) return "";
        return " If this database moves to " + preferred.name() + " on purpose, note the last migration " + other + " records (mvn db:status"
                + " -Ddb.migrationsTable=" + other + "), drop " + other + ", and record the migrations up to it in " + preferred.name()
                + " with mvn db:baseline -Ddb.baseline=THAT_TAG (it checks the schema is theirs).";
    }

    /** The statement whose rows {@link #layout} takes, for a request of its own (with the table's name as a literal). */
    static String columnsSql(HistoryTable preferred) {
        return "SELECT name FROM pragma_table_info(" + Quoting.literal(preferred.name()) + ")";
    }

    /**
     * The other tools' history tables that are there ({@link Found#others}), by name as stored, for a request of its own: a fleet
     * reads them with the history, and {@link OtherHistory} asks more only of a database having one.
     */
    static String othersSql(HistoryTable preferred) {
        return otherHistories(preferred).stream().map(n -> "SELECT name " + tableSql(n)).collect(java.util.stream.Collectors.joining(" UNION ALL "));
    }

    /** As {@link #find}, from the rows of {@link #columnsSql} read in some request (a fleet reads them with the history). */
    static Found layout(List<Map<String, Object>> columnRows, HistoryTable preferred) {
        java.util.Set<String> columns = new java.util.LinkedHashSet<>();
        for (Map<String, Object> r : columnRows) columns.add(String.valueOf(r.get("name")).toLowerCase(java.util.Locale.ROOT));
        if (columns.isEmpty()) return new Found(preferred, false);
        HistoryColumns held = HistoryColumns.of(columns);
        // drizzle-orm 1.0's migrate() adds name and applied_at and then knows applied migrations by name alone: a row left
        // without one is run again by it
        if (held == HistoryColumns.DRIZZLE && columns.contains("name")) return new Found(new Drizzle(preferred.name(), true), true);
        if (held == HistoryColumns.DRIZZLE) return new Found(preferred instanceof Drizzle ? preferred : new Drizzle(preferred.name()), true);
        if (held == HistoryColumns.WRANGLER) return new Found(preferred instanceof Wrangler ? preferred : new Wrangler(preferred.name()), true);
        throw new MigrationException("The history table " + preferred.name() + " exists but has the columns (" + String.join(", ", columns)
                + "): neither drizzle-orm's layout (id, hash, created_at) nor wrangler's (id, name, applied_at). It is not a history table"
                + " Godwit can continue: name another one with -Ddb.migrationsTable (or migrations_table in wrangler's config).");
    }

    /**
     * A statement that does nothing when {@code query} finds no row and otherwise fails with {@link HistoryGuard#MARKER} and
     * {@code what} in its error. {@code json_extract} with a path that does not start with {@code $} raises an error that quotes
     * the path (SQLite's {@code bad JSON path: '…'}, {@code JSON path error near '…'} before 3.45): a portable way to abort a
     * request with our own words, D1 included. The path depends on the row, so SQLite cannot evaluate it ahead.
     */
    private static String refuseIfExists(String query, String what) {
        return "SELECT json_extract('{}', CASE WHEN EXISTS (" + query + ") THEN " + Quoting.literal(HistoryGuard.MARKER + ": " + what)
                + " ELSE '$' END)";
    }

    static boolean exists(Database db, String table) {
        return !db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE", table).isEmpty();
    }

    /**
     * drizzle-orm's table: the same DDL its migrators run, so they accept each other's rows. {@code namedRows}: the table has the {@code name} and {@code applied_at} columns drizzle-orm 1.0's {@code migrate()} adds
     * (its "version 1" table): it reads a migration as applied by that name alone, the folder name drizzle-kit 1.0's {@code up}
     * gives it ({@link #drizzleKit10Name}), so each row Godwit writes there says it too.
     */
    record Drizzle(String name, boolean namedRows) implements HistoryTable {
        public Drizzle(String name) {
            this(name, false);
        }

        /** The folder drizzle-kit 1.0's {@code up} moves a journal migration to: its {@code when} as UTC {@code yyyyMMddHHmmss}, "_", the tag after its prefix. */
        static String drizzleKit10Name(Migration m) {
            String tag = m.tag();
            int cut = tag.indexOf('_');
            String rest = cut < 0 ? "" : tag.substring(cut + 1);
            return java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(java.time.ZoneOffset.UTC)
                    .format(java.time.Instant.ofEpochMilli(m.when())) + "_" + rest;
        }

        @Override
        public String createSql() {
            return "CREATE TABLE IF NOT EXISTS " + Quoting.doubleQuoted(name) + " (\n\t\t\tid SERIAL PRIMARY KEY,\n\t\t\thash text NOT NULL,\n\t\t\tcreated_at numeric\n\t\t)";
        }

        @Override
        public String readSql() {
            // drizzle-orm 1.0's table keeps the time of apply too (NULL in the rows its migrate() took over from drizzle-orm 0.x)
            return "SELECT hash, created_at" + (namedRows ? ", applied_at" : "") + " FROM " + Quoting.doubleQuoted(name) + " ORDER BY created_at";
        }

        @Override
        public List<AppliedMigration> rows(List<Map<String, Object>> rows) {
            List<AppliedMigration> out = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                Object c = r.get("created_at");
                Long when = c instanceof Number n ? Long.valueOf(n.longValue()) : c == null ? null : parseLong(c.toString());
                Object at = r.get("applied_at");
                out.add(new AppliedMigration(null, (String) r.get("hash"), when, at == null || at.toString().isBlank() ? null : at.toString()));
            }
            return out;
        }

        @Override
        public boolean keepsAppliedTime() {
            return namedRows;
        }

        private static Long parseLong(String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /**
         * The row's {@code created_at} is the migration's {@code when}; or, for a {@code when} of a whole second, the row is of that
         * second and records the same SQL: drizzle-kit 1.0's {@code up} names a journal migration's folder by its {@code when} to the
         * second ({@code 20261206182436_init}), db:up takes the {@code when} back from that name, and the rows drizzle-orm 0.x (or
         * Godwit) wrote before keep the milliseconds (drizzle-orm 1.0's {@code migrate()} fills their name and leaves them). Read
         * as not recorded, every such migration was pending again and db:apply ran it a second time.
         */
        @Override
        public boolean records(AppliedMigration row, Migration m) {
            Long at = row.createdAt();
            if (at == null) return false;
            if (at == m.when()) return true;
            return m.when() % 1000 == 0 && Math.floorDiv(at, 1000L) * 1000 == m.when() && row.hash() != null && m.recordedBy(row.hash());
        }

        @Override
        public boolean hasChecksums() {
            return true;
        }

        @Override
        public String rowQuery(Migration m) {
            return "SELECT 1 FROM " + Quoting.doubleQuoted(name) + " WHERE created_at = " + m.when();
        }

        @Override
        public String rowQuery(AppliedMigration row) {
            return row.createdAt() == null ? null : "SELECT 1 FROM " + Quoting.doubleQuoted(name) + " WHERE created_at = " + row.createdAt();
        }

        @Override
        public List<String> guardStatements(Migration m) {
            return List.of(refuseIfExists("SELECT 1 FROM " + Quoting.doubleQuoted(name) + " WHERE created_at = " + m.when(),
                    m.tag() + " (created_at " + m.when() + ")"));
        }

        @Override
        public List<String> recordStatements(Migration m) {
            if (namedRows) {
                return List.of("INSERT INTO " + Quoting.doubleQuoted(name) + " (\"hash\", \"created_at\", \"name\", \"applied_at\") VALUES('" + m.hash()
                        + "', " + m.when() + ", " + Quoting.literal(drizzleKit10Name(m)) + ", strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))");
            }
            return List.of("INSERT INTO " + Quoting.doubleQuoted(name) + " (\"hash\", \"created_at\") VALUES('" + m.hash() + "', " + m.when() + ")");
        }
    }

    /** wrangler's table: migrations are known by file name; no checksum is kept. */
    record Wrangler(String name) implements HistoryTable {
        @Override
        public String createSql() {
            return "CREATE TABLE IF NOT EXISTS " + Quoting.doubleQuoted(name) + "(\n\t\tid         INTEGER PRIMARY KEY AUTOINCREMENT,\n\t\tname       TEXT UNIQUE,\n"
                    + "\t\tapplied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL\n)";
        }

        @Override
        public String readSql() {
            return "SELECT name, applied_at FROM " + Quoting.doubleQuoted(name) + " ORDER BY id";
        }

        @Override
        public List<AppliedMigration> rows(List<Map<String, Object>> rows) {
            List<AppliedMigration> out = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                out.add(new AppliedMigration((String) r.get("name"), null, null, r.get("applied_at") == null ? null : r.get("applied_at").toString()));
            }
            return out;
        }

        @Override
        public boolean records(AppliedMigration row, Migration m) {
            return m.fileName().equals(row.name());
        }

        @Override
        public boolean keepsAppliedTime() {
            return true;
        }

        @Override
        public boolean hasChecksums() {
            return false;
        }

        @Override
        public String rowQuery(Migration m) {
            return "SELECT 1 FROM " + Quoting.doubleQuoted(name) + " WHERE name = " + Quoting.literal(m.fileName());
        }

        @Override
        public String rowQuery(AppliedMigration row) {
            return row.name() == null ? null : "SELECT 1 FROM " + Quoting.doubleQuoted(name) + " WHERE name = " + Quoting.literal(row.name());
        }

        @Override
        public List<String> guardStatements(Migration m) {
            // The check makes the refusal recognisable; name is UNIQUE as well, and recording first makes a second attempt
            // fail before it changes anything.
            return List.of(refuseIfExists("SELECT 1 FROM " + Quoting.doubleQuoted(name) + " WHERE name = " + Quoting.literal(m.fileName()), m.fileName()),
                    "INSERT INTO " + Quoting.doubleQuoted(name) + " (name) VALUES (" + Quoting.literal(m.fileName()) + ")");
        }

        @Override
        public List<String> recordStatements(Migration m) {
            return List.of();
        }
    }
}
