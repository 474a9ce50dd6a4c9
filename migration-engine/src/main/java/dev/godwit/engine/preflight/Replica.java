package dev.godwit.engine.preflight;

import dev.godwit.engine.db.Capabilities;
import dev.godwit.engine.db.D1Limits;
import dev.godwit.engine.db.Database;
import dev.godwit.engine.db.DatabaseException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.introspect.SchemaStatements;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A private in-memory SQLite copy that migrations are tried on. It runs them as D1 does: foreign
 * keys on, every migration one transaction (so a {@code PRAGMA foreign_keys=OFF} inside it does
 * nothing). Besides the {@link Database} port it lets the pre-flight look between statements.
 */
final class Replica implements Database {

    private final Connection connection;
    private final String description;
    /** Whether a migration's statements run under D1's limits ({@link #execMigration}): the copy stands for a D1 database. */
    private boolean d1Limits;
    /**
     * Whether a migration's statements are tried under D1's limits first and, where a limit alone stops one, run again under
     * SQLite's, the statement kept in {@link #overD1Limits}: a plain SQLite file whose project also goes to D1.
     */
    private boolean d1LimitsTried;
    /** The statements {@link #d1LimitsTried} found over D1's limits, each with SQLite's words under them, in the order run. */
    private final java.util.List<String[]> overD1Limits = new java.util.ArrayList<>();
    /** Whether the copy holds a database's own rows (a backup), not generated ones. */
    private boolean realRows;
    /** The temporary file a big copy is in (deleted on close); null for one in memory. */
    private Path tempFile;
    /**
     * Tables an earlier migration of the run renamed away while it created a new table under their name (the old rebuild idiom
     * split over two migrations: {@code ALTER TABLE orders RENAME TO orders_old; CREATE TABLE orders ...}, then {@code INSERT INTO
     * orders SELECT ... FROM orders_old; DROP TABLE orders_old}), or backed up into a copy while it was dropped and created again
     * ({@code CREATE TABLE orders_bak AS SELECT * FROM orders; DROP TABLE orders; CREATE TABLE orders ...}, then the copy back):
     * by {@link dev.godwit.schema.model.SqliteNames#key} of the name now (the backup's), the name the new table took.
     */
    private final java.util.Map<String, String> renamedAway = new java.util.HashMap<>();
    /** What {@link Shape#all} read of each table (by key), for the next call: a table whose CREATE statement is the same is not read again. */
    private final java.util.Map<String, Shape.Read> shapes = new java.util.HashMap<>();

    java.util.Map<String, Shape.Read> shapes() {
        return shapes;
    }

    /**
     * The tables introspected here so far ({@link #schema}): the pre-flight of a replica reads its schema when it is made, and again
     * before and after a migration that may retype a column and before one whose edge rows are tried, each time the same tables
     * but those the migration changed.
     */
    private final dev.godwit.engine.introspect.IntrospectionReuse introspected = new dev.godwit.engine.introspect.IntrospectionReuse();

    /** The schema as it is now, a table whose statements are what they were at the last reading taken as read then. */
    dev.godwit.schema.model.SchemaDef schema() {
        return dev.godwit.engine.introspect.Introspector.introspect(this, introspected);
    }

    /**
     * The names of the live database's tables, indexes, views and triggers this replica of its schema was made without (history
     * tables, SQLite's and D1's internals: {@link #schemaOf}); empty for a copy of a file, which has all of them.
     */
    private java.util.Set<String> leftOut = java.util.Set.of();
    /**
     * Tables that hold rows on the live database and none here: rows could not be generated for them, or a trigger deleted those
     * generated as other tables were filled (each warned of). Empty for a copy of a file, which holds its rows.
     */
    private java.util.Set<String> rowsNotGenerated = java.util.Set.of();

