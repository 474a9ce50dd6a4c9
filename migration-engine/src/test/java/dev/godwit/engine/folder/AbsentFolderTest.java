package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.GodwitException;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.repair.RepairOptions;
import dev.godwit.engine.repair.Repairer;
import dev.godwit.engine.testing.TestTables;
import dev.godwit.schema.model.SchemaDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped or missing migrations folder is refused, not read as empty: read as empty, db:repair -Ddb.force removed every
 * history row as "no such migration", and db:apply and db:status called the database up to date.
 */
class AbsentFolderTest {

    @TempDir
    Path dir;

    static final HistoryTable DRIZZLE = HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT);

    MigrationsFolder folder;
    Path dbFile;

    @BeforeEach
    void twoAppliedMigrations() {
        folder = MigrationsFolder.at(dir.resolve("drizzle"));
        dbFile = dir.resolve("app.sqlite");
        Generator g = new Generator();
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), folder, GenerateOptions.batch().withName("init"));
        g.generate(new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of()), folder,
                GenerateOptions.batch().withName("posts"));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, DRIZZLE, EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
        }
    }

    List<Map<String, Object>> history() {
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            return db.query("SELECT id, hash, created_at FROM __drizzle_migrations ORDER BY id");
        }
    }

    String expectedRefusal(Path absent, String goal) {
        return "No migrations folder at " + absent + ": " + goal + " has no migrations to read, and changed nothing. Did you mean "
                + dir.resolve("drizzle") + " (2 migrations)? Check <out> in the plugin's configuration or -Ddb.out (for wrangler's layout,"
                + " migrations_dir in wrangler's config); a new project's first mvn db:generate creates the folder.";
    }

    @Test
    void repairWithForceOnAMistypedFolderKeepsEveryHistoryRow() {
        var before = history();
        assertEquals(2, before.size());
        MigrationsFolder typo = MigrationsFolder.at(dir.resolve("drizzl"));
        GodwitException e = assertThrows(GodwitException.class, () -> {
            try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
                new Repairer(EngineLog.SILENT).repair(typo, db, DRIZZLE, new RepairOptions(true, null));
            }
        });
        assertEquals(expectedRefusal(dir.resolve("drizzl"), "db:repair"), e.getMessage());
        assertEquals(before, history());
        assertFalse(Files.exists(dir.resolve("drizzl")), "no folder created");
    }

    @Test
    void repairOnAFolderThereWithoutMigrationsRefusesToEmptyTheHistory() throws Exception {
        var before = history();
        Files.createDirectories(dir.resolve("drizzle2"));
        MigrationsFolder empty = MigrationsFolder.at(dir.resolve("drizzle2"));
        GodwitException e = assertThrows(GodwitException.class, () -> {
            try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
                new Repairer(EngineLog.SILENT).repair(empty, db, DRIZZLE, new RepairOptions(true, null));
            }
        });
        assertEquals(dir.resolve("drizzle2") + " holds no migration, and __drizzle_migrations records 2 migrations: db:repair would remove"
                + " every row, so it changed nothing. Did you mean " + dir.resolve("drizzle") + " (2 migrations)? Check <out> or -Ddb.out."
                + " To empty the history on purpose, DELETE FROM \"__drizzle_migrations\" yourself.", e.getMessage());
        assertEquals(before, history());
        try (var files = Files.list(dir.resolve("drizzle2"))) {
            assertEquals(0, files.count(), "nothing written to the empty folder");
        }
    }

    @Test
    void applyAndStatusOnAMistypedFolderAreRefused() {
        Path typo = dir.resolve("drizle");
        Path fresh = dir.resolve("fresh.sqlite");
        try (SqliteDatabase db = SqliteDatabase.open(fresh)) {
            Migrator m = new Migrator(db, DRIZZLE, EngineLog.SILENT);
            GodwitException apply = assertThrows(GodwitException.class, () -> m.apply(MigrationsFolder.at(typo), ApplyOptions.defaults()));
            assertEquals(expectedRefusal(typo, "db:apply"), apply.getMessage());
            GodwitException status = assertThrows(GodwitException.class, () -> m.status(MigrationsFolder.at(typo)));
            assertEquals(expectedRefusal(typo, "db:status"), status.getMessage());
            assertEquals(List.of(), db.query("SELECT name FROM sqlite_master"), "no history table created");
        }
    }

    @Test
    void aFolderFarFromAnyNameListsTheFoldersHoldingMigrations() throws Exception {
        Path wrangler = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(wrangler.resolve("0001_init.sql"), "CREATE TABLE t (id integer);");
        Files.createDirectories(dir.resolve("src"));   // holds no migrations: not named
        Path elsewhere = dir.resolve("db");
        GodwitException e = assertThrows(GodwitException.class, () -> AbsentFolder.refuse(MigrationsFolder.at(elsewhere), "db:apply"));
        assertTrue(e.getMessage().startsWith("No migrations folder at " + elsewhere + ": db:apply has no migrations to read, and changed nothing."
                + " Next to it, holding migrations: " + dir.resolve("drizzle") + " (2 migrations), " + wrangler + " (1 migration). Check <out>"),
                e.getMessage());
    }

    @Test
    void aMissingFolderWithNothingNearbySaysSoPlainly() {
        Path nowhere = dir.resolve("no/such/place/drizzle");
        GodwitException e = assertThrows(GodwitException.class, () -> AbsentFolder.refuse(MigrationsFolder.at(nowhere), "db:status"));
        assertEquals("No migrations folder at " + nowhere + ": db:status has no migrations to read, and changed nothing. Check <out> in the"
                + " plugin's configuration or -Ddb.out (for wrangler's layout, migrations_dir in wrangler's config); a new project's first"
                + " mvn db:generate creates the folder.", e.getMessage());
    }

    @Test
    void generateStillCreatesANewFolder() {
        MigrationsFolder fresh = MigrationsFolder.at(dir.resolve("new-project/drizzle"));
        var r = new Generator().generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), fresh, GenerateOptions.batch().withName("init"));
        assertEquals(1, fresh.migrations().size());
        assertEquals(List.of(), r.warnings());
    }

    /** A new folder a typo away from the project's: written (a new folder is legitimate), with a warning naming the other. */
    @Test
    void generateIntoANewFolderATypoAwayWarns() {
        MigrationsFolder typo = MigrationsFolder.at(dir.resolve("drizle"));
        var r = new Generator().generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), typo, GenerateOptions.batch().withName("init"));
        assertEquals(1, typo.migrations().size());
        assertEquals(List.of("Created a new migrations folder, " + dir.resolve("drizle") + ", while " + dir.resolve("drizzle") + " (2 migrations) next to it"
                + " holds the project's migrations: is <out> or -Ddb.out mistyped? If so, delete " + dir.resolve("drizle")
                + " and generate again with the right folder."), r.warnings());
        var again = new Generator().generate(new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("t", "a")), List.of()), typo,
                GenerateOptions.batch().withName("more"));
        assertEquals(List.of(), again.warnings(), "said once, when the folder is made");
    }

    /** Folders of their own beside the project's (one per database or region) are not taken for typos of it. */
    @Test
    void aNewFolderBesideOthersOfItsKindIsNoTypo() {
        SchemaDef schema = new SchemaDef(List.of(TestTables.table("users", "name")), List.of());
        for (String name : List.of("drizzle1", "drizzle2", "drizzle-eu", "drizzle-us")) {
            MigrationsFolder f = MigrationsFolder.at(dir.resolve(name));
            assertEquals(List.of(), new Generator().generate(schema, f, GenerateOptions.batch().withName("init")).warnings(), name);
        }
    }

    /**
     * db:verify read a mistyped folder as a project's first: "the schema has changes that no migration holds", every table. With
     * a folder of migrations beside it, it says which folder it looked at and which it likely meant, and nothing else.
     */
    @Test
    void verifyOfAMistypedFolderBesideMigrationsSaysSo() {
        SchemaDef schema = new SchemaDef(List.of(TestTables.table("users", "name"), TestTables.table("posts", "title")), List.of());
        var findings = dev.godwit.engine.verify.Verifier.verify(schema, MigrationsFolder.at(dir.resolve("drizzel")));
        assertEquals(List.of("No migrations folder at " + dir.resolve("drizzel") + ". Did you mean " + dir.resolve("drizzle") + " (2 migrations)?"
                + " Check <out> in the plugin's configuration or -Ddb.out."), findings.stream().map(f -> f.message()).toList());
        var fresh = dev.godwit.engine.verify.Verifier.verify(schema, MigrationsFolder.at(dir.resolve("elsewhere/drizzle")));
        assertEquals(dev.godwit.engine.verify.Finding.Kind.SCHEMA_CHANGED, fresh.get(0).kind(), "a new project's first verify: as before");
    }

    /** The goals that change the folder refuse a mistyped one as well, each naming itself; nothing is written. */
    @Test
    void dropBaselineRebaseAndUpRefuseAMistypedFolder() {
        MigrationsFolder typo = MigrationsFolder.at(dir.resolve("drizzl"));
        GodwitException up = assertThrows(GodwitException.class, () -> new dev.godwit.engine.up.SnapshotUpgrader(EngineLog.SILENT).up(typo));
        assertEquals(expectedRefusal(dir.resolve("drizzl"), "db:up"), up.getMessage());
        GodwitException rebase = assertThrows(GodwitException.class, () -> new dev.godwit.engine.rebase.Rebaser(EngineLog.SILENT).rebase(typo));
        assertEquals(expectedRefusal(dir.resolve("drizzl"), "db:rebase"), rebase.getMessage());
        GodwitException drop = assertThrows(GodwitException.class, () -> new dev.godwit.engine.drop.Dropper(EngineLog.SILENT)
                .drop(typo, new dev.godwit.engine.drop.DropOptions(null, true), () -> SqliteDatabase.open(dbFile), DRIZZLE));
        assertEquals(expectedRefusal(dir.resolve("drizzl"), "db:drop"), drop.getMessage());
        assertFalse(Files.exists(dir.resolve("drizzl")));
        assertEquals(2, history().size());
    }

    /**
     * A module of a multi-module build without {@code <out>}: its {@code drizzle/} is not there, the repository's holds the
     * migrations. db:verify said "the schema has changes that no migration holds ... Run mvn db:generate", which wrote a second
     * history into the module's folder; now it names the folder above and the {@code <out>} that reaches it, and db:generate
     * creating the module's folder warns the same way. The search goes up through the build's folders (each with a pom.xml).
     */
    @Test
    void aModulesMissingFolderNamesTheRepositorysFolderOfThatName() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Files.writeString(repo.resolve("pom.xml"), "<project/>");
        new Generator().generate(new SchemaDef(List.of(TestTables.table("users", "name")), List.of()), MigrationsFolder.at(repo.resolve("drizzle")),
                GenerateOptions.batch().withName("init"));
        Files.createDirectories(repo.resolve("schema"));
        MigrationsFolder module = MigrationsFolder.at(repo.resolve("schema/drizzle"));
        String expected = repo.resolve("drizzle") + " (1 migration), further up, holds migrations: in a multi-module build the folder is usually"
                + " the repository's, named from the module by <out>${project.basedir}/../drizzle</out> (or migrations_dir in wrangler's config there).";
        assertEquals("No migrations folder at " + repo.resolve("schema/drizzle") + ". " + expected + " Check <out> in the plugin's configuration or -Ddb.out.",
                AbsentFolder.missingBesideMigrations(module));
        assertEquals("Created a new migrations folder, " + repo.resolve("schema/drizzle") + ", while " + expected + " If the project's migrations"
                + " are those, delete " + repo.resolve("schema/drizzle") + " and generate again with that <out>.", AbsentFolder.newFolderWarning(module));
        // two levels down
        Files.createDirectories(repo.resolve("services/schema"));
        Files.writeString(repo.resolve("services/pom.xml"), "<project/>");
        assertTrue(AbsentFolder.missingBesideMigrations(MigrationsFolder.at(repo.resolve("services/schema/drizzle"))).contains("<out>${project.basedir}/../../drizzle</out>"));
        assertEquals(null, AbsentFolder.missingBesideMigrations(MigrationsFolder.at(repo.resolve("tools/schema/drizzle"))),
                "tools/ holds no pom.xml: not a folder of the build");
        // not past the build's top: the folder above it (dir/drizzle, made before each test) is another project's
        Files.delete(repo.resolve("drizzle/meta/_journal.json"));
        try (var files = Files.list(repo.resolve("drizzle"))) {
            for (Path f : files.toList()) if (Files.isRegularFile(f)) Files.delete(f);
        }
        assertEquals(null, AbsentFolder.missingBesideMigrations(module));
        assertEquals(null, AbsentFolder.newFolderWarning(module));
    }
}
