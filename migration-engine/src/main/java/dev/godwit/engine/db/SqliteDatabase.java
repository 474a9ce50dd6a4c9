package dev.godwit.engine.db;

import dev.godwit.engine.sql.SqlSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * A local SQLite file (or an in-memory database) through sqlite-jdbc, on one pinned connection:
 * {@code PRAGMA foreign_keys} is per connection, so switching it off only works on the same one.
 * Foreign keys are on by default, as on D1, so a migration that works here works there.
 */
public final class SqliteDatabase implements Database {

    /**
     * How long a statement waits for another connection's lock on the file unless told otherwise (the goals always wait this):
     * SQLite's busy timeout, {@code DEFAULT_LOCK_WAIT.toMillis()}, the one place the value is written.
     */
    public static final java.time.Duration DEFAULT_LOCK_WAIT = java.time.Duration.ofSeconds(60);
    /** How long a statement waits for another connection's lock before the notice {@link #open(Path, Consumer)} takes hears of it. */
    static final long LOCK_WAIT_NOTICE_MS = 2_000;

    private final Connection connection;
    /** The file's JDBC URL, for {@link #reader}; null for an in-memory database or a connection given by the application. */
    private String url;
    private final String description;
    private final Capabilities capabilities;
    /** Transactions SQLite ended on this connection, counted by its commit and rollback hooks. */
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong rollbacks = new AtomicLong();
    /** How long a statement of this connection waits for another connection's lock (SQLite then fails it with SQLITE_BUSY). */
    private long lockWaitMs = DEFAULT_LOCK_WAIT.toMillis();
    /** Opened by an application's Godwit.migrate: a lock that outlasted the wait is said with its way on. */
    private boolean fromApplication;
    /** The busy handler this connection waits with; null where SQLite's own busy timeout stands in (a connection not sqlite-jdbc's). */
    private LockWait lockWaitHandler;

    private SqliteDatabase(Connection connection, String description, Capabilities capabilities) throws SQLException {
        this.connection = connection;
        this.description = description;
        this.capabilities = capabilities;
        // SQLite's commit and rollback hooks: they tell when a transaction ends, whoever ended it, so
        // runAtomically knows whether it is still inside its own transaction (sqlite3_get_autocommit's answer).
        connection.unwrap(SQLiteConnection.class).getDatabase().addCommitListener(new SQLiteCommitListener() {
            @Override
            public void onCommit() {
                commits.incrementAndGet();
            }

            @Override
            public void onRollback() {
                rollbacks.incrementAndGet();
            }
        });
    }

    /** Opens (and creates, with its folders) the SQLite file. */
    public static SqliteDatabase open(Path file) {
        return open(file, NO_NOTICE);
    }

    /**
     * As {@link #open(Path)}, saying in {@code lockNotice} when a statement waits long for another connection's lock, from the first
     * read on (an EXCLUSIVE lock held elsewhere already stops the read of the file's header).
     */
    public static SqliteDatabase open(Path file, Consumer<String> lockNotice) {
        return open(file, lockNotice, DEFAULT_LOCK_WAIT);
    }

    /**
     * As {@link #open(Path, Consumer)}, a statement waiting up to {@code lockWait} for another connection's lock rather than
     * {@link #DEFAULT_LOCK_WAIT} (an application's Godwit.migrate, whose other instances may hold the file for a long migration).
     */
    public static SqliteDatabase open(Path file, Consumer<String> lockNotice, java.time.Duration lockWait) {
        return open(file, lockNotice, lockWait, false);
    }

    /**
     * As {@link #open(Path, Consumer, java.time.Duration)}; {@code fromApplication}: opened by an application's Godwit.migrate,
     * so a lock that outlasted the wait is said with the application's way on (start it again), not a command's.
     */
    public static SqliteDatabase open(Path file, Consumer<String> lockNotice, java.time.Duration lockWait, boolean fromApplication) {
        if (fromApplication) requireFolder(file);
        Path made = makeFolders(file, "local database");
        boolean existed = Files.exists(file);
        SqliteDatabase db = connect("jdbc:sqlite:" + file.toAbsolutePath(), "local SQLite file " + file.toAbsolutePath().normalize(), Capabilities.LOCAL_SQLITE,
                lockNotice, millis(lockWait), fromApplication);
        return existed ? db : db.removingIfLeftEmpty(file, made);
    }

