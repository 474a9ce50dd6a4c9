package dev.godwit.runtime;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderEdit;
import dev.godwit.engine.folder.Journal;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.InvalidJsonException;
import dev.godwit.engine.folder.JsonText;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.preflight.Preflight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Applies the migrations packaged on the classpath from the application at start-up, as Flyway's
 * API does: {@code Godwit.migrate("jdbc:sqlite:app.sqlite")}. The migrations are the {@code drizzle/}
 * folder copied into the application's resources (journal, SQL files). Each migration applies
 * atomically with its history row, behind the same guard and checksum check as {@code db:apply},
 * in the same history layouts, so the Maven goals and the application continue each other's work.
 * Failures are {@link GodwitException}s whose message names the migration, statement and fix.
 */
public final class Godwit {

    private final String location;
    private final String historyTable;
    private final ClassLoader classLoader;
    private final EngineLog log;
    private final Duration lockWait;
    private final String upTo;
    private final boolean refuseDatabaseAhead;

    private Godwit(String location, String historyTable, ClassLoader classLoader, EngineLog log, Duration lockWait, String upTo,
                   boolean refuseDatabaseAhead) {
        this.location = location;
        this.historyTable = historyTable;
        this.classLoader = classLoader;
        this.log = log;
        this.lockWait = lockWait;
        this.upTo = upTo;
        this.refuseDatabaseAhead = refuseDatabaseAhead;
    }

