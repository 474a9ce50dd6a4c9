package dev.godwit.engine.up;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.Migration;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.engine.folder.SnapshotException;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.ApplyResult;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.MigrationState;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.Column;
import dev.godwit.schema.SchemaCollector;
import dev.godwit.schema.Table;
import dev.godwit.schema.View;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.Generated;
import dev.godwit.schema.model.SchemaDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * db:up converts a folder drizzle-kit 1.0.0-rc.5 wrote ({@code drizzle-kit-1.0/folders/}: a folder per migration, version 7
 * snapshots, no journal) to the journal layout, so a project begun on drizzle-kit 1.0 switches to Godwit: SQL byte for byte,
 * {@code when} = drizzle-orm 1.0's {@code created_at}, snapshots built by running the migrations.
 */
class DrizzleKit10LayoutTest {

    static final Path FIXTURE = Path.of("src/test/resources/drizzle-kit-1.0/folders/drizzle");

    @TempDir
    Path dir;

    /** The fixture's schema.ts, declared in Godwit's DSL. */
    static final class Users extends Table {
        static final Users USERS = new Users();
        final Column id = integer("id").primaryKey().autoIncrement();
        final Column email = text("email").notNull().unique();
        final Column displayName = text("display_name");
        final Column createdAt = integer("created_at").notNull().defaultSql("(unixepoch())");

        private Users() {
            super("users");
        }
    }

    static final class Posts extends Table {
        static final Posts POSTS = new Posts();
        final Column id = integer("id").primaryKey();
        final Column authorId = integer("author_id").notNull().references(() -> Users.USERS.id).onDelete(FkAction.CASCADE);
        final Column title = text("title").notNull();
        final Column body = text("body").notNull().defaultValue("");
        final Column published = integer("published").notNull().defaultValue(0);

        private Posts() {
            super("posts");
            index("posts_author_idx").on(authorId);
            uniqueIndex("posts_title_uq").on(authorId, title);
        }
    }

    static final class Memberships extends Table {
        static final Memberships MEMBERSHIPS = new Memberships();
        final Column userId = integer("user_id").notNull().references(() -> Users.USERS.id);
        final Column postId = integer("post_id").notNull().references(() -> Posts.POSTS.id).onDelete(FkAction.CASCADE);
        final Column role = text("role").enumValues("owner", "editor").notNull().defaultValue("editor");
        final Column score = real("score").defaultValue(0.5);
        final Column lower = text("lower_role").generatedAlwaysAs("lower(role)", Generated.Type.VIRTUAL);

        private Memberships() {
            super("memberships");
            primaryKey(userId, postId);
            check("score_ok", score.sql() + " >= 0");
        }
    }

    static final class PublishedPosts extends View {
        static final PublishedPosts PUBLISHED = new PublishedPosts();

        private PublishedPosts() {
            super("published_posts", "select \"id\", \"title\" from \"posts\" where \"posts\".\"published\" = 1");
        }
    }

    /** A table the next migration adds. */
    static final class Labels extends Table {
        static final Labels LABELS = new Labels();
        final Column id = integer("id").primaryKey();
        final Column label = text("label").notNull();

        private Labels() {
            super("labels");
        }
    }

    static SchemaDef declared(Table... more) {
        List<Object> all = new ArrayList<>(List.of(Users.USERS, Posts.POSTS, Memberships.MEMBERSHIPS, PublishedPosts.PUBLISHED));
        all.addAll(List.of(more));
        return SchemaCollector.collect(all);
    }