    /** The wait in milliseconds SQLite takes (an int), negative ones refused. */
    private static long millis(java.time.Duration wait) {
        if (wait == null || wait.isNegative()) throw new IllegalArgumentException("a lock wait must be zero or more, got " + wait);
        return wait.compareTo(java.time.Duration.ofMillis(Integer.MAX_VALUE)) >= 0 ? Integer.MAX_VALUE : wait.toMillis();
    }

    /** How long a statement waits for another connection's lock on the file before SQLite fails it with SQLITE_BUSY. */
    public java.time.Duration lockWait() {
        return java.time.Duration.ofMillis(lockWaitMs);
    }

    private static final Consumer<String> NO_NOTICE = line -> { };

    /**
     * The application's database is in a folder that exists: a pod whose volume was not mounted (/data missing) got the folder made
     * in the container's own file system, a fresh database migrated there and the application started on it, every write lost at
     * the next restart. sqlite-jdbc alone fails there (SQLITE_CANTOPEN), and so does the runtime now, saying why.
     */
    private static void requireFolder(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent == null || Files.isDirectory(parent)) return;
        throw new DatabaseException("the folder " + parent + " of the application's database " + file.toAbsolutePath().normalize() + " does not exist"
                + " (a volume not mounted there?): the database would be created in a folder made on the spot, and sqlite-jdbc's own"
                + " connections fail there too. Mount or create the folder, or point the URL at a file in an existing one, then start"
                + " the application again. Nothing was changed.");
    }

    /**
     * Creates the file's missing folders, after refusing a path that is a folder; returns the outermost folder it created (null
     * when none), which {@link #close} removes again with the file when nothing was written.
     */
    private static Path makeFolders(Path file, String what) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new DatabaseException(absolute + " is a folder, not a SQLite file: point at a file in it (-Ddb.local.path=" + absolute.resolve("app.sqlite")
                    + ", created if missing). Nothing was changed.");
        }
        Path parent = absolute.getParent();
        if (parent == null) return null;
        Path outermost = null;
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) outermost = p;
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new DatabaseException("cannot create the folder of the " + what + " " + file + ": " + e.getMessage(), e);
        }
        return outermost;
    }

    private Path createdFile;   // the file this opened where there was none (removed on close if nothing was written into it)
    private Path createdFolder;   // the outermost folder made for it

    /**
     * A file a run created only to look at (a dry run, a drift check, a refused apply, a mistyped path) is removed again on
     * close while it holds nothing, and the folders made for it: such a run changes nothing on disk.
     */
    private SqliteDatabase removingIfLeftEmpty(Path file, Path madeFolder) {
        createdFile = file.toAbsolutePath().normalize();
        createdFolder = madeFolder;
        return this;
    }

    /**
     * Opens wrangler's local D1 file and behaves like D1: foreign keys are never switched off and
     * statements are held to D1's size limit, so what applies here applies remotely.
     */
    public static SqliteDatabase openLikeD1(Path file) {
        return openLikeD1(file, NO_NOTICE);
    }

    /** As {@link #openLikeD1(Path)}, with {@code lockNotice} as in {@link #open(Path, Consumer)}. */
    public static SqliteDatabase openLikeD1(Path file, Consumer<String> lockNotice) {
        return openLikeD1(file, null, lockNotice);
    }

    /**
     * As {@link #openLikeD1(Path)}, named in its lines ({@link #describe}) as {@code description} says, then by its path: the file's
     * name is a hash (919d5d….sqlite), which says nothing of which database it is ("Applying 2 migration(s) to local D1 state
     * /…/919d5d….sqlite" named no binding, no environment). Null: as "local D1 state" and its path.
     */
    public static SqliteDatabase openLikeD1(Path file, String description) {
        return openLikeD1(file, description, NO_NOTICE);
    }

    /** As {@link #openLikeD1(Path, String)}, with {@code lockNotice} as in {@link #open(Path, Consumer)}. */
    public static SqliteDatabase openLikeD1(Path file, String description, Consumer<String> lockNotice) {
        Path made = makeFolders(file, "local D1 database");
        boolean existed = Files.exists(file);
        SqliteDatabase db = connect("jdbc:sqlite:" + file.toAbsolutePath(), localD1Named(file, description), LOCAL_D1, lockNotice);
        db.limitLikeD1();
        return existed ? db : db.removingIfLeftEmpty(file, made);
    }

    /** How wrangler's local D1 file is named in the lines: with what it is ({@code description}), where known, then its path. */
    private static String localD1Named(Path file, String description) {
        return (description == null || description.isBlank() ? "local D1 state " : description + ", ") + file.toAbsolutePath().normalize();
    }

    /** Wrangler's local D1 file: foreign keys never switched off, D1's size limits and rules. */
    private static final Capabilities LOCAL_D1 = new Capabilities(false, Capabilities.D1.maxStatementBytes(), false, true,
            Capabilities.D1.maxRequestBytes());

    /**
     * An empty in-memory database standing for a local file that is not there yet ({@link #open} with {@code likeD1} false,
     * {@link #openLikeD1} with it true): described and limited as that file will be, so what db:status says db:apply would
     * refuse there reads word for word as the apply's refusal, while no file is created.
     */
    public static SqliteDatabase inMemoryStandingFor(Path file, boolean likeD1) {
        return inMemoryStandingFor(file, likeD1, null);
    }

    /** As {@link #inMemoryStandingFor(Path, boolean)}, wrangler's local D1 file named as {@link #openLikeD1(Path, String)} names it. */
    public static SqliteDatabase inMemoryStandingFor(Path file, boolean likeD1, String localD1Description) {
        String description = likeD1 ? localD1Named(file, localD1Description) : "local SQLite file " + file.toAbsolutePath().normalize();
        SqliteDatabase db = connect("jdbc:sqlite::memory:", description, likeD1 ? LOCAL_D1 : Capabilities.LOCAL_SQLITE);
        if (likeD1) db.limitLikeD1();
        return db;
    }

    /** D1's limits ({@link D1Limits}), so a statement D1 refuses for them fails here too. */
    private void limitLikeD1() {
        try {
            D1Limits.apply(connection);
        } catch (SQLException e) {
            close();
            throw new DatabaseException("cannot set D1's limits on " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * A SQLite connection the application already has (from its DataSource): busy timeout and foreign
     * keys set as for a file; {@link #close()} closes (or returns to its pool) the connection.
     */
    public static SqliteDatabase over(Connection connection, String description) {
        return over(connection, description, DEFAULT_LOCK_WAIT);
    }

    /**
     * As {@link #over(Connection, String)}, a statement waiting up to {@code lockWait} for another connection's lock; the
     * connection's own busy timeout is put back on {@link #close()}, as its auto-commit is.
     */
    public static SqliteDatabase over(Connection connection, String description, java.time.Duration lockWait) {
        return over(connection, description, lockWait, false);
    }

    /** As {@link #over(Connection, String, java.time.Duration)}, {@code fromApplication} as {@link #open(Path, Consumer, java.time.Duration, boolean)}'s. */
    public static SqliteDatabase over(Connection connection, String description, java.time.Duration lockWait, boolean fromApplication) {
        return over(connection, description, lockWait, fromApplication, NO_NOTICE);
    }

    /**
     * As {@link #over(Connection, String, java.time.Duration, boolean)}, saying in {@code lockNotice} when a statement waits long for
     * another connection's lock, as {@link #open(Path, Consumer, java.time.Duration, boolean)} does: a DataSource's start-up waited
     * up to its whole lock wait (60 s, or minutes) without a line in the application's log. The handler goes where the connection
     * is sqlite-jdbc's (a pool's proxy unwrapped); SQLite's own busy timeout stands in where it cannot.
     */
    public static SqliteDatabase over(Connection connection, String description, java.time.Duration lockWait, boolean fromApplication,
                                      Consumer<String> lockNotice) {
        long waitMs = millis(lockWait);
        try (Statement s = connection.createStatement()) {
            // a pool that hands out connections with auto-commit off (HikariCP's autoCommit=false) keeps SQLite inside a transaction
            // of the driver's: each migration's BEGIN IMMEDIATE was refused ("cannot start a transaction within a transaction") and
            // PRAGMA foreign_keys does nothing inside one. On for this run (it commits nothing at a fresh connection), put back on close.
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) connection.setAutoCommit(true);
            // the pool's connection goes back with the busy timeout it came with (sqlite-jdbc's 3 s, the application's own):
            // left at this run's wait, the application's queries waited that long for a lock ever after
            Long busyTimeout = null;
            try (ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
                if (rs.next()) busyTimeout = rs.getLong(1);
            }
            s.execute("PRAGMA busy_timeout=" + waitMs);
            Connection sqlite = connection instanceof SQLiteConnection ? connection
                    : connection.isWrapperFor(SQLiteConnection.class) ? connection.unwrap(SQLiteConnection.class) : null;
            LockWait handler = sqlite == null ? null : LockWait.install(sqlite, description, LOCK_WAIT_NOTICE_MS, waitMs, fromApplication);
            if (handler != null) handler.tellTo(lockNotice);
            // and with the foreign keys it came with (sqlite-jdbc's default is off): left on, that one connection of the pool cascaded
            // a DELETE (or refused it) where the application's others did not
            boolean foreignKeys;
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                foreignKeys = rs.next() && rs.getInt(1) == 1;
            }
            s.execute("PRAGMA foreign_keys=ON");
            SqliteDatabase db = new SqliteDatabase(connection, description, Capabilities.LOCAL_SQLITE);
            db.foreignKeysOffOnClose = !foreignKeys;
            db.handlerOnClose = sqlite;
            db.autoCommitOffOnClose = !autoCommit;
            db.busyTimeoutOnClose = busyTimeout;
            db.lockWaitMs = waitMs;
            db.fromApplication = fromApplication;
            db.lockWaitHandler = handler;
            return db;
        } catch (SQLException e) {
            throw new DatabaseException("cannot use " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * Registers {@code name} on this connection as a collation comparing as BINARY does: a trial database (db:generate's check
     * of new tables) then meets a collation SQLite lacks, which is warned about on its own, and checks the rest of the statement.
     */
    public void stubCollation(String name) {
        try {
            org.sqlite.Collation.create(connection, name, new org.sqlite.Collation() {
                @Override
                protected int xCompare(String a, String b) {
                    return a.compareTo(b);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("could not register collation " + name + " on " + description, e);
        }
    }

    /** A private in-memory database, e.g. to replay migrations for a check. */
    public static SqliteDatabase inMemory() {
        return connect("jdbc:sqlite::memory:", "in-memory SQLite database", Capabilities.LOCAL_SQLITE);
    }

    private static SqliteDatabase connect(String url, String description, Capabilities capabilities) {
        return connect(url, description, capabilities, NO_NOTICE);
    }

    private static SqliteDatabase connect(String url, String description, Capabilities capabilities, Consumer<String> lockNotice) {
        return connect(url, description, capabilities, lockNotice, DEFAULT_LOCK_WAIT.toMillis(), false);
    }

    private static SqliteDatabase connect(String url, String description, Capabilities capabilities, Consumer<String> lockNotice, long lockWaitMs,
                                          boolean fromApplication) {
        try {
            // The driver directly, not DriverManager: inside Maven's plugin class realm DriverManager may
            // only know a copy of the driver registered by another class loader, and refuse ours.
            Connection c = new org.sqlite.JDBC().connect(url, new java.util.Properties());
            LockWait handler;
            try (Statement s = c.createStatement()) {
                handler = LockWait.install(c, description, LOCK_WAIT_NOTICE_MS, lockWaitMs, fromApplication);   // before the first read, which a lock may stop
                handler.tellTo(lockNotice);
                s.execute("PRAGMA foreign_keys=ON");
                // SQLite reads the file's header only when first asked: a file that is not a database fails here, named.
                s.executeQuery("PRAGMA schema_version").close();
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            SqliteDatabase db = new SqliteDatabase(c, description, capabilities);
            db.lockWaitMs = lockWaitMs;
            db.fromApplication = fromApplication;
            db.lockWaitHandler = handler;
            if (!url.contains(":memory:")) db.url = url;
            return db;
        } catch (SQLException e) {
            if (e.getErrorCode() == 26 || String.valueOf(e.getMessage()).contains("SQLITE_NOTADB")) {
                throw new DatabaseException(description + " is not a SQLite database (SQLite says: " + e.getMessage() + "). Nothing was changed."
                        + " Point Godwit at the database file (-Ddb.local.path, or wrangler's local D1 state), or move this file away to start"
                        + " a new database there.", e);
            }
            String locked = LockedHint.of(e.getMessage(), java.time.Duration.ofMillis(lockWaitMs), fromApplication);   // an EXCLUSIVE lock stops the first read
            // SQLite says only "unable to open database file": where a read-only volume or folder stops it, say so
            if (locked == null) locked = LockedHint.cannotOpen(e.getMessage(), fromApplication);
            // the driver's own library, not the file: a read-only temporary folder it could not unpack it into
            if (locked == null) locked = NativeLibraryHint.of(e, fromApplication);
            throw new DatabaseException("cannot open " + description + ": " + e.getMessage() + (locked == null ? "" : "\n  " + locked), e);
        } catch (UnsatisfiedLinkError again) {
            // the driver's second try in the same JVM, after the library failed to load once: an Error, not its SQLException
            throw new DatabaseException("cannot open " + description + ": " + again + "\n  " + NativeLibraryHint.of(again, fromApplication), again);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... params) {
        try {
            return query(connection, sql, params);
        } catch (DatabaseException e) {
            throw lockedHinted(e);
        }
    }

    /**
     * {@code e}, when SQLite failed it on a lock another connection held for all of this connection's wait, with what it was and
     * the wait (a read at start-up while another instance of the application migrated: "[SQLITE_BUSY] The database file is
     * locked" said neither); else {@code e} itself.
     */
    private DatabaseException lockedHinted(DatabaseException e) {
        String hint = LockedHint.of(e.databaseMessage(), lockWait(), fromApplication);
        if (hint == null || e.getMessage().contains(hint)) return e;
        DatabaseException hinted = new DatabaseException(e.getMessage() + "\n  " + hint, e.statementIndex(), e.statement(), e.databaseMessage(),
                e.outcomeUnknown(), e.getCause());
        hinted.setStackTrace(e.getStackTrace());
        return hinted;
    }

    /**
     * Runs one statement on a JDBC connection to SQLite and returns its rows as the port does
     * (column label to {@link Long}, {@link Double}, {@link String}, {@code byte[]} or null, in column order).
     */
    public static List<Map<String, Object>> query(Connection connection, String sql, Object... params) {
        List<Map<String, Object>> rows = new ArrayList<>();
        each(connection, sql, params, rows::add);
        return rows;
    }

    @Override
    public Written write(String sql, Object... params) {
        try {
            var native_ = connection.unwrap(SQLiteConnection.class).getDatabase();
            long before = native_.total_changes();
            List<Map<String, Object>> rows = query(sql, params);
            return new Written(rows, native_.total_changes() - before);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), 0, sql, e.getMessage(), false, e);
        }
    }

    @Override
    public void queryEach(String sql, List<Object> params, Consumer<Map<String, Object>> each) {
        try {
            each(connection, sql, params.toArray(), each);
        } catch (DatabaseException e) {
            throw lockedHinted(e);
        }
    }

    private static void each(Connection connection, String sql, Object[] params, Consumer<Map<String, Object>> each) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            if (!ps.execute()) return;
            try (ResultSet rs = ps.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                String[] labels = new String[md.getColumnCount()];   // once: sqlite-jdbc asks SQLite anew on every call
                for (int i = 0; i < labels.length; i++) labels[i] = md.getColumnLabel(i + 1);
                uniqueLabels(labels);
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 0; i < labels.length; i++) row.put(labels[i], normalize(rs.getObject(i + 1)));
                    each.accept(row);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), 0, sql, e.getMessage(), false, e);
        }
    }

    /**
     * A row is a map by column name, so a name given twice (the console's {@code ... RETURNING id, id * 2 AS id}) kept one value,
     * the last, under one column. A repeated name is numbered as SQLite numbers it in a subquery ({@code id}, {@code id:1}).
     */
    static void uniqueLabels(String[] labels) {
        java.util.Set<String> seen = new java.util.HashSet<>(java.util.Arrays.asList(labels));
        if (seen.size() == labels.length) return;
        seen.clear();
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            for (int n = 1; !seen.add(label); n++) label = labels[i] + ":" + n;
            labels[i] = label;
        }
    }

    private static Object normalize(Object v) {
        if (v instanceof Integer i) return i.longValue();
        if (v instanceof Float f) return f.doubleValue();
        return v;
    }

    @Override
    public void runAtomically(List<String> statements, boolean foreignKeysOffRequested) {
        requireOneStatementEach(statements);
        boolean foreignKeysOff = foreignKeysOffRequested && capabilities.canDisableForeignKeys();
        try {
            if (foreignKeysOff) exec("PRAGMA foreign_keys=OFF");
            // the transaction waits for other connections' locks once in all, not once per statement (see LockWait)
            if (lockWaitHandler != null) lockWaitHandler.waitOnceUntilEnd();
            try {
                // IMMEDIATE takes the write lock now: a second process waits here, not halfway through.
                exec("BEGIN IMMEDIATE");
                long commitsAtStart = commits.get();
                long rollbacksAtStart = rollbacks.get();
                try {
                    // a file written with foreign keys off (SQLite's default) may break keys already: only the migration's count
                    ForeignKeyViolations violationsBefore = foreignKeysOff ? ForeignKeyViolations.read(sql -> query(sql)) : null;
                    for (int i = 0; i < statements.size(); i++) {
                        String sql = statements.get(i);
                        try (Statement s = connection.createStatement()) {
                            s.execute(sql);
                        } catch (SQLException e) {
                            // A failure SQLite answered with a rollback of its own is still a plain failure: nothing stayed.
                            if (commits.get() != commitsAtStart) requireOwnTransaction(commitsAtStart, rollbacksAtStart, i, sql);
                            throw new DatabaseException("statement " + (i + 1) + " failed: " + e.getMessage(), i, sql, e.getMessage(), false, e);
                        }
                        requireOwnTransaction(commitsAtStart, rollbacksAtStart, i, sql);
                    }
                    if (foreignKeysOff) requireNoNewForeignKeyViolations(violationsBefore);
                    try {
                        commit();
                    } catch (SQLException e) {
                        // every statement ran; the COMMIT (in rollback-journal mode it waits for the file's readers) is what failed
                        throw new DatabaseException(e.getMessage(), -1, "COMMIT", e.getMessage(), false, e);
                    }
                } catch (RuntimeException e) {
                    rollbackQuietly();
                    throw e;
                }
            } finally {
                if (lockWaitHandler != null) lockWaitHandler.endOneWait();
                if (foreignKeysOff) exec("PRAGMA foreign_keys=ON");
                // wrangler's local D1 file: a PRAGMA the migration set applies to its transaction only, as on D1
                if (capabilities.d1Rules()) TransactionPragmas.reset(connection);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), -1, null, e.getMessage(), false, e);
        }
    }

    /**
     * Runs the statements in one transaction with foreign keys off and no check before the commit: for generated rows only (a
     * replica's, a replay's), where a cycle of required references (a.b_id NOT NULL -> b, b.a_id NOT NULL -> a) cannot be filled
     * one table after the other, so a row points at no row until its parent's rows are there and it is linked to one.
     */
    public void runWithForeignKeysUnchecked(List<String> statements) {
        requireOneStatementEach(statements);
        try {
            exec("PRAGMA foreign_keys=OFF");
            try {
                exec("BEGIN IMMEDIATE");
                try {
                    for (int i = 0; i < statements.size(); i++) {
                        try (Statement s = connection.createStatement()) {
                            s.execute(statements.get(i));
                        } catch (SQLException e) {
                            throw new DatabaseException("statement " + (i + 1) + " failed: " + e.getMessage(), i, statements.get(i), e.getMessage(), false, e);
                        }
                    }
                    exec("COMMIT");
                } catch (RuntimeException | SQLException e) {
                    rollbackQuietly();
                    throw e;
                }
            } finally {
                exec("PRAGMA foreign_keys=ON");
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), -1, null, e.getMessage(), false, e);
        }
    }

    /** sqlite-jdbc runs only the first statement of a text and drops the rest silently: such a text is refused up front. */
    private static void requireOneStatementEach(List<String> statements) {
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i);
            int semicolon = sql.indexOf(';');
            // Without a semicolon before the end there is one statement: most texts are not lexed a second time.
            if (semicolon < 0 || semicolon == sql.stripTrailing().length() - 1) continue;
            int n = SqlSplitter.split(sql).size();
            if (n > 1) {
                String msg = "statement " + (i + 1) + " holds " + n + " SQL statements, and SQLite would run only the first of them: split them"
                        + " (a --> statement-breakpoint line between them in a migration). Nothing was run.";
                throw new DatabaseException(msg, i, statements.get(i), msg, false, null);
            }
        }
    }

    /**
     * Fails when SQLite ended the transaction this call opened (it left its transaction and is back in
     * autocommit mode) while running statement {@code index}: nothing after it may run, since each
     * further statement would commit on its own.
     */
    private void requireOwnTransaction(long commitsAtStart, long rollbacksAtStart, int index, String sql) {
        boolean committed = commits.get() != commitsAtStart;
        boolean rolledBack = rollbacks.get() != rollbacksAtStart;
        if (!committed && !rolledBack) return;
        String msg = committed
                ? "statement " + (index + 1) + " ended the transaction early: SQLite committed statements 1 to " + (index + 1)
                        + " on their own, so they are in the database and cannot be rolled back; no statement after it ran"
                : "statement " + (index + 1) + " ended the transaction early: SQLite rolled back the statements before it;"
                        + " no statement after it ran, so the database is as it was";
        throw new TransactionEndedException(msg, index, sql, committed);
    }

    /**
     * COMMIT, where SQLite checks the foreign keys the transaction deferred ({@code PRAGMA defer_foreign_keys=ON}, a key {@code
     * DEFERRABLE INITIALLY DEFERRED}): its error names no table, so the rows that break them are read while the transaction is
     * still open (a failed COMMIT leaves it so) and named.
     */
    private void commit() throws SQLException {
        try {
            exec("COMMIT");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("FOREIGN KEY constraint failed")) throw e;
            String rows;
            try {
                rows = foreignKeyViolations();
            } catch (RuntimeException unreadable) {
                throw e;
            }
            if (rows == null) throw e;
            String says = e.getMessage() + " at COMMIT: " + rows;
            throw new DatabaseException(says, -1, null, says, false, e);
        }
    }

    /** Fails when the statements broke foreign keys: rows {@code PRAGMA foreign_key_check} gives now and did not give {@code before}. */
    private void requireNoNewForeignKeyViolations(ForeignKeyViolations before) {
        List<Map<String, Object>> added = ForeignKeyViolations.read(sql -> query(sql)).addedSince(before);
        if (added.isEmpty()) return;
        String msg = "the statements leave " + ForeignKeyViolations.described(added, sql -> query(sql));
        throw new DatabaseException(msg, -1, null, msg, false, null);
    }

    /** The rows that break a foreign key ({@code PRAGMA foreign_key_check}): how many, the first five named; null when none. */
    private String foreignKeyViolations() {
        List<Map<String, Object>> rows = query("PRAGMA foreign_key_check");
        return rows.isEmpty() ? null : ForeignKeyViolations.described(rows, sql -> query(sql));
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            exec("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction left to roll back (SQLite already did), or the failure being reported matters more.
        }
    }

    @Override
    public Database reader() {
        if (url == null) return null;
        SqliteDatabase r = connect(url, description, capabilities, NO_NOTICE, lockWaitMs, fromApplication);
        if (capabilities.d1Rules()) r.limitLikeD1();
        return r;
    }

    @Override
    public boolean defineFunction(String name, int args, java.util.function.Function<Object[], Object> body) {
        try {
            org.sqlite.Function.create(connection, name, new org.sqlite.Function() {
                @Override
                protected void xFunc() throws SQLException {
                    Object[] in = new Object[args()];
                    for (int i = 0; i < in.length; i++) {
                        in[i] = switch (value_type(i)) {   // SQLite's storage classes: 1 integer, 2 real, 3 text, 4 blob, 5 null
                            case 1 -> value_long(i);
                            case 2 -> value_double(i);
                            case 3 -> value_text(i);
                            case 4 -> value_blob(i);
                            default -> null;
                        };
                    }
                    Object out;
                    try {
                        out = body.apply(in);
                    } catch (RuntimeException e) {
                        error(name + ": " + e.getMessage());
                        return;
                    }
                    if (out == null) result();
                    else if (out instanceof Long l) result(l.longValue());
                    else if (out instanceof Double d) result(d.doubleValue());
                    else if (out instanceof byte[] b) result(b);
                    else result(out.toString());
                }
            }, args, org.sqlite.Function.FLAG_DETERMINISTIC);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** sqlite3_interrupt: safe from any thread, and the driver does not hold its lock for it. */
    @Override
    public void interrupt() {
        try {
            connection.unwrap(SQLiteConnection.class).getDatabase().interrupt();
        } catch (SQLException ignored) {
            // Closed: nothing runs to be stopped.
        }
    }

    /** The connection came with auto-commit off ({@link #over}): it goes back so. */
    private boolean autoCommitOffOnClose;
    private Long busyTimeoutOnClose;   // the busy timeout a connection given by the application came with
    private boolean foreignKeysOffOnClose;   // a connection given by the application came with foreign keys off
    private Connection handlerOnClose;   // a connection given by the application whose busy handler this run set: cleared on close

    @Override
    public void close() {
        try {
            if (handlerOnClose != null) org.sqlite.BusyHandler.clearHandler(handlerOnClose);
            if (busyTimeoutOnClose != null || foreignKeysOffOnClose) {
                try (Statement s = connection.createStatement()) {
                    if (busyTimeoutOnClose != null) s.execute("PRAGMA busy_timeout=" + busyTimeoutOnClose);
                    // before auto-commit goes off again: inside the driver's transaction the PRAGMA does nothing
                    if (foreignKeysOffOnClose) s.execute("PRAGMA foreign_keys=OFF");
                }
            }
            if (autoCommitOffOnClose) connection.setAutoCommit(false);
        } catch (SQLException ignored) {
            // closed already, or the pool resets it
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing useful to do when closing fails.
        }
        if (createdFile == null) return;
        try {
            if (Files.exists(createdFile) && Files.size(createdFile) > 0) return;
            Files.deleteIfExists(createdFile);
            for (Path p = createdFile.getParent(); createdFolder != null && p != null && p.startsWith(createdFolder); p = p.getParent()) {
                try (java.util.stream.Stream<Path> in = Files.list(p)) {
                    if (in.findAny().isPresent()) break;
                }
                Files.delete(p);
            }
        } catch (IOException ignored) {
            // an empty file left behind is harmless
        }
    }
}