    /**
     * Defaults: migrations under {@code drizzle/} on the context class loader, history {@code __drizzle_migrations}, progress to
     * System.Logger "godwit", a 60 s wait for another connection's lock.
     */
    public static Godwit configure() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return new Godwit("drizzle", HistoryTable.DRIZZLE_DEFAULT, cl != null ? cl : Godwit.class.getClassLoader(), systemLog(), SqliteDatabase.DEFAULT_LOCK_WAIT, null, false);
    }

    /** Applies the pending migrations packaged under {@code drizzle/} to the SQLite database at {@code jdbcUrl} ({@code jdbc:sqlite:path}). */
    public static MigrateResult migrate(String jdbcUrl) {
        return configure().migrateUrl(jdbcUrl);
    }

    /** Applies the pending migrations packaged under {@code drizzle/} to the SQLite database behind {@code dataSource}. */
    public static MigrateResult migrate(DataSource dataSource) {
        return configure().migrateDataSource(dataSource);
    }

    /** Where the migrations folder is on the classpath (default {@code drizzle}). */
    public Godwit location(String classpathFolder) {
        String folder = Objects.requireNonNull(classpathFolder).strip();
        // Flyway's and Spring's way of naming a classpath folder, which is where this looks: taken as that folder
        if (folder.startsWith("classpath:")) folder = folder.substring("classpath:".length());
        else if (folder.startsWith("filesystem:")) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit.configure().location(\"" + classpathFolder + "\"): Godwit.migrate reads the"
                    + " migrations from the classpath, packaged with the application (the README's runtime section), not from a folder on disk:"
                    + " package the folder as resources and name it as the classpath has it (location(\"db/migrations\")), or apply a folder on"
                    + " disk with mvn db:apply -Dlocal -Ddb.out=FOLDER -Ddb.local.path=FILE.");
        }
        return new Godwit(strip(folder), historyTable, classLoader, log, lockWait, upTo, refuseDatabaseAhead);
    }

    /** The history table: {@code __drizzle_migrations} (drizzle-orm's layout, default) or {@code d1_migrations} (wrangler's). */
    public Godwit historyTable(String name) {
        return new Godwit(location, Objects.requireNonNull(name), classLoader, log, lockWait, upTo, refuseDatabaseAhead);
    }

    public Godwit classLoader(ClassLoader loader) {
        return new Godwit(location, historyTable, Objects.requireNonNull(loader), log, lockWait, upTo, refuseDatabaseAhead);
    }

    /** Where progress goes; {@link EngineLog#SILENT} for none. */
    public Godwit log(EngineLog engineLog) {
        return new Godwit(location, historyTable, classLoader, Objects.requireNonNull(engineLog), lockWait, upTo, refuseDatabaseAhead);
    }

    /**
     * How long a statement waits for another connection's lock on the file (default 60 s, as db:apply waits) before the run fails
     * as {@code BROKEN}: another instance of the application starting at the same time holds it while it applies a migration,
     * and a migration that builds an index on a large table holds it for minutes. The instances that wait find the migrations
     * applied when they get the lock, and skip them. As Liquibase's changeLogLockWaitTimeInMinutes (5 min by default) or Flyway's
     * lockRetryCount.
     */
    public Godwit lockWait(Duration wait) {
        if (Objects.requireNonNull(wait).isNegative()) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit.configure().lockWait(" + wait + "): a wait cannot be negative"
                    + " (Duration.ZERO fails at once when another connection holds the lock).");
        }
        return new Godwit(location, historyTable, classLoader, log, wait, upTo, refuseDatabaseAhead);
    }

    /**
     * Apply the pending migrations up to and including this one (its number, {@code "0012"}, or whole tag, {@code "0012_brave_hulk"}),
     * and leave the later ones pending, as {@code mvn db:apply -Ddb.upTo} does (Flyway's {@code target}); null (default): all of
     * them. A migration the application does not package, or one the database is past, fails the call before anything is applied.
     */
    public Godwit upTo(String migration) {
        return new Godwit(location, historyTable, classLoader, log, lockWait, migration == null || migration.isBlank() ? null : migration.strip(), refuseDatabaseAhead);
    }

    /**
     * With {@code true}, a database whose history records migrations after this application's last (a newer version of the
     * application migrated it, and this one was rolled back) fails the call as {@code REFUSED}, naming them, instead of the default
     * warning and start on the schema that version left. For applications that cannot run on a newer schema (one that drops or
     * renames what they use): Flyway's {@code ignoreMigrationPatterns} without {@code *:future}.
     */
    public Godwit refuseDatabaseAhead(boolean refuse) {
        return new Godwit(location, historyTable, classLoader, log, lockWait, upTo, refuse);
    }

    public MigrateResult migrateUrl(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:sqlite:")) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit.migrate needs a SQLite JDBC URL (jdbc:sqlite:path/to/app.sqlite), got: " + redacted(jdbcUrl));
        }
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        // a file: URI is read as SQLite reads it (its %20 decoded): its path taken as it is named another file, which was migrated
        // while the application opened the one the URI names, unmigrated
        // mode=memory only where SQLite reads it, in a file: URI: after a plain path sqlite-jdbc leaves it in the file's name
        boolean inMemory = path.startsWith("file:") && uriInMemory(path.substring(5));
        if (path.startsWith("file:")) path = uriPath(jdbcUrl, path.substring(5));
        else if (!path.startsWith(":")) path = asDriverReadsIt(path);
        int q = path.startsWith(":") || path.startsWith("file:") ? path.indexOf('?') : -1;
        if (q >= 0) path = path.substring(0, q);
        if (path.startsWith(":resource:")) path = resourcePath(jdbcUrl, path.substring(":resource:".length()));
        if (path.isBlank() || path.equals(":memory:") || inMemory) {
            // each connection to such a URL opens a new, empty database: the migrated one would vanish when this call returns
            throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit.migrate(\"" + redacted(jdbcUrl) + "\") names no database file: an in-memory"
                    + " database lives as long as its connection, and this call would migrate one that vanishes when it returns. Pass the"
                    + " DataSource (or a single shared connection's) your application keeps open: Godwit.migrate(dataSource).");
        }
        List<Migration> migrations = packaged();
        try (SqliteDatabase db = SqliteDatabase.open(Path.of(path), log::warn, lockWait, true)) {
            return run(db, migrations, databaseFile(db));
        }
    }

    public MigrateResult migrateDataSource(DataSource dataSource) {
        List<Migration> migrations = packaged();
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException | UnsatisfiedLinkError e) {   // the Error: the driver's second try, its library failed to load once
            String hint = dev.godwit.engine.db.NativeLibraryHint.of(e, true);   // a read-only temporary folder, not the DataSource's settings
            throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit.migrate cannot get a connection from the DataSource: " + e.getMessage()
                    + (hint == null ? "" : "\n  " + hint), e);
        }
        // read once, before the database is wrapped: its name in the log and the failures, and run's file (pre-flight, way on)
        Path file = databaseFile(c);
        // with its file, as a URL's is ("Applying 2 migration(s) to SQLite database of the DataSource" named none, so an application
        // with two databases, or its operator, could not tell which one waited for a lock or failed); one without a file goes without
        String named = "SQLite database of the DataSource" + (file == null ? "" : ", " + file);
        MigrateResult result;
        try (SqliteDatabase db = SqliteDatabase.over(c, named, lockWait, true, log::warn)) {
            result = run(db, migrations, file);
        }
        if (file == null && !migrations.isEmpty()) requireTheNextConnectionSeesIt(dataSource, result);
        return result;
    }

    /**
     * Refuses a DataSource whose next connection opens another database than the one just migrated: one over jdbc:sqlite::memory:
     * (or a shared-cache one no connection keeps open) opens a new, empty database at every getConnection(), so the migrated one
     * vanished when its connection closed. The start reported "applied 2" and the application ran on an empty database, where a
     * URL naming the same in-memory database is refused. A connection that cannot be had or asked says nothing either way.
     */
    private static void requireTheNextConnectionSeesIt(DataSource dataSource, MigrateResult result) {
        int objects;
        try (Connection next = dataSource.getConnection(); java.sql.Statement s = next.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            objects = rs.next() ? rs.getInt(1) : -1;
        } catch (SQLException | RuntimeException cannotTell) {
            return;
        }
        if (objects != 0) return;
        throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit.migrate(dataSource) " + (result.applied().isEmpty() ? "found its migrations"
                + " applied in" : "applied " + result.applied().size() + " migration(s) to") + " an in-memory database, but the DataSource's next"
                + " connection opens another one, empty: an in-memory SQLite database lives as long as its connection (a DataSource over"
                + " jdbc:sqlite::memory: opens a new one at every getConnection()), and the application would start on a database without its"
                + " tables. Keep the database in a file (jdbc:sqlite:/srv/app/data/app.sqlite), or let Godwit and the application share one"
                + " connection that stays open: a pool of a single connection that is never retired, or a jdbc:sqlite:file:app?mode=memory&cache=shared"
                + " URL with a connection the application opens before migrating and keeps open.");
    }

    /** {@code file}: the database's file ({@link #databaseFile}), or null for one without a file (in memory). */
    private MigrateResult run(SqliteDatabase db, List<Migration> migrations, Path file) {
        long start = System.nanoTime();
        // the way on of a refusal names the goal to run on this file (mvn db:repair -Dlocal -Ddb.local.path=...), not this run's flags
        String args = file == null ? "" : " " + dev.godwit.engine.target.PrintedArgs.quoted("-Ddb.local.path=" + file);
        Migrator migrator = new Migrator(db, HistoryTable.forName(historyTable), log).fromApplication(args);
        // the pending migrations run on a copy of the file's rows first, as db:apply -Dlocal runs them: a loss is refused before
        // anything is applied (an in-memory database has no file to copy)
        if (file != null) migrator.checkingPendingWith(Preflight.ofFile(file, false, log, lockWait).fromApplication(args));
        // the checks read what db:generate left beside a migration (meta/_sums, the snapshots) from the migration's folder on disk:
        // the packaged one is unpacked for them, where the history shows work to do (a no-op start writes nothing)
        boolean pending = needsFolder(migrator.status(migrations));
        if (pending) {
            String older = olderSqlite(sqliteVersion(db), testedSqlite());
            if (older != null) log.warn(older);
        }
        Path unpacked = pending ? unpack(migrations) : null;
        try {
            List<Migration> use = unpacked == null ? migrations : in(unpacked, migrations);
            ApplyResult r = migrator.apply(use, ApplyOptions.defaults().withUpTo(upTo).withRefuseAhead(refuseDatabaseAhead));
            return new MigrateResult(r.applied(), migrations.size() - r.applied().size() - r.leftPending().size(),
                    Duration.ofNanos(System.nanoTime() - start), r.leftPending());
        } finally {
            if (unpacked != null) delete(unpacked.getParent());
        }
    }

    /**
     * The SQLite this Godwit's goals run (db:apply, db:verify and their pre-flight: its build's sqlite-jdbc), or null when its build
     * did not say.
     */
    static String testedSqlite() {
        try (InputStream in = Godwit.class.getResourceAsStream("godwit-runtime.properties")) {
            if (in == null) return null;
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            String jdbc = p.getProperty("sqlite.jdbc.version", "");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+\\.\\d+\\.\\d+)").matcher(jdbc);
            return m.find() ? m.group(1) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String sqliteVersion(SqliteDatabase db) {
        try {
            Object v = db.query("SELECT sqlite_version() AS v").get(0).get("v");
            return v == null ? null : v.toString();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /**
     * A warning when the application's classpath runs an older SQLite than the goals: the pre-flight and the apply then run on it, and
     * SQL the team checked with db:apply or db:verify gives other results at start-up. A Spring Boot application gets the sqlite-jdbc
     * its dependency management pins, not this one's (Boot 3.5.7: 3.49.1.0, Boot 4.0.7: 3.50.3.0): there json_group_object() with a
     * NULL label wrote malformed JSON ({"theme":"dark",:"orphan"}) where db:apply wrote {"theme":"dark"}, and REINDEX EXPRESSIONS
     * failed, without a word about the version. Null when it is not older (or either is unknown).
     */
    static String olderSqlite(String running, String tested) {
        if (running == null || tested == null || compareVersions(running, tested) >= 0) return null;
        return "Godwit.migrate runs the migrations on SQLite " + running + " (the sqlite-jdbc on the application's classpath), older than"
                + " the SQLite " + tested + " that this Godwit's db:apply, db:verify and their pre-flight run: some SQL gives other results on"
                + " it (json_group_object() with a NULL label writes malformed JSON before 3.50, a REAL turned into text keeps 15 digits,"
                + " REINDEX EXPRESSIONS is refused before 3.53), so what a migration writes here may not be what the Maven goals showed."
                + " The application's build chose that sqlite-jdbc: Spring Boot's dependency management pins its own (3.49.1.0 in Boot 3.5,"
                + " 3.50.3.0 in Boot 4.0); set <sqlite-jdbc.version>" + tested + ".0</sqlite-jdbc.version> in the pom's <properties> (Gradle:"
                + " ext['sqlite-jdbc.version']), or declare org.xerial:sqlite-jdbc " + tested + ".0 in its dependencies.";
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\."), y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Integer.compare(part(x, i), part(y, i));
            if (c != 0) return c;
        }
        return 0;
    }

    private static int part(String[] parts, int i) {
        if (i >= parts.length) return 0;
        try {
            return Integer.parseInt(parts[i].replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean needsFolder(List<dev.godwit.engine.migrate.MigrationState> states) {
        return states.stream().anyMatch(s -> s.state() != dev.godwit.engine.migrate.MigrationState.State.APPLIED);
    }

    /**
     * The packaged folder's journal, checksum files and snapshots copied into a temporary folder, or null when it cannot be made
     * (the checks then find none, as before). Without it they were looked for under the working directory (drizzle/ of wherever
     * the application was started): a type change db:generate wrote with -Ddb.acceptDataLoss, which db:apply applies, was refused
     * by the application's pre-flight in production (no drizzle/ there) and applied when started from the project's folder.
     */
    private Path unpack(List<Migration> migrations) {
        Path root = null;
        try {
            root = Files.createTempDirectory("godwit-migrations-");
            Path dir = root.resolve(location.isEmpty() ? "drizzle" : Path.of(location).getFileName().toString());
            dev.godwit.engine.folder.MigrationsFolder folder = dev.godwit.engine.folder.MigrationsFolder.at(dir);
            copy(folder.journalFile(), dir);
            for (Migration m : migrations) {
                copy(folder.sumFile(m.tag()), dir);
                copy(folder.snapshotFile(m.tag()), dir);
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not unpack the packaged migrations folder's checksums and snapshots into a temporary folder (" + e.getMessage()
                    + "): the checks go without them, and a data loss db:generate accepted (-Ddb.acceptDataLoss) is refused by the pre-flight.");
            if (root != null) delete(root);
            return null;
        }
    }

    /** Copies the packaged file that sits at {@code target} under {@code dir}, if the classpath has it. */
    private void copy(Path target, Path dir) throws IOException {
        String relative = dir.relativize(target).toString().replace(java.io.File.separatorChar, '/');
        try (InputStream in = PackagedResource.open(classLoader, shown(relative))) {
            if (in == null) return;
            Files.createDirectories(target.getParent());
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The same migrations, their files in {@code dir}, named in messages as before ({@code drizzle/0001_x.sql}). */
    private List<Migration> in(Path dir, List<Migration> migrations) {
        List<Migration> out = new ArrayList<>();
        for (Migration m : migrations) out.add(new Migration(m.entry(), dir.resolve(m.fileName()), m.sql(), shown(m.fileName())));
        return out;
    }

    private String shown(String fileName) {
        return location.isEmpty() ? fileName : location + "/" + fileName;
    }

    private static void delete(Path root) {
        try (java.util.stream.Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder left behind holds copies of packaged files only
        }
    }

    /**
     * The file a {@code jdbc:sqlite::resource:NAME} URL opens, as sqlite-jdbc resolves it: NAME on the context class loader, else NAME
     * as a URL; a {@code file:} one is that file. Any other (a database packaged in the application's jar, one over http) sqlite-jdbc
     * copies to a new temporary file at every connection, so a migration applied to it is gone at the next: refused. Read as a path
     * before, the URL had a folder ":resource:db" made in the working directory and a new database migrated there, "applied 4", while
     * the application went on opening its packaged copy, unmigrated.
     */
    private String resourcePath(String jdbcUrl, String name) {
        ClassLoader tccl = Thread.currentThread().getContextClassLoader();
        java.net.URL url = (tccl != null ? tccl : classLoader).getResource(name);
        if (url == null) {
            try {
                url = java.net.URI.create(name).toURL();
            } catch (IllegalArgumentException | java.net.MalformedURLException e) {
                url = null;
            }
        }
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI()).toString();
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // refused below
            }
        }
        throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit.migrate(\"" + redacted(jdbcUrl) + "\") names "
                + (url == null ? "a resource that is not on the classpath" : "a database packaged at " + redacted(url.toString()))
                + ": sqlite-jdbc opens such a database as a new temporary copy at every connection, so migrations applied to it would be"
                + " gone at the next one. Keep the database in a file on a writable volume (jdbc:sqlite:/srv/app/data/app.sqlite; a first"
                + " start creates it and applies every migration), or pass the DataSource the application uses: Godwit.migrate(dataSource)."
                + " Nothing was changed.");
    }

    /**
     * The file a {@code jdbc:sqlite:PATH?QUERY} URL opens, as sqlite-jdbc reads it: the parameters that are its settings
     * ({@code journal_mode}, {@code busy_timeout}, ...) taken out, any other left in the file's name, last first
     * ({@code app.sqlite?cache=shared} is a file of that name). Cut at the '?' before, Godwit migrated app.sqlite while the
     * application opened "app.sqlite?cache=shared", a new database without its tables.
     */
    private String asDriverReadsIt(String path) {
        int q = path.indexOf('?');
        if (q < 0) return path;
        java.util.Set<String> settings = new java.util.HashSet<>();
        for (org.sqlite.SQLiteConfig.Pragma p : org.sqlite.SQLiteConfig.Pragma.values()) settings.add(p.pragmaName.toLowerCase(java.util.Locale.ROOT));
        StringBuilder file = new StringBuilder(path.substring(0, q));
        String[] params = path.substring(q + 1).split("&");
        int kept = 0;
        for (int i = params.length - 1; i >= 0; i--) {
            String param = params[i].trim();
            if (param.isEmpty() || settings.contains(param.split("=")[0].trim().toLowerCase(java.util.Locale.ROOT))) continue;
            file.append(kept++ == 0 ? '?' : '&').append(param);
        }
        if (kept > 0) {
            // redacted: a parameter the driver does not take may be a credential (another driver's key=), and this goes to the log
            log.warn(redacted("The application's database is the file " + Path.of(file.toString()).toAbsolutePath().normalize() + ", its name holding"
                    + " \"" + file.substring(q) + "\": sqlite-jdbc takes only its own settings (journal_mode, busy_timeout, ...) out of a"
                    + " jdbc:sqlite:PATH URL's query and leaves the rest in the file's name. Godwit migrates that file, as the application"
                    + " opens it; for SQLite's URI parameters write jdbc:sqlite:file:PATH?" + file.substring(q + 1)) + " instead.");
        }
        return file.toString();
    }

    /** Whether a SQLite URI (what follows {@code file:}) has the parameter {@code mode=memory}: a database with no file. */
    static boolean uriInMemory(String uri) {
        int q = uri.indexOf('?');
        int hash = uri.indexOf('#');
        if (q < 0 || hash >= 0 && hash < q) return false;
        for (String param : uri.substring(q + 1, hash < 0 ? uri.length() : hash).split("&")) {
            if (param.equals("mode=memory")) return true;
        }
        return false;
    }

    /**
     * The file a SQLite URI names (what follows {@code file:}), as SQLite opens it (sqlite.org/uri.html): the query and fragment cut
     * off, an empty or {@code localhost} authority dropped, {@code %HH} escapes decoded as UTF-8 bytes.
     */
    static String uriPath(String jdbcUrl, String uri) {
        int end = uri.length();
        for (char c : new char[] {'?', '#'}) {
            int at = uri.indexOf(c);
            if (at >= 0) end = Math.min(end, at);
        }
        String path = uri.substring(0, end);
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            String authority = slash < 0 ? path.substring(2) : path.substring(2, slash);
            if (!authority.isEmpty() && !authority.equalsIgnoreCase("localhost")) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "Godwit.migrate(\"" + redacted(jdbcUrl) + "\") names the host \"" + redacted("//" + authority).substring(2)
                        + "\", which SQLite does not open: write file:/path/to/app.sqlite or file:///path/to/app.sqlite. Nothing was changed.");
            }
            path = slash < 0 ? "" : path.substring(slash);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && i + 2 < path.length() && hex(path.charAt(i + 1)) >= 0 && hex(path.charAt(i + 2)) >= 0) {
                bytes.write(hex(path.charAt(i + 1)) * 16 + hex(path.charAt(i + 2)));
                i += 2;
            } else {
                int cp = path.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A query parameter whose value is a credential (authToken, password, key, secret...): its value is not repeated in a message. */
    private static final java.util.regex.Pattern SECRET_PARAM = java.util.regex.Pattern.compile(
            "(?i)([?&;][^=&;#]*(?:pass|pwd|key|token|secret|auth|cred)[^=&;#]*=)[^&;#]*");

    /**
     * The URL as a message may show it: a credential in it (libSQL's {@code ?authToken=}, SQLCipher's {@code ?key=}, a password in
     * {@code //user:password@host}) replaced by {@code ***}. A failure's message goes to the application's log and its crash reports.
     */
    static String redacted(String url) {
        if (url == null) return null;
        String out = SECRET_PARAM.matcher(url).replaceAll("$1***");
        return out.replaceAll("(//[^/@?#]*?:)[^/@?#]*@", "$1***@");
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** The database's file, as SQLite names it, or null for one without a file (in memory). */
    private static Path databaseFile(SqliteDatabase db) {
        try {
            for (java.util.Map<String, Object> d : db.query("PRAGMA database_list")) {
                Object file = d.get("file");
                if ("main".equals(d.get("name")) && file != null && !file.toString().isEmpty()) return Path.of(file.toString());
            }
        } catch (RuntimeException unreadable) {
            // the commands go without it, and no pre-flight runs
        }
        return null;
    }

    /** The same, asked of a DataSource's connection before it is wrapped (a database that cannot be asked: null, said by SqliteDatabase.over). */
    private static Path databaseFile(Connection c) {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                String file = rs.getString("file");
                if ("main".equals(rs.getString("name")) && file != null && !file.isEmpty()) return Path.of(file);
            }
        } catch (SQLException | RuntimeException unreadable) {
            // the commands go without it, and no pre-flight runs
        }
        return null;
    }

    /** The top-level "dialect" of the packaged snapshot of the migration tagged so (meta/0000_snapshot.json for 0000_init), or null. */
    private String packagedSnapshotDialect(String tag) {
        int us = tag.indexOf('_');
        String text = resource(location + "/meta/" + (us < 0 ? tag : tag.substring(0, us)) + "_snapshot.json");
        if (text == null) return null;
        try {
            return JsonText.parse(text).path("dialect").asText(null);
        } catch (InvalidJsonException unreadable) {
            return null;
        }
    }

    /** The journal's migrations with their SQL, read from the classpath. */
    List<Migration> packaged() {
        String journalName = location + "/meta/_journal.json";
        String text = resource(journalName);
        if (text == null) throw new GodwitException(GodwitException.Kind.BROKEN, "No migrations on the classpath: " + journalName + " is missing" + packagedAmiss());
        boolean copies = requireOneJournal(journalName, text);
        requireNoChangeUnderWay();
        Journal journal;
        try {
            journal = Journal.fromJson(JsonText.parse(text), "classpath:" + journalName, this::packagedSnapshotDialect);
        } catch (InvalidJsonException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "classpath:" + journalName + " is not valid JSON: " + e.getMessage(), e);
        }
        List<Migration> out = new ArrayList<>();
        for (JournalEntry e : journal.entries()) {
            String name = location + "/" + e.tag() + ".sql";
            String sql = resource(name);
            if (sql == null) {
                throw new GodwitException(GodwitException.Kind.BROKEN, "classpath:" + journalName + " lists " + e.tag() + " but " + name
                        + " is not on the classpath; package the whole drizzle/ folder");
            }
            if (copies) requireOneCopy(name, sql);
            out.add(new Migration(e, Path.of(location, e.tag() + ".sql"), sql));
        }
        return out;
    }

    /**
     * Refuses another copy of a migration whose SQL differs from the one read, where the folder is on the classpath more than once with
     * the same journal: an old jar of the application whose last migration was edited before release had its SQL applied, the journal
     * check passing the two as one folder, and once that jar was gone every start was refused as an edited applied migration.
     */
    private void requireOneCopy(String name, String sql) {
        List<java.net.URL> found;
        try {
            found = java.util.Collections.list(classLoader.getResources(name));
        } catch (IOException e) {
            return;
        }
        for (java.net.URL other : found) {
            String text;
            try (InputStream in = PackagedResource.open(other, name)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                continue;
            }
            if (text.equals(sql)) continue;
            throw new GodwitException(GodwitException.Kind.BROKEN, "Two different copies of " + name + " are on the classpath, in migrations"
                    + " folders with the same journal: " + found.get(0) + " and " + other + ". Godwit.migrate would apply the first one (the"
                    + " classpath's order decides which), and the application would start on another build's schema. Keep one " + location
                    + "/ folder on the classpath (an old jar of the application left in lib/?). Nothing was applied.");
        }
    }

    /**
     * The rest of the message for a journal not found: what the build packaged instead, where it shows (the folder's files at the
     * classpath's root, its resource given no targetPath; the folder without meta/), so the fix is named, not the README's whole setup.
     */
    private String packagedAmiss() {
        java.net.URL atRoot = location.isEmpty() ? null : classLoader.getResource("meta/_journal.json");
        if (atRoot != null) {
            return ", but meta/_journal.json is at the classpath's root (" + atRoot + "): the migrations folder was packaged without its target"
                    + " path. Give its <resource> <targetPath>" + location + "</targetPath> (see the README's runtime section; Maven 4.0.0-rc-4"
                    // the user may well have given it: that Maven drops it and copies the folder's files to the root (apache/maven#11062)
                    + " ignores a <targetPath>: the README's \"Maven 4\" says what works on both), then package the application again.";
        }
        java.net.URL folder = location.isEmpty() ? null : classLoader.getResource(location + "/");
        if (folder != null) {
            return ", but " + location + "/ is there (" + folder + ") without it: package the whole folder, meta/ included (an <includes> of"
                    + " *.sql, or an <excludes> of meta/ or *.json, leaves it out), then package the application again.";
        }
        return ". Package the drizzle/ folder into the application's resources (see the README's runtime section), or point"
                + " Godwit.configure().location(...) at it.";
    }

    /**
     * Refuses a folder packaged while a goal's change of it was stopped part way (Ctrl-C in db:generate, then mvn package): its
     * record came along, and the folder may be half of the change (a journal entry without its .sql, or the reverse), which the
     * project's next goal finishes.
     */
    private void requireNoChangeUnderWay() {
        String record = resource(shown(FolderEdit.RECORD));
        if (record == null) return;
        String goal = record.lines().filter(l -> l.startsWith("by\t")).map(l -> l.substring(3).split("\t")[0]).findFirst().orElse("a goal");   // "by\tdb:pull\ttaking back its baseline": the goal
        throw new GodwitException(GodwitException.Kind.BROKEN, "The packaged migrations folder " + shown("")
                + " holds " + FolderEdit.RECORD + ": it was packaged while a change of it by " + goal + " was stopped part"
                + " way, so it may be half of that change. Run any Godwit goal in the project (mvn db:status finishes the change), then package"
                + " the application again. Nothing was applied.");
    }

    /**
     * Refuses a classpath holding two different journals under the location (an old jar of the application left beside the new one
     * in lib/, a library shipping its own drizzle/): the class loader gives the first, in the classpath's order, and the application
     * would start on that version's schema, its own migrations not applied, without a word. The same journal twice (a folder and
     * the jar built from it) is one, and true is returned: its migrations' copies are then compared as they are read.
     */
    private boolean requireOneJournal(String journalName, String first) {
        List<java.net.URL> found;
        try {
            found = java.util.Collections.list(classLoader.getResources(journalName));
        } catch (IOException e) {
            return false;   // the one read above is used
        }
        if (found.size() < 2) return false;
        for (java.net.URL other : found) {
            String text;
            try (InputStream in = PackagedResource.open(other, journalName)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException unreadable) {
                continue;
            }
            if (text.replace("\r\n", "\n").strip().equals(first.replace("\r\n", "\n").strip())) continue;
            throw new GodwitException(GodwitException.Kind.BROKEN, "Two different migrations folders are on the classpath under " + location
                    + "/: " + found.get(0) + " and " + other + ". Godwit.migrate would apply the first one's migrations only (the classpath's"
                    + " order decides which), and the application would start on another version's schema. Keep one " + location + "/ folder"
                    + " on the classpath (an old jar of the application left in lib/?); migrations of a library of their own go under their own"
                    + " location and history table: Godwit.configure().location(\"...\").historyTable(\"...\"). Nothing was applied.");
        }
        return true;
    }

    private String resource(String name) {
        try (InputStream in = PackagedResource.open(classLoader, name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GodwitException(GodwitException.Kind.BROKEN, "cannot read classpath:" + name + ": " + e.getMessage(), e);
        }
    }

    private static String strip(String folder) {
        String f = Objects.requireNonNull(folder).strip();
        while (f.startsWith("/")) f = f.substring(1);
        while (f.endsWith("/")) f = f.substring(0, f.length() - 1);
        return f;
    }

    /** The logger the progress goes to (System.Logger, so an application's own backend, SLF4J's or Log4j's, takes it). */
    static final String LOGGER = "godwit";

    /**
     * Progress to System.Logger {@value #LOGGER}. Behind java.util.logging (the JDK's default backend), whose records carry the
     * class and method that logged, as its SimpleFormatter prints them: they name the API the application called (Godwit migrate);
     * through System.Logger they named this adapter, an anonymous class ({@code dev.godwit.runtime.Godwit$1 info}).
     */
    private static EngineLog systemLog() {
        return julBacksSystemLogger() ? new JulLog() : new SystemLoggerLog(System.getLogger(LOGGER));
    }

    /**
     * Whether System.Logger goes to java.util.logging: the JDK's own LoggerFinder (in java.logging), no other backend installed.
     * Asked without touching java.util.logging, which an application on the module path may not have.
     */
    private static boolean julBacksSystemLogger() {
        try {
            return "sun.util.logging.internal.LoggingProviderImpl".equals(System.LoggerFinder.getLoggerFinder().getClass().getName());
        } catch (RuntimeException | LinkageError unknown) {
            return false;
        }
    }

    /** Progress to the application's System.Logger backend (SLF4J's, Log4j's), which finds the caller its own way. */
    private static final class SystemLoggerLog implements EngineLog {
        private final System.Logger logger;

        SystemLoggerLog(System.Logger logger) {
            this.logger = logger;
        }

        @Override
        public void info(String message) {
            logger.log(System.Logger.Level.INFO, message);
        }

        @Override
        public void warn(String message) {
            logger.log(System.Logger.Level.WARNING, message);
        }
    }

    /** java.util.logging's logger {@value #LOGGER}, the one System.Logger gives there, its records' source this API. */
    private static final class JulLog implements EngineLog {
        private final java.util.logging.Logger logger = java.util.logging.Logger.getLogger(LOGGER);

        @Override
        public void info(String message) {
            logger.logp(java.util.logging.Level.INFO, Godwit.class.getName(), "migrate", message);
        }

        @Override
        public void warn(String message) {
            logger.logp(java.util.logging.Level.WARNING, Godwit.class.getName(), "migrate", message);
        }
    }
}
