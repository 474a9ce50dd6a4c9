package dev.godwit.engine.up;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.SnapshotException;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.verify.Finding;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Golden folders: written by drizzle-kit 0.20.18 (snapshot version 5) and upgraded by drizzle-kit 0.31.10's up. */
class SnapshotUpgraderTest {

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();
    final EngineLog engineLog = new EngineLog() {
        @Override
        public void info(String message) {
            log.add(message);
        }

        @Override
        public void warn(String message) {
            log.add("WARN " + message);
        }
    };

    static Path golden(String name) throws URISyntaxException {
        return Path.of(SnapshotUpgraderTest.class.getResource("/drizzle-kit-up/" + name).toURI());
    }

    MigrationsFolder copy(Path from) throws IOException {
        Path to = dir.resolve("drizzle");
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return MigrationsFolder.at(to);
    }

    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readString(p));
        }
        return out;
    }

    @Test
    void upgradesExactlyAsDrizzleKitUpDoes() throws Exception {
        for (String name : List.of("two", "json")) {
            log.clear();
            MigrationsFolder folder = copy(golden(name + "/before"));
            List<Path> upgraded = new SnapshotUpgrader(engineLog).up(folder);
            assertEquals(files(golden(name + "/after")), files(folder.dir()), name);
            assertEquals(name.equals("two") ? 2 : 1, upgraded.size());
            assertEquals("  upgraded drizzle/meta/0000_snapshot.json from version 5 to 6", log.get(0));
            deleteTree(folder.dir());
        }
    }

    @Test
    void anOldFolderIsRefusedByGenerateAndVerifyNamingDbUpThenContinuesAfterIt() throws Exception {
        MigrationsFolder folder = copy(golden("two/before"));
        String expected = "drizzle/meta/0000_snapshot.json is a version 5 snapshot, written by an older drizzle-kit: run mvn db:up once to upgrade"
                + " the folder's snapshots to version 6 (what drizzle-kit up does), then commit them";
        List<Finding> findings = Verifier.verify(SchemaDef.EMPTY, folder);
        assertTrue(findings.stream().anyMatch(f -> f.message().equals(expected)), findings.toString());
        SnapshotException e = assertThrows(SnapshotException.class, () -> new Generator().generate(SchemaDef.EMPTY, folder, GenerateOptions.batch()));
        assertTrue(e.getMessage().contains(expected), e.getMessage());

        new SnapshotUpgrader(engineLog).up(folder);
        assertEquals(List.of(), FolderCheck.problems(folder));
        SchemaDef recorded = Verifier.recorded(folder);
        assertEquals(List.of(), Verifier.verify(recorded, folder), "drizzle-kit 0.20's SQL replays to the upgraded snapshot");
        TableDef users = recorded.table("users").orElseThrow();
        List<ColumnDef> cols = new ArrayList<>(users.columns());
        cols.add(ColumnDef.of("name", "text"));
        List<TableDef> tables = new ArrayList<>(recorded.tables());
        tables.set(tables.indexOf(users), new TableDef("users", cols, users.primaryKey(), users.indexes(), users.foreignKeys(), users.checks(), null));
        SchemaDef next = new SchemaDef(tables, recorded.views());
        GenerateResult r = new Generator().generate(next, folder, GenerateOptions.batch().withName("name"));
        assertEquals("0002_name", r.tag());
        assertEquals("ALTER TABLE `users` ADD `name` text;", r.sql().strip());
        assertEquals(List.of(), Verifier.verify(next, folder));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            var applied = new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of("0000_thin_riptide", "0001_parched_sunset_bain", "0002_name"), applied.applied());
        }
    }

    /**
     * A folder drizzle-kit 0.20 began (journal "version": "5") and drizzle-kit up upgraded, continued by db:generate: drizzle-kit
     * 0.31 appends its entry and keeps the journal's "5" ({@code two/continued/}, its generate --name name with users.name added),
     * where Godwit rewrote it to "7", a change to a line of the file no migration is about.
     */
    @Test
    void generateOnAFolderDrizzleKit020BeganKeepsTheJournalsVersionAsDrizzleKitDoes() throws Exception {
        MigrationsFolder folder = copy(golden("two/after"));
        SchemaDef recorded = Verifier.recorded(folder);
        TableDef users = recorded.table("users").orElseThrow();
        List<ColumnDef> cols = new ArrayList<>(users.columns());
        cols.add(ColumnDef.of("name", "text"));
        List<TableDef> tables = new ArrayList<>(recorded.tables());
        tables.set(tables.indexOf(users), new TableDef("users", cols, users.primaryKey(), users.indexes(), users.foreignKeys(), users.checks(), null));
        GenerateResult r = new Generator().generate(new SchemaDef(tables, recorded.views()), folder, GenerateOptions.batch().withName("name"));
        assertEquals("0002_name", r.tag());
        Path theirs = golden("two/continued");
        assertEquals(Files.readString(theirs.resolve("0002_name.sql")), Files.readString(folder.sqlFile("0002_name")));
        long when = folder.readJournal().entries().get(2).when();
        assertEquals(Files.readString(theirs.resolve("meta/_journal.json")).replace("1796559737202", Long.toString(when)),
                Files.readString(folder.journalFile()));

        // db:drop keeps it too (drizzle-kit drop rewrites the journal it parsed)
        new dev.godwit.engine.drop.Dropper(EngineLog.SILENT).drop(folder, new dev.godwit.engine.drop.DropOptions(null, true),
                () -> SqliteDatabase.open(dir.resolve("none.sqlite")), HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT));
        assertEquals(Files.readString(golden("two/after/meta/_journal.json")), Files.readString(folder.journalFile()));
    }

    @Test
    void aVersion6FolderIsLeftAlone() throws Exception {
        MigrationsFolder folder = copy(golden("two/after"));
        assertEquals(List.of(), new SnapshotUpgrader(engineLog).up(folder));
        assertEquals(List.of("Every snapshot in drizzle is already version 6; nothing to upgrade."), log);
        assertEquals(files(golden("two/after")), files(folder.dir()));
    }

    @Test
    void aKeyVersion5DoesNotHaveIsRefusedAndNothingIsWritten() throws Exception {
        MigrationsFolder folder = copy(golden("two/before"));
        Path second = folder.metaDir().resolve("0001_snapshot.json");
        Files.writeString(second, Files.readString(second).replace("\"compositePrimaryKeys\"", "\"strict\": true,\n      \"compositePrimaryKeys\""));
        Map<String, String> before = files(folder.dir());
        SnapshotException e = assertThrows(SnapshotException.class, () -> new SnapshotUpgrader(engineLog).up(folder));
        assertEquals("drizzle/meta/0001_snapshot.json: table \"posts\" has the key \"strict\", which a version 5 snapshot does not have"
                + " (drizzle-kit up refuses it too); nothing was upgraded.", e.getMessage());
        assertEquals(before, files(folder.dir()));
    }

    /**
     * A version 4 snapshot: db:up said "upgrades version 5 only" and every other goal "not supported", with no way on. Both
     * now say what can upgrade it (an older drizzle-kit's up) or how to start the history again from the database.
     */
    @Test
    void aSnapshotOlderThanVersion5SaysHowToGoOn() throws Exception {
        MigrationsFolder folder = copy(golden("two/before"));
        Path first = folder.metaDir().resolve("0000_snapshot.json");
        Files.writeString(first, Files.readString(first).replace("\"version\": \"5\"", "\"version\": \"4\""));
        Map<String, String> before = files(folder.dir());
        String way = " A version below 5 comes from a drizzle-kit older than those whose up reads versions 5 and 6: neither mvn db:up nor"
                + " today's drizzle-kit up upgrades it. Upgrade it with the older drizzle-kit's up, or start the history again from this"
                + " database: move the folder aside, run mvn db:generate for a first migration of the whole schema, then mvn db:baseline"
                + " -Ddb.baseline=<its tag> records it as applied (it checks the database's schema against that snapshot first).";
        SnapshotException up = assertThrows(SnapshotException.class, () -> new SnapshotUpgrader(engineLog).up(folder));
        assertEquals("drizzle/meta/0000_snapshot.json has snapshot version \"4\"; db:up (like drizzle-kit up for SQLite) upgrades version 5 only."
                + way + " Nothing was upgraded.", up.getMessage());
        assertEquals(before, files(folder.dir()));
        assertTrue(FolderCheck.problems(folder).stream().anyMatch(p -> p.contains("snapshot version \"4\" is not supported") && p.endsWith(way)),
                FolderCheck.problems(folder).toString());
        // a version above 6 gets no such advice
        Files.writeString(first, Files.readString(first).replace("\"version\": \"4\"", "\"version\": \"9\""));
        assertEquals("drizzle/meta/0000_snapshot.json has snapshot version \"9\"; db:up (like drizzle-kit up for SQLite) upgrades version 5 only."
                + " Nothing was upgraded.", assertThrows(SnapshotException.class, () -> new SnapshotUpgrader(engineLog).up(folder)).getMessage());
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted((a, b) -> b.compareTo(a)).toList()) Files.delete(f);
        }
    }

    /**
     * A folder drizzle-kit 1.0 (beta) wrote, or converted with its up: a folder per migration and no meta/_journal.json. Godwit
     * read it as a folder with no migrations: db:status listed none, db:apply had "nothing to apply", db:verify said to run
     * db:generate, which wrote 0000_x.sql creating every table beside the migrations that already create them, and db:up said
     * "Every snapshot in drizzle is already version 6". Each goal but db:up (which converts it) now refuses it, naming the layout
     * and db:up, and writes nothing.
     */
    @Test
    void drizzleKit10sFolderPerMigrationLayoutIsRefusedNotReadAsAnEmptyFolder() throws Exception {
        Path d = dir.resolve("drizzle");
        Path m = d.resolve("20260101120000_init");
        Files.createDirectories(m);
        Files.writeString(m.resolve("migration.sql"), "CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY NOT NULL\n);\n");
        Files.writeString(m.resolve("snapshot.json"), "{\"version\":\"7\",\"dialect\":\"sqlite\",\"id\":\"a\",\"prevIds\":[\"00000000-0000-0000-0000-000000000000\"],\"ddl\":[],\"renames\":[]}");
        MigrationsFolder folder = MigrationsFolder.at(d);
        String expected = "drizzle uses drizzle-kit 1.0's layout (one folder per migration: drizzle/20260101120000_init/migration.sql, no"
                + " meta/_journal.json), which Godwit does not read as it is: it reads drizzle-kit 0.21 to 0.31's (tag.sql, meta/_journal.json,"
                + " meta/*_snapshot.json), and would take this folder for one with no migrations. To switch to Godwit, run mvn db:up once: it"
                + " converts the folder to that layout, each migration's SQL byte for byte under its folder's name, so the databases"
                + " drizzle-orm 1.0's migrate() migrated show them applied. drizzle-orm 1.0's migrate() does not read the converted folder:"
                + " the application applies it with godwit-runtime instead. Nothing was done.";

        // db:up converts it (DrizzleKit10LayoutTest); the other goals refuse it, naming db:up
        assertEquals(List.of(expected), FolderCheck.problems(folder));
        SchemaDef schema = new SchemaDef(List.of(new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)), null,
                List.of(), List.of(), List.of(), null)), List.of());
        assertThrows(SnapshotException.class, () -> new Generator().generate(schema, folder, GenerateOptions.batch().withName("x")));
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            var e = assertThrows(SnapshotException.class, () -> new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT)
                    .apply(folder, ApplyOptions.defaults()));
            assertEquals(expected, e.getMessage());
        }
        try (Stream<Path> s = Files.walk(d)) {
            assertEquals(List.of("20260101120000_init/migration.sql", "20260101120000_init/snapshot.json"),
                    s.filter(Files::isRegularFile).map(p -> d.relativize(p).toString()).sorted().toList());
        }
    }

    /** The pre-0.21 layout: db:up said "Every snapshot in drizzle is already version 6; nothing to upgrade." */
    @Test
    void dbUpOnThePre021LayoutSaysWhatItIs() throws Exception {
        Path m = dir.resolve("drizzle").resolve("20230101120000");
        Files.createDirectories(m);
        Files.writeString(m.resolve("migration.sql"), "CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL);");
        var e = assertThrows(SnapshotException.class, () -> new SnapshotUpgrader(engineLog).up(MigrationsFolder.at(dir.resolve("drizzle"))));
        assertEquals("drizzle uses drizzle-kit's pre-0.21 layout (one folder per migration: drizzle/20230101120000/migration.sql); run"
                + " `drizzle-kit up` once to convert it", e.getMessage());
        assertEquals(List.of(), log);
    }
}