    private Replica(Connection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /** This copy, running a migration's statements under D1's limits from now on (its own reads and copies keep SQLite's). */
    Replica withD1Limits() {
        d1Limits = true;
        return this;
    }

    /**
     * Whether the copy holds a database's own rows (a backup of the file). Generated rows break what a database's triggers keep
     * true of its rows (a value computed from other rows), so what such a trigger recomputes is compared only on real rows.
     */
    boolean holdsRealRows() {
        return realRows;
    }

    /**
     * Of the names tables renamed away (or backed up) by earlier migrations left to new tables ({@link #renamedAway}), by {@code
     * SqliteNames.key}, those whose table waits for the old one's rows before {@code statements}: they copy the rows back, or do not
     * name the table at all. One they write otherwise ({@code DELETE FROM orders} while {@code orders_archive}, renamed away for
     * good, stands) is no longer waiting: it is filled, so what they do to rows is tried.
     */
    java.util.Set<String> waitingForCopyBack(java.util.List<String> statements) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (java.util.Map.Entry<String, String> e : renamedAway.entrySet()) {
            String taken = e.getValue();
            boolean copiesBack = LossRules.readsInto(statements, e.getKey(), taken);
            boolean names = statements.stream().anyMatch(st -> StatementText.mentions(StatementText.code(st), taken));
            if (copiesBack || !names) out.add(dev.godwit.schema.model.SqliteNames.key(taken));
        }
        return out;
    }

    /** An INSERT or REPLACE statement reading another table: statement {@code at} (0-based) of {@code migration}. */
    record Copy(dev.godwit.engine.folder.Migration migration, int at, String statement) {
    }

    /** The INSERT and REPLACE statements that read another table, of the migrations run here so far ({@link #noteCopies}). */
    private final java.util.List<Copy> copies = new java.util.ArrayList<>();

    /**
     * After {@code m} ran: its copies ({@code INSERT INTO t2 SELECT ... FROM t}), which a later migration may take for the
     * table (the rebuild idiom split forward: it drops {@code t} and renames {@code t2} to {@code t}).
     */
    void noteCopies(dev.godwit.engine.folder.Migration m) {
        java.util.List<String> statements = m.statements();
        for (int i = 0; i < statements.size(); i++) {
            java.util.List<dev.godwit.engine.sql.SqlLexer.Token> t = dev.godwit.engine.sql.SqlLexer.significant(statements.get(i));
            if (t.isEmpty() || !(t.get(0).is("INSERT") || t.get(0).is("REPLACE"))) continue;
            if (t.stream().anyMatch(k -> k.is("SELECT"))) copies.add(new Copy(m, i, statements.get(i)));
        }
    }

    /** The first copy an earlier migration run here made of rows of {@code from} into {@code into} ({@link #noteCopies}), or null. */
    Copy filledEarlier(String from, String into) {
        for (Copy c : copies) if (LossRules.readsInto(java.util.List.of(c.statement()), from, into)) return c;
        return null;
    }

    /** The name a table renamed away by an earlier migration left to a new table ({@link #renamedAway}), or null. */
    String renamedAwayFrom(String table) {
        return renamedAway.get(dev.godwit.schema.model.SqliteNames.key(table));
    }

    /**
     * After {@code statements} ran: a table they renamed away while a table of its old name stands now is noted; one no longer
     * there, or whose old name no table holds any more, is forgotten.
     */
    void noteRenamedAway(java.util.List<String> statements) {
        java.util.List<String[]> renames = new java.util.ArrayList<>(StatementText.tableRenames(statements));
        // a table backed up into a copy, dropped and created again (the copy back follows in a later migration): its rows are in the
        // backup as in a table renamed away, {table, backup} read as a rename of the table to the backup
        renames.addAll(StatementText.backups(statements));
        if (renames.isEmpty() && renamedAway.isEmpty()) return;
        java.util.Set<String> now = new java.util.HashSet<>();
        for (java.util.Map<String, Object> row : query("SELECT name FROM main.sqlite_master WHERE type = 'table'")) {
            now.add(dev.godwit.schema.model.SqliteNames.key(String.valueOf(row.get("name"))));
        }
        renamedAway.entrySet().removeIf(e -> !now.contains(e.getKey()) || !now.contains(dev.godwit.schema.model.SqliteNames.key(e.getValue())));
        for (String[] r : renames) {
            String from = dev.godwit.schema.model.SqliteNames.key(r[0]);
            String to = dev.godwit.schema.model.SqliteNames.key(r[1]);
            if (!from.equals(to) && now.contains(from) && now.contains(to)) renamedAway.put(to, r[0]);
        }
    }