    private MigrationsFolder copy() throws IOException {
        Path target = dir.resolve("drizzle");
        try (Stream<Path> s = Files.walk(FIXTURE)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return MigrationsFolder.at(target);
    }

    private static List<String> fixtureFolders() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURE)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    @Test
    void upConvertsDrizzleKit10sFolderToTheJournalLayout() throws Exception {
        MigrationsFolder folder = copy();
        List<String> names = fixtureFolders();
        assertEquals(List.of("20261206183503_init", "20261206183517_rename_name", "20261206183531_drop_tags", "20261206183543_body_not_null",
                "20261206185205_memberships", "20261206185207_seed"), names);

        new SnapshotUpgrader(EngineLog.SILENT).up(folder);

        List<JournalEntry> entries = folder.readJournal().entries();
        assertEquals(names, entries.stream().map(JournalEntry::tag).toList());
        assertEquals(List.of(1796582103000L, 1796582117000L, 1796582131000L, 1796582143000L, 1796583125000L, 1796583127000L), entries.stream().map(JournalEntry::when).toList(),
                "when: the folder name's time as UTC ms, drizzle-orm 1.0's created_at");
        for (JournalEntry e : entries) {
            assertTrue(e.breakpoints());
            assertArrayEquals(Files.readAllBytes(FIXTURE.resolve(e.tag()).resolve("migration.sql")), Files.readAllBytes(folder.sqlFile(e.tag())),
                    "SQL byte for byte: " + e.tag());
            assertEquals("meta/" + e.tag().substring(0, 14) + "_snapshot.json", folder.dir().relativize(folder.snapshotFile(e.tag())).toString());
            assertTrue(Files.readString(folder.snapshotFile(e.tag())).startsWith("{\n  \"version\": \"6\",\n  \"dialect\": \"sqlite\",\n  \"id\": "));
            assertFalse(Files.exists(folder.dir().resolve(e.tag())), "the 1.0 folder is removed: " + e.tag());
        }
        assertEquals(List.of(), FolderCheck.problems(folder), "a consistent folder, snapshots chained by prevId");
        Snapshot first = folder.readSnapshot(folder.snapshotFile(names.get(0)));
        assertEquals(Snapshot.ORIGIN, first.prevId());
        assertEquals("651fe4ed-df7c-40e6-a194-8e278cc531ed", first.id(), "the version 7 snapshot's id is kept");
        assertEquals(Map.of("\"users\".\"name\"", "\"users\".\"display_name\""),
                folder.readSnapshot(folder.snapshotFile(names.get(1))).renamedColumns(), "drizzle-kit 1.0's renames as _meta");
        assertEquals(List.of("posts", "tags", "users"),
                folder.readSnapshot(folder.snapshotFile(names.get(0))).schema().tables().stream().map(t -> t.name()).sorted().toList());
        assertEquals(List.of("memberships", "posts", "users"),
                folder.readSnapshot(folder.snapshotFile(names.get(5))).schema().tables().stream().map(t -> t.name()).sorted().toList());
        assertEquals(folder.readSnapshot(folder.snapshotFile(names.get(4))).schema(), folder.readSnapshot(folder.snapshotFile(names.get(5))).schema(),
                "the seed (a custom migration, an INSERT) changes no schema");

        // the schema code that matches: db:verify finds nothing, db:generate writes nothing
        SchemaDef declared = declared();
        assertEquals(List.of(), Verifier.check(declared, folder).findings());
        GenerateResult none = new Generator().generate(declared, folder, GenerateOptions.batch().withName("nothing"));
        assertFalse(none.written(), "no changes: " + none.changes());

        // and a next migration continues in the folder's style
        GenerateResult labels = new Generator().generate(declared(Labels.LABELS), folder, GenerateOptions.batch().withName("labels"));
        assertTrue(labels.written());
        assertTrue(labels.tag().matches("\\d{14}_labels"), labels.tag());
        assertEquals("CREATE TABLE `labels` (\n\t`id` integer PRIMARY KEY NOT NULL,\n\t`label` text NOT NULL\n);\n", labels.sql());
    }

