package dev.godwit.engine.up;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.baseline.BaselineOptions;
import dev.godwit.engine.baseline.Baseliner;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.SnapshotException;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.repair.RepairOptions;
import dev.godwit.engine.repair.Repairer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project begun with drizzle-kit 1.0.0-rc.5's {@code pull} ({@code drizzle-kit-1.0/pulled/}): its first migration is the
 * pulled schema inside a {@code /* ... *}{@code /} comment. db:up stopped on it with SQLite's words ("no such table: main.users",
 * or near "*": syntax error), which said nothing of what the file is or what to do.
 */
class DrizzleKit10PulledTest {

    static final Path FIXTURE = Path.of("src/test/resources/drizzle-kit-1.0/pulled");
    static final String TAG = "20261206192756_ambitious_mole_man";

    @TempDir
    Path dir;

    private MigrationsFolder copy() throws Exception {
        Path target = dir.resolve("drizzle");
        Path from = FIXTURE.resolve("drizzle");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return MigrationsFolder.at(target);
    }

    private static Map<String, byte[]> contents(Path root) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    private SqliteDatabase pulledFrom(String name) throws Exception {
        SqliteDatabase db = SqliteDatabase.open(dir.resolve(name));
        db.runAtomically(Arrays.stream(Files.readString(FIXTURE.resolve("pulled.sql")).split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList(), false);
        return db;
    }

    @Test
    void thePulledCommentedOutBaselineIsRefusedSayingWhatItIsAndWhatToDo() throws Exception {
        MigrationsFolder folder = copy();
        Map<String, byte[]> before = contents(folder.dir());
        SnapshotException e = assertThrows(SnapshotException.class, () -> new SnapshotUpgrader(EngineLog.SILENT).up(folder));
        assertTrue(e.getMessage().startsWith("drizzle/" + TAG + "/migration.sql is the schema drizzle-kit pull read from a database, written"
                + " inside a /* ... */ comment so that it runs on no database"), e.getMessage());
        assertTrue(e.getMessage().contains("delete the comment's /* and */ lines"), e.getMessage());
        assertTrue(e.getMessage().contains("mvn db:baseline -Ddb.baseline=" + TAG), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was changed."), e.getMessage());
        Map<String, byte[]> after = contents(folder.dir());
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
    }

    /**
     * A later migration commented out by hand (to keep it from running) was called the schema drizzle-kit pull read, with db:baseline
     * as the way on: that records as applied a migration that never ran. Only the first migration is pull's.
     */
    @Test
    void aLaterMigrationCommentedOutByHandIsNotCalledPullsSchema() throws Exception {
        MigrationsFolder folder = copy();
        Path first = folder.dir().resolve(TAG).resolve("migration.sql");
        String sql = Files.readString(first);
        Files.writeString(first, sql.replace("/*", "").replace("*/", ""));
        Path later = Files.createDirectories(folder.dir().resolve("20261206200000_age"));
        Files.writeString(later.resolve("migration.sql"), "/*\nALTER TABLE `users` ADD `age` integer;\n*/\n");
        SnapshotException e = assertThrows(SnapshotException.class, () -> new SnapshotUpgrader(EngineLog.SILENT).up(folder));
        assertTrue(e.getMessage().startsWith("Migration drizzle/20261206200000_age/migration.sql is all inside one /* ... */ comment, so no statement"
                + " of it runs (commented out by hand?)"), e.getMessage());
        assertTrue(!e.getMessage().contains("db:baseline"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was changed."), e.getMessage());
    }

    /**
     * The same file in a journal folder (drizzle-kit 0.x's pull writes it so too, as its 0000 migration; or copied in by hand): db:apply
     * ran its bare middle statements and failed on the stray end of the comment, db:status warned of markers, empty parts and a
     * statement failing on an empty copy. Both now say what it is, before anything is sent.
     */
    @Test
    void inAJournalFolderDbApplyAndDbStatusSayWhatItIs() throws Exception {
        MigrationsFolder folder = copy();
        Path sql = folder.dir().resolve(TAG).resolve("migration.sql");
        String commented = Files.readString(sql);
        Files.writeString(sql, commented.replace("/*\n", "").replace("\n*/", "\n"));
        new SnapshotUpgrader(EngineLog.SILENT).up(folder);
        Files.writeString(folder.sqlFile(TAG), commented);
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
        String expected = "Migration " + TAG + ".sql is the schema drizzle-kit pull read from a database, left inside a /* ... */ comment so"
                + " that it runs on no database";
        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("new.sqlite"))) {
            dev.godwit.engine.migrate.MigrationException e = assertThrows(dev.godwit.engine.migrate.MigrationException.class,
                    () -> new Migrator(fresh, history, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()));
            assertTrue(e.getMessage().startsWith(expected), e.getMessage());
            assertTrue(e.getMessage().contains("mvn db:baseline -Ddb.baseline=" + TAG), e.getMessage());
            assertTrue(e.getMessage().endsWith("Nothing was applied."), e.getMessage());
            Migrator status = new Migrator(fresh, history, EngineLog.SILENT);
            String refusal = status.applyRefusal(status.status(folder));
            assertTrue(refusal != null && refusal.startsWith(expected), refusal);
            assertEquals(List.of(), fresh.query("SELECT name FROM sqlite_master WHERE name IN ('users', 'posts')"));
        }
    }

    /** The way on the refusal names: uncommented, it converts; the database pulled from is baselined, or repaired where init recorded it. */
    @Test
    void uncommentedItConvertsAndTheDatabasePulledFromIsBaselinedOrRepaired() throws Exception {
        MigrationsFolder folder = copy();
        Path sql = folder.dir().resolve(TAG).resolve("migration.sql");
        String commented = Files.readString(sql);
        String commentedHash = dev.godwit.engine.folder.Checksums.sha256Hex(commented);
        assertEquals("c376700a73cb6a2953b63d969bb001387c2fab30205d98bd3a093e10b4c582d9", commentedHash, "as drizzle-orm 1.0 recorded it");
        Files.writeString(sql, commented.replace("/*\n", "").replace("\n*/", "\n"));
        new SnapshotUpgrader(EngineLog.SILENT).up(folder);
        HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

        try (SqliteDatabase fresh = SqliteDatabase.open(dir.resolve("new.sqlite"))) {
            assertEquals(List.of(TAG), new Migrator(fresh, history, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()).applied());
        }
        try (SqliteDatabase db = pulledFrom("pulled.sqlite")) {
            assertEquals(List.of(TAG), new Baseliner(EngineLog.SILENT).baseline(folder, db, history, new BaselineOptions(TAG, false)));
            assertEquals(List.of(), new Migrator(db, history, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()).applied());
        }
        try (SqliteDatabase db = pulledFrom("init.sqlite")) {
            // what drizzle-orm 1.0.0-rc.5's migrate(db, { migrationsFolder, init: true }) recorded there
            db.runAtomically(List.of("CREATE TABLE \"__drizzle_migrations\" (id INTEGER PRIMARY KEY, hash text NOT NULL, created_at numeric, name text, applied_at TEXT)",
                    "INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\", \"name\", \"applied_at\") VALUES ('" + commentedHash
                            + "', 1796585276000, '" + TAG + "', '2026-12-06T19:32:57.476Z')"), false);
            assertEquals(MigrationState.State.CHECKSUM_MISMATCH, new Migrator(db, history, EngineLog.SILENT).status(folder).get(0).state());
            new Repairer(EngineLog.SILENT).repair(folder, db, history, new RepairOptions(true, null));
            assertEquals(MigrationState.State.APPLIED, new Migrator(db, history, EngineLog.SILENT).status(folder).get(0).state());
        }
    }
}