    /**
     * This copy, trying a migration's statements under D1's limits first: one that only they stop runs again under SQLite's and is
     * kept for {@link #takeOverD1Limits} (a plain SQLite file, which is not D1, in a project whose migrations also go to D1).
     */
    Replica withD1LimitsTried() {
        if (!d1Limits) d1LimitsTried = true;
        return this;
    }

    /** The statements found over D1's limits since the last call, each as {statement, SQLite's message}. */
    java.util.List<String[]> takeOverD1Limits() {
        java.util.List<String[]> out = java.util.List.copyOf(overD1Limits);
        overD1Limits.clear();
        return out;
    }

    /** Whether migrations run here under D1's limits. */
    boolean underD1Limits() {
        return d1Limits;
    }

    /**
     * Runs a statement of a migration: under D1's limits when the copy stands for D1, so a statement D1 refuses for them fails
     * here too; only around the statement, since the pre-flight's own queries (a count per table, a copy with an extra column)
     * may go beyond them.
     */
    void execMigration(String sql) {
        if (d1Limits) {
            execUnderD1Limits(sql);
        } else if (!d1LimitsTried) {
            exec(sql);
        } else {
            try {
                execUnderD1Limits(sql);
            } catch (DatabaseException e) {
                if (D1Limits.hint(e.databaseMessage()) == null) throw e;
                exec(sql);   // a failed statement leaves nothing behind: run it again under SQLite's limits
                overD1Limits.add(new String[] {sql, e.databaseMessage()});
            }
        }
    }

    /** Runs one statement with D1's limits set around it, SQLite's put back after. */
    private void execUnderD1Limits(String sql) {
        int[] before;
        try {
            before = D1Limits.apply(connection);
        } catch (SQLException e) {
            throw new DatabaseException("cannot set D1's limits on the " + description + ": " + e.getMessage(), e);
        }
        try {
            exec(sql);
        } finally {
            try {
                D1Limits.restore(connection, before);
            } catch (SQLException e) {
                throw new DatabaseException("cannot restore SQLite's limits on the " + description + ": " + e.getMessage(), e);
            }
        }
    }

    /** Puts back the PRAGMAs D1 applies to one request only ({@link dev.godwit.engine.db.TransactionPragmas}). */
    void resetTransactionPragmas() {
        try {
            dev.godwit.engine.db.TransactionPragmas.reset(connection);
        } catch (SQLException e) {
            throw new DatabaseException("cannot reset the PRAGMAs of the " + description + ": " + e.getMessage(), e);
        }
    }

    /** Whether this is a file's copy held in memory (not on disk). */
    boolean inMemory() {
        return realRows && tempFile == null;
    }

    /** An empty copy (for db:verify's replay). */
    static Replica empty() {
        return new Replica(connect(), "in-memory copy");
    }

    /**
     * Above this size a file's copy, and the before-images of its tables, go to a temporary file rather than memory: an
     * application's database of several GB (Godwit.migrate at start-up in a container with little memory, db:apply on a big file).
     * In memory, the copy, the before-images and a rebuilt table together peak at about 3.4 times the file, outside the Java
     * heap (199 MB took 729 MB): 64 MB keeps that near 256 MB, where a 512 MiB container was OOM-killed at every start with a
     * pending migration under the 256 MB this was; on disk the check is about 1.5 times slower per MB.
     */
    static long inMemoryUpToBytes = 64L * 1024 * 1024;

    /**
     * What a copy in memory may grow to, or three times the file if more (its pages; the before-images, temp tables, apart): past it a statement fails "database or
     * disk is full" and the pre-flight runs again on a copy on disk. A small file the migrations fill with millions of rows
     * (an application's first start seeding it) took 541 MB in memory for a 250 MB result.
     */
    static long inMemoryGrowth = 2 * 64L * 1024 * 1024;