    @Test
    void aDatabaseDrizzleOrm10MigratedShowsEverythingAppliedAfterTheConversionAndOnlyANewMigrationIsApplied() throws Exception {
        MigrationsFolder folder = copy();
        List<String> names = fixtureFolders();
        String[] hashes = {"43b3f8f829dc2df4563e0c9deb7155a61d9c8f554c0212d026e6434d3abba236",
            "1ee9455db60e03b3be1c4e58d8f2df3084d468c9fef62e2f345aa0e45dd72315",
            "df990f1cd83780becc3f4fb2e940d08f86b78c3f94cb4056ffa2b10a0dac811c",
            "2a5679d57ca33bef2a1c01c10c9d57637a252deecab8e13c4a3e53c49f613458",
            "d4c4c3a0cadab06a94bfb9f79ef637b998239a3f1facfa2a0f43c61ace4377da",
            "e9f4837df6393f630b8d23daae4b15fb553675bb3d38c1bc6acc4eba5c499ca5"};
        long[] createdAt = {1796582103000L, 1796582117000L, 1796582131000L, 1796582143000L, 1796583125000L, 1796583127000L};
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            // what drizzle-orm 1.0.0-rc.5's migrate() made of the folder: its table, its rows (as it wrote them), the schema
            db.runAtomically(List.of("CREATE TABLE \"__drizzle_migrations\" (\n\t\t\t\tid INTEGER PRIMARY KEY,\n\t\t\t\thash text NOT NULL,\n"
                    + "\t\t\t\tcreated_at numeric,\n\t\t\t\tname text,\n\t\t\t\tapplied_at TEXT\n\t\t\t)"), false);
            for (int i = 0; i < names.size(); i++) {
                Migration m = new Migration(new JournalEntry(i, "6", createdAt[i], names.get(i), true), null,
                        Files.readString(FIXTURE.resolve(names.get(i)).resolve("migration.sql")));
                assertEquals(hashes[i], m.hash(), "drizzle-orm 1.0 hashes the file as Godwit does");
                db.runAtomically(m.statements(), m.sql().contains("PRAGMA foreign_keys=OFF"));
                db.runAtomically(List.of("INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\", \"name\", \"applied_at\") VALUES ('"
                        + hashes[i] + "', " + createdAt[i] + ", '" + names.get(i) + "', '2026-12-06T18:35:47.75" + i + "Z')"), false);
            }

            new SnapshotUpgrader(EngineLog.SILENT).up(folder);

            HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
            Migrator status = new Migrator(db, history, EngineLog.SILENT);
            List<MigrationState> states = status.status(folder);
            assertEquals(names, states.stream().map(MigrationState::name).toList());
            for (MigrationState s : states) assertEquals(MigrationState.State.APPLIED, s.state(), s.name());
            // drizzle-orm 1.0's table keeps the time of apply: db:status shows it, as wrangler's history's (it said "this history
            // table keeps no applied time" and showed the folder names' times)
            List<String> table = dev.godwit.engine.migrate.StatusTable.render(states, status.history().keepsAppliedTime());
            assertTrue(table.get(0).endsWith("State     Applied at / note"), table.get(0));
            assertTrue(table.get(1).endsWith("applied   2026-12-06T18:35:47.750Z"), table.get(1));

            // two migrate() runs at once write a row twice, each with its own applied_at: still a copy, which db:repair removes
            db.runAtomically(List.of("INSERT INTO \"__drizzle_migrations\" (\"hash\", \"created_at\", \"name\", \"applied_at\") VALUES ('"
                    + hashes[0] + "', " + createdAt[0] + ", '" + names.get(0) + "', '2026-12-06T18:35:48.001Z')"), false);
            List<String> copied = dev.godwit.engine.migrate.StatusTable.render(new Migrator(db, history, EngineLog.SILENT).status(folder), true);
            assertTrue(copied.stream().anyMatch(l -> l.contains(names.get(0) + " is recorded twice")), String.join("\n", copied));
            db.runAtomically(List.of("DELETE FROM \"__drizzle_migrations\" WHERE \"applied_at\" = '2026-12-06T18:35:48.001Z'"), false);

            new Generator().generate(declared(Labels.LABELS), folder, GenerateOptions.batch().withName("labels"));
            ApplyResult r = new Migrator(db, history, EngineLog.SILENT).apply(folder, ApplyOptions.defaults());
            String labels = folder.readJournal().entries().get(names.size()).tag();
            assertEquals(List.of(labels), r.applied());
            List<Map<String, Object>> rows = db.query("SELECT name FROM \"__drizzle_migrations\" ORDER BY id");
            List<String> expected = new ArrayList<>(names);
            expected.add(labels);
            assertEquals(expected, rows.stream().map(m -> String.valueOf(m.get("name"))).toList(),
                    "the new row named as drizzle-orm 1.0 names its folder");
        }
    }

    /**
     * A journal folder drizzle-orm 0.x applied (created_at = the journal's "when", to the millisecond), then converted by
     * drizzle-kit 1.0's up (folder names to the second) and migrated by drizzle-orm 1.0 (which fills name and keeps created_at):
     * after db:up, created_at and the folder name's time differ by the milliseconds. Read as not recorded, every migration was
     * pending again beside three rows "missing locally", and db:apply ran them a second time. drizzle-orm 1.0 knows them by name.
     */
    @Test
    void rowsWrittenBeforeDrizzleKit10sUpAreMatchedThoughTheFolderNamesDropTheMilliseconds() throws Exception {
        Path fixture = Path.of("src/test/resources/drizzle-kit-1.0/godwit-folder-up");
        MigrationsFolder journal = MigrationsFolder.at(fixture.resolve("journal"));
        Path target = dir.resolve("drizzle");
        List<String> names;
        try (Stream<Path> s = Files.list(fixture.resolve("up"))) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String n : names) {
            Files.createDirectories(target.resolve(n));
            for (String f : List.of("migration.sql", "snapshot.json")) Files.copy(fixture.resolve("up").resolve(n).resolve(f), target.resolve(n).resolve(f));
        }
        MigrationsFolder folder = MigrationsFolder.at(target);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("app.sqlite"))) {
            HistoryTable history = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);
            new Migrator(db, history, EngineLog.SILENT).apply(journal, ApplyOptions.defaults());
            // drizzle-orm 1.0.0-rc.5's migrate() on the up folder: adds the columns, names the rows it matches, keeps created_at
            db.runAtomically(List.of("ALTER TABLE \"__drizzle_migrations\" ADD COLUMN \"name\" text",
                    "ALTER TABLE \"__drizzle_migrations\" ADD COLUMN \"applied_at\" TEXT"), false);
            for (int i = 0; i < names.size(); i++) {
                db.runAtomically(List.of("UPDATE \"__drizzle_migrations\" SET \"name\" = '" + names.get(i) + "' WHERE \"created_at\" = "
                        + journal.migrations().get(i).when()), false);
            }

            new SnapshotUpgrader(EngineLog.SILENT).up(folder);

            Migrator status = new Migrator(db, history, EngineLog.SILENT);
            List<MigrationState> states = status.status(folder);
            assertEquals(names, states.stream().map(MigrationState::name).toList());
            for (MigrationState s : states) assertEquals(MigrationState.State.APPLIED, s.state(), s.name());
            // the rows drizzle-orm 1.0 took over keep applied_at NULL: their generation time, said as such
            List<String> table = dev.godwit.engine.migrate.StatusTable.render(states, status.history().keepsAppliedTime());
            assertTrue(table.get(0).endsWith("Applied at / note"), table.get(0));
            assertTrue(table.get(1).endsWith("applied   generated " + java.time.Instant.ofEpochMilli(journal.migrations().get(0).when())
                    + " (its row keeps no applied time)"), table.get(1));
            assertEquals(List.of(), new Migrator(db, history, EngineLog.SILENT).apply(folder, ApplyOptions.defaults()).applied());
        }
    }

    @Test
    void aFailingMigrationChangesNothing() throws Exception {
        MigrationsFolder folder = copy();
        Path broken = folder.dir().resolve("20261206183531_drop_tags/migration.sql");
        Files.writeString(broken, "DROP TABLE `no_such_table`;");
        Map<String, byte[]> before = contents(folder.dir());

        SnapshotException e = assertThrows(SnapshotException.class, () -> new SnapshotUpgrader(EngineLog.SILENT).up(folder));
        assertTrue(e.getMessage().startsWith("drizzle/20261206183531_drop_tags/migration.sql fails on an empty in-memory SQLite database"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Nothing was changed."), e.getMessage());
        Map<String, byte[]> after = contents(folder.dir());
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
    }

    @Test
    void otherGoalsStillRefuseTheFolderNamingDbUp() throws Exception {
        MigrationsFolder folder = copy();
        SnapshotException e = assertThrows(SnapshotException.class, folder::requireNoOldLayout);
        assertTrue(e.getMessage().contains("run mvn db:up once"), e.getMessage());
        assertTrue(e.getMessage().contains("drizzle-orm 1.0's migrate() does not read the converted folder"), e.getMessage());
        assertTrue(e.getMessage().contains("godwit-runtime"), e.getMessage());
    }
}