    /** A copy of the SQLite file, rows and all, through SQLite's backup API (consistent even while others read it). */
    static Replica backupOf(Path file) {
        return backupOf(file, false);
    }

    /** The same, on disk whatever the file's size with {@code toDisk}. */
    static Replica backupOf(Path file, boolean toDisk) {
        return backupOf(file, toDisk, 3_000);
    }

    /** The same, the copy waiting up to {@code lockWaitMs} for another connection's lock on the file (3 s at least). */
    static Replica backupOf(Path file, boolean toDisk, long lockWaitMs) {
        return backupOf(file, toDisk, lockWaitMs, null);
    }

    /** As {@link #backupOf(Path, boolean, long)}, telling {@code waiting} when the copy waits for another connection's lock (null: nobody). */
    static Replica backupOf(Path file, boolean toDisk, long lockWaitMs, java.util.function.Consumer<String> waiting) {
        Path onDisk = null;
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw new DatabaseException("cannot copy " + file + " for the pre-flight: " + e.getMessage(), e);
        }
        if (toDisk || size > inMemoryUpToBytes) {
            removeStaleCopies();
            long free = freeSpace.applyAsLong(tempFolder());
            if (free >= 0 && free < size) {
                // SQLite's backup into a full disk ends "OK" having copied nothing, which read as a lock held by another connection
                throw new DatabaseException("cannot copy " + file + " (" + megabytes(size) + ") for the pre-flight: java.io.tmpdir (" + tempFolder()
                        + ") has " + megabytes(free) + " free. A file over " + inMemoryUpToBytes / (1024 * 1024) + " MB is copied there, and a"
                        + " migration that rebuilds tables needs about three times the file: point -Djava.io.tmpdir at a folder with that much room"
                        + " (MAVEN_OPTS; for an application, JAVA_TOOL_OPTIONS). Nothing was applied.");
            }
            try {
                onDisk = java.nio.file.Files.createTempFile(tempFolder(), TEMP_PREFIX + ProcessHandle.current().pid() + "-", ".sqlite");
            } catch (java.io.IOException e) {
                // AccessDeniedException's message is the path alone: "cannot copy app.sqlite for the pre-flight: /tmp/godwit-preflight-...sqlite"
                String why = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                        : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
                throw new DatabaseException("cannot copy " + file + " for the pre-flight: no temporary file can be made in " + tempFolder()
                        + " (java.io.tmpdir): " + why + ". A file over " + inMemoryUpToBytes / (1024 * 1024) + " MB is copied there, needing about"
                        + " its size free: point -Djava.io.tmpdir at a writable folder with room (for an application, in JAVA_TOOL_OPTIONS).", e);
            }
        }
        Connection c = onDisk == null ? connect() : connectTo(onDisk);
        try (Statement s = c.createStatement()) {
            dev.godwit.engine.db.SqliteCopy.restoreFrom(c, file, lockWaitMs, waiting);
            s.execute("PRAGMA foreign_keys=ON");
            if (onDisk == null) {
                long pageSize;
                try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                    pageSize = rs.next() ? rs.getLong(1) : 4096;
                }
                s.execute("PRAGMA max_page_count=" + Math.max(1, Math.max(inMemoryGrowth, 3 * size) / pageSize));
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            deleteQuietly(onDisk);
            throw new DatabaseException("cannot copy " + file + " for the pre-flight" + (onDisk == null ? "" : " into " + onDisk) + ": " + e.getMessage(), e);
        }
        Replica r = new Replica(c, "copy of " + file.toAbsolutePath().normalize());
        r.realRows = true;
        r.tempFile = onDisk;
        return r;
    }

    private static final String TEMP_PREFIX = "godwit-preflight-";

    /** The room in java.io.tmpdir, as {@link #usableSpace} tells it (a test stands in a full disk). */
    static java.util.function.ToLongFunction<Path> freeSpace = Replica::usableSpace;

    /** Bytes free to this process in {@code folder}'s file system; -1 when it cannot be told (the copy then says what fails). */
    static long usableSpace(Path folder) {
        try {
            return java.nio.file.Files.getFileStore(folder).getUsableSpace();
        } catch (java.io.IOException | RuntimeException unknown) {
            return -1;
        }
    }

    private static String megabytes(long bytes) {
        return bytes >= 10L * 1024 * 1024 * 1024 ? bytes / (1024L * 1024 * 1024) + " GB" : bytes / (1024 * 1024) + " MB";
    }

    /** java.io.tmpdir as it is now (Files.createTempFile(prefix, suffix) keeps the one it read first). */
    private static Path tempFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(TEMP_PREFIX)
            + "(\\d+)-\\d+\\.sqlite(-journal|-wal|-shm)?");

    /**
     * Deletes the copies of runs that ended without deleting theirs: a process killed during its pre-flight (kill -9, the OOM killer,
     * a liveness probe at a slow start-up) left a full copy of the database in the temporary folder, one more at each restart of a
     * crash loop. A copy is stale when the process its name carries is gone, or is this one (an application that is PID 1 in its
     * container at every start) and the copy is older than this JVM.
     */
    static void removeStaleCopies() {
        Path tmp = tempFolder();
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(tmp)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                java.util.regex.Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                try {
                    long pid = Long.parseLong(m.group(1));
                    boolean stale = pid == self.pid() ? java.nio.file.Files.getLastModifiedTime(p).toMillis() < started
                            : ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                    if (stale) java.nio.file.Files.deleteIfExists(p);
                } catch (NumberFormatException | java.io.IOException ignored) {
                    // another's file, or gone meanwhile
                }
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            // a temporary folder that cannot be listed: the copy below says what is wrong with it
        }
    }

    /** A throwaway file database for a big copy: no fsync (nothing of it is kept), temp tables in files too. */
    private static Connection connectTo(Path file) {
        try {
            Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite:" + file, new java.util.Properties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA synchronous=OFF");
                s.execute("PRAGMA temp_store=FILE");   // the before-images of big tables too
            }
            return c;
        } catch (SQLException e) {
            deleteQuietly(file);
            throw new DatabaseException("cannot open a temporary SQLite file " + file + " for the pre-flight: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                java.nio.file.Files.deleteIfExists(Path.of(file + suffix));
            } catch (java.io.IOException ignored) {
                // a temporary file the system's cleanup removes
            }
        }
    }

    /**
     * An empty copy of a live database's schema: its tables, indexes, views and triggers created from
     * the statements it stores, history tables and internals left out.
     */
    static Replica schemaOf(Database live, Set<String> historyTables) {
        Replica r = new Replica(connect(), "replica of " + live.describe());
        List<String> ddl = SchemaStatements.of(live, historyTables);
        try {
            r.runAtomically(ddl, false);
        } catch (DatabaseException e) {
            r.close();
            throw new DatabaseException("cannot build a local replica of " + live.describe() + " for the pre-flight: " + e.getMessage(), e);
        }
        // what it was made without: a statement naming one fails here ("no such table: d1_migrations") and not on the database
        r.leftOut = SchemaOnlyFailure.leftOut(live, r);
        return r;
    }

    /** Notes the tables that hold rows on the live database and none in this replica ({@link #rowsNotGenerated()}). */
    void noteRowsNotGenerated(java.util.Set<String> tables) {
        rowsNotGenerated = java.util.Set.copyOf(tables);
    }

    /** The tables that hold rows on the live database and none in this replica: an empty replica does not say the database is empty. */
    java.util.Set<String> rowsNotGenerated() {
        return rowsNotGenerated;
    }

    /** What this replica of a live database's schema was made without, by name (empty for a copy of a file). */
    java.util.Set<String> leftOut() {
        return leftOut;
    }

    private static Connection connect() {
        try {
            Connection c = new org.sqlite.JDBC().connect("jdbc:sqlite::memory:", new java.util.Properties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA foreign_keys=ON");
                // The pre-flight's before-images are temp tables: keep them in memory, not in temp files.
                s.execute("PRAGMA temp_store=MEMORY");
            }
            return c;
        } catch (SQLException e) {
            throw new DatabaseException("cannot open an in-memory SQLite database: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Capabilities capabilities() {
        return new Capabilities(false, Capabilities.LOCAL_SQLITE.maxStatementBytes(), false, false, Long.MAX_VALUE);
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... params) {
        return SqliteDatabase.query(connection, sql, params);
    }

    /** One number from a query that returns one row of one column. */
    long count(String sql) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), 0, sql, e.getMessage(), false, e);
        }
    }

    /** Whether {@code table} holds a row now; false for a table that does not exist (yet: a migration creates it). */
    boolean holdsRows(String table) {
        try {
            return count("SELECT EXISTS (SELECT 1 FROM main." + dev.godwit.engine.sql.Quoting.doubleQuoted(table) + ")") != 0;
        } catch (DatabaseException noSuchTable) {
            return false;
        }
    }

    /** The numbers of a query that returns one row. */
    long[] counts(String sql, int n) {
        long[] out = new long[n];
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (rs.next()) for (int i = 0; i < n; i++) out[i] = rs.getLong(i + 1);
            return out;
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), 0, sql, e.getMessage(), false, e);
        }
    }

    /**
     * A copy of this copy, rows and all, made in memory (SQLite's serialize and deserialize: the same pages, no file written and
     * read back as the backup to a temporary file did). Like that file's backup: its rows taken as real, D1's limits not set.
     */
    Replica copy() {
        Connection c = connect();
        try (Statement s = c.createStatement()) {
            byte[] pages = connection.unwrap(org.sqlite.SQLiteConnection.class).serialize("main");
            c.unwrap(org.sqlite.SQLiteConnection.class).deserialize("main", pages);
            s.execute("PRAGMA foreign_keys=ON");
        } catch (SQLException e) {
            closeQuietly(c);
            throw new DatabaseException("cannot copy the " + description + ": " + e.getMessage(), e);
        }
        Replica r = new Replica(c, "copy of the " + description);
        r.realRows = true;
        return r;
    }

    /**
     * A {@link #copy} that stands for the same database as this one: its rows generated where these are, D1's limits and the
     * tables renamed away kept, so a migration run on it is compared as it is here.
     */
    Replica twin() {
        Replica r = copy();
        r.realRows = realRows;
        r.d1Limits = d1Limits;
        r.renamedAway.putAll(renamedAway);
        return r;
    }

    /** Runs one statement as it is (inside or outside a transaction begun with {@code exec("BEGIN")}). */
    void exec(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), 0, sql, e.getMessage(), false, e);
        }
    }

    void rollbackQuietly() {
        try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction left (SQLite rolled it back already).
        }
    }

    /**
     * As {@link #runAtomically} with foreign keys off and no check before the commit: for generated rows of a cycle of required
     * references, which point at no row until their parent's rows are there (RowGenerator links them right after).
     */
    void runWithForeignKeysUnchecked(List<String> statements) {
        exec("PRAGMA foreign_keys=OFF");
        try {
            runAtomically(statements, false);
        } finally {
            exec("PRAGMA foreign_keys=ON");
        }
    }

    /**
     * The rows of {@code query} as the database stands after {@code before} (the statements of a migration ahead of the one
     * that failed), which are then rolled back: the copy is left as it was.
     */
    List<Map<String, Object>> queryAfter(List<String> before, String query) {
        exec("BEGIN");
        try {
            for (String statement : before) {
                try (Statement s = connection.createStatement()) {
                    s.execute(statement);
                }
            }
            return query(query);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), 0, query, e.getMessage(), false, e);
        } finally {
            rollbackQuietly();
        }
    }

    @Override
    public void runAtomically(List<String> statements, boolean foreignKeysOff) {
        exec("BEGIN");
        for (int i = 0; i < statements.size(); i++) {
            try (Statement s = connection.createStatement()) {
                s.execute(statements.get(i));
            } catch (SQLException e) {
                rollbackQuietly();
                throw new DatabaseException("statement " + (i + 1) + " failed: " + e.getMessage(), i, statements.get(i), e.getMessage(), false, e);
            }
        }
        exec("COMMIT");
    }

    @Override
    public void close() {
        closeQuietly(connection);
        deleteQuietly(tempFile);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing useful to do.
        }
    }
}
