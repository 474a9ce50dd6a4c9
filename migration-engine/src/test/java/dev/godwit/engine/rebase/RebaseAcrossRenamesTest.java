package dev.godwit.engine.rebase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.testing.RecordingLog;
import dev.godwit.engine.db.SqliteDatabase;
import dev.godwit.engine.folder.FolderCheck;
import dev.godwit.engine.folder.JournalEntry;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.SnapshotCodec;
import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.Generator;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.verify.Verifier;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.FkAction;
import dev.godwit.schema.model.ForeignKeyDef;
import dev.godwit.schema.model.IndexDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target branch renamed a table or column that the merged branch's migrations mention: db:rebase carries them through the
 * rename, and refuses where the two branches' meanings collide (both renamed it, or one dropped what the other changed).
 */
class RebaseAcrossRenamesTest {

    @TempDir
    Path repo;

    MigrationsFolder folder;
    final RecordingLog engineLog = new RecordingLog();
    final List<String> log = engineLog.lines();

    static ColumnDef id() {
        return ColumnDef.of("id", "integer").withPrimaryKey(true);
    }

    static ColumnDef text(String name) {
        return ColumnDef.of(name, "text");
    }

    static TableDef table(String name, List<ColumnDef> columns, List<IndexDef> indexes, List<ForeignKeyDef> fks) {
        return new TableDef(name, columns, null, indexes, fks, List.of(), null);
    }

    static TableDef users(String nameColumn, IndexDef... indexes) {
        return table("users", List.of(id(), text(nameColumn)), List.of(indexes), List.of());
    }

    static SchemaDef schema(TableDef... tables) {
        return new SchemaDef(List.of(tables), List.of());
    }

    void git(String... args) throws IOException, InterruptedException {
        GitMerges.git(repo, args);
    }

    @BeforeEach
    void base() throws Exception {
        folder = MigrationsFolder.at(repo.resolve("drizzle"));
        git("init", "-q");
    }

    /** What one branch generates. */
    interface Generating {
        void on(Generator g) throws Exception;
    }

    /** Commits {@code init} on main, {@code feature} on a branch, then {@code main} on main, and merges the branch into main. */
    void mergeSteps(Generating init, Generating feature, Generating main) throws Exception {
        Generator g = new Generator();
        init.on(g);
        git("add", "-A");
        git("commit", "-q", "-m", "init");
        git("checkout", "-q", "-b", "feature");
        feature.on(g);
        git("add", "-A");
        git("commit", "-q", "-m", "feature");
        git("checkout", "-q", "main");
        Thread.sleep(5);
        main.on(g);
        git("add", "drizzle");
        git("commit", "-q", "-m", "main");
        git("merge", "-q", "feature");
    }

    /** One migration each; main's applied to dbFile (if given) with a row whose second column is 'ada'. */
    void mergeAfter(SchemaDef init, SchemaDef feature, SchemaDef main, Path dbFile) throws Exception {
        mergeSteps(g -> g.generate(init, folder, GenerateOptions.batch().withName("init")),
                g -> g.generate(feature, folder, GenerateOptions.batch().withName("feat").withAcceptDataLoss(true)),
                g -> {
                    g.generate(main, folder, GenerateOptions.batch().withName("main").withAcceptDataLoss(true));
                    if (dbFile == null) return;
                    try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
                        new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
                        TableDef t = main.tables().get(0);
                        db.runAtomically(List.of("INSERT INTO " + SnapshotCodec.quote(t.name()) + " (id, " + SnapshotCodec.quote(t.columns().get(1).name())
                                + ") VALUES (1, 'ada')"), false);
                    }
                });
    }

    Map<String, String> files() throws IOException {
        return GitMerges.files(folder);
    }

    static IndexDef index(String name, String column) {
        return IndexDef.onColumns(name, List.of(column), false, null);
    }

    @Test
    void anIndexOnAColumnTheTargetRenamedIndexesTheNewName() throws Exception {
        Path dbFile = repo.resolve("app.sqlite");
        mergeAfter(schema(users("name")), schema(users("name", index("users_name_idx", "name"))),
                schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())), dbFile);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        assertEquals(List.of("0000_init", "0001_main", "0002_feat"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals("CREATE INDEX `users_name_idx` ON `users` (`full_name`);", Files.readString(folder.sqlFile("0002_feat")).strip());
        SchemaDef merged = schema(users("full_name", index("users_name_idx", "full_name")));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(merged, folder));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "users_name_idx")), db.query("SELECT name FROM pragma_index_list('users')"));
            assertEquals(List.of(Map.of("name", "full_name")), db.query("SELECT name FROM pragma_index_info('users_name_idx')"));
            assertEquals(List.of(Map.of("full_name", "ada")), db.query("SELECT full_name FROM users"));
        }
    }

    @Test
    void aRenamedTableTheFeatureAltersAndReferencesIsFollowed() throws Exception {
        SchemaDef init = schema(users("name"));
        // feature: users gets an age column and an index on name; a new table posts references users(id)
        TableDef featUsers = table("users", List.of(id(), text("name"), ColumnDef.of("age", "integer")), List.of(index("users_name_idx", "name")), List.of());
        ForeignKeyDef fk = new ForeignKeyDef(ForeignKeyDef.defaultName("posts", List.of("author"), "users", List.of("id")), "posts", List.of("author"),
                "users", List.of("id"), FkAction.CASCADE, FkAction.NO_ACTION);
        TableDef posts = table("posts", List.of(id(), ColumnDef.of("author", "integer")), List.of(), List.of(fk));
        // main: users -> people, name -> full_name
        TableDef people = table("people", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of()).withRenamedFrom("users");
        Path dbFile = repo.resolve("app.sqlite");
        mergeAfter(init, schema(featUsers, posts), schema(people), dbFile);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        String sql = Files.readString(folder.sqlFile("0002_feat"));
        assertTrue(sql.contains("ALTER TABLE `people` ADD `age` integer;"), sql);
        assertTrue(sql.contains("CREATE INDEX `users_name_idx` ON `people` (`full_name`);"), sql);
        assertTrue(sql.contains("REFERENCES `people`(`id`)"), sql);
        assertTrue(!sql.contains("`users`") && !sql.contains("`name`"), sql);
        // the foreign key's default name follows the rename, as the schema code's does: drizzle-kit matches foreign keys by name,
        // and with "posts_author_users_id_fk" left in the snapshot its next generate rebuilt posts for nothing
        String snapshot = Files.readString(folder.snapshotFile("0002_feat"));
        assertTrue(snapshot.contains("\"posts_author_people_id_fk\"") && !snapshot.contains("posts_author_users_id_fk"), snapshot);
        SchemaDef merged = schema(table("people", List.of(id(), text("full_name"), ColumnDef.of("age", "integer")), List.of(index("users_name_idx", "full_name")),
                List.of()), table("posts", List.of(id(), ColumnDef.of("author", "integer")), List.of(), List.of(new ForeignKeyDef(
                ForeignKeyDef.defaultName("posts", List.of("author"), "people", List.of("id")), "posts", List.of("author"), "people", List.of("id"),
                FkAction.CASCADE, FkAction.NO_ACTION))));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(merged, folder));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO posts (id, author) VALUES (1, 1)"), false);
            assertEquals(List.of(Map.of("table", "people", "to", "id")), db.query("SELECT \"table\", \"to\" FROM pragma_foreign_key_list('posts')"));
        }
    }

    /**
     * The target renamed users -> people and name -> full_name in one migration. drizzle-kit records that column rename under the
     * table's new name ("people"."name"), as Godwit now does; earlier Godwit builds wrote the old one ("users"."name"). Read
     * either way, the feature's index lands on full_name; read only the old way, drizzle-kit's record was missed and the
     * rebase refused the index on a column that is gone.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\"people\".\"name\"", "\"users\".\"name\""})
    void aColumnRenamedWithItsTableIsFollowedWhicheverTableNameItsRecordUses(String recordedAs) throws Exception {
        SchemaDef init = schema(users("name"));
        TableDef featUsers = table("users", List.of(id(), text("name")), List.of(index("users_name_idx", "name")), List.of());
        TableDef people = table("people", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of()).withRenamedFrom("users");
        mergeAfter(init, schema(featUsers), schema(people), null);
        Path snapshot = folder.snapshotFile("0001_main");
        String text = Files.readString(snapshot);
        // the key as it stands in the JSON file
        java.util.function.Function<String, String> jsonKey = k -> "\"" + k.replace("\"", "\\\"") + "\": ";
        String written = List.of("\"people\".\"name\"", "\"users\".\"name\"").stream().map(jsonKey).filter(text::contains).findFirst().orElseThrow();
        Files.writeString(snapshot, text.replace(written, jsonKey.apply(recordedAs)));

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        String sql = Files.readString(folder.sqlFile("0002_feat"));
        assertEquals("CREATE INDEX `users_name_idx` ON `people` (`full_name`);", sql.strip());
        assertEquals(List.of(), Verifier.verify(schema(table("people", List.of(id(), text("full_name")), List.of(index("users_name_idx", "full_name")),
                List.of())), folder));
    }

    @Test
    void aForeignKeyToAColumnTheTargetRenamedReferencesTheNewName() throws Exception {
        TableDef usersU = table("users", List.of(id(), text("name")), List.of(IndexDef.onColumns("users_name_unique", List.of("name"), true, null)), List.of());
        ForeignKeyDef fk = new ForeignKeyDef("posts_author_users_name_fk", "posts", List.of("author"), "users", List.of("name"), FkAction.NO_ACTION,
                FkAction.NO_ACTION);
        TableDef posts = table("posts", List.of(id(), text("author")), List.of(), List.of(fk));
        TableDef renamed = table("users", List.of(id(), text("handle").withRenamedFrom("name")),
                List.of(IndexDef.onColumns("users_name_unique", List.of("handle"), true, null)), List.of());
        mergeAfter(schema(usersU), schema(usersU, posts), schema(renamed), null);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        String sql = Files.readString(folder.sqlFile("0002_feat"));
        assertTrue(sql.contains("REFERENCES `users`(`handle`)"), sql);
        SchemaDef merged = schema(table("users", List.of(id(), text("handle")), List.of(IndexDef.onColumns("users_name_unique", List.of("handle"), true, null)),
                List.of()), table("posts", List.of(id(), text("author")), List.of(), List.of(fk.withColumns(List.of("author"), List.of("handle")))));
        assertEquals(List.of(), Verifier.verify(merged, folder));
    }

    @Test
    void bothBranchesRenamingOneColumnDifferentlyIsRefused() throws Exception {
        mergeAfter(schema(users("name")), schema(table("users", List.of(id(), text("nick").withRenamedFrom("name")), List.of(), List.of())),
                schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())), null);
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertEquals("Cannot move 0001_feat after the target branch's migrations: both branches changed the same thing:\n"
                + "  - column \"users\".\"name\" is renamed to \"nick\" by 0001_feat but to \"full_name\" by the target branch\n"
                + "Resolve it by hand: take the target branch's migrations folder as it is (db:drop cannot edit a journal with conflict markers;"
                + " mid-merge or mid-rebase, git checkout --ours -- the conflicting files, the side marked <<<<<<< HEAD, and git rm the files of 0001_feat"
                + " and of any other migration only the moved branch has), keep your schema code and make it declare what both branches mean, run"
                + " mvn db:generate, and review the result. Nothing was written.",
                e.getMessage());
        assertEquals(before, files());
    }

    @Test
    void droppingAColumnTheTargetRenamedIsRefused() throws Exception {
        mergeAfter(schema(table("users", List.of(id(), text("name"), text("bio")), List.of(), List.of())), schema(users("bio")),
                schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name"), text("bio")), List.of(), List.of())), null);
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - 0001_feat drops column \"users\".\"name\", which the target branch renamed to \"full_name\"\n"), e.getMessage());
        assertEquals(before, files());
    }

    @Test
    void indexingAColumnTheTargetDroppedIsRefusedByName() throws Exception {
        mergeAfter(schema(table("users", List.of(id(), text("name"), text("bio")), List.of(), List.of())),
                schema(table("users", List.of(id(), text("name"), text("bio")), List.of(index("users_name_idx", "name")), List.of())),
                schema(users("bio")), null);
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - index \"users_name_idx\" of \"users\" (from 0001_feat) is on column \"name\", which the target branch"
                + " dropped\n"), e.getMessage());
        assertEquals(before, files());
    }

    /** Two target migrations rename name -> nick -> full_name: the index follows the whole chain. */
    @Test
    void aChainOfRenamesOnTheTargetIsFollowedToTheEnd() throws Exception {
        mergeSteps(g -> g.generate(schema(users("name")), folder, GenerateOptions.batch().withName("init")),
                g -> g.generate(schema(users("name", index("users_name_idx", "name"))), folder, GenerateOptions.batch().withName("feat")),
                g -> {
                    g.generate(schema(table("users", List.of(id(), text("nick").withRenamedFrom("name")), List.of(), List.of())), folder,
                            GenerateOptions.batch().withName("nick"));
                    g.generate(schema(table("users", List.of(id(), text("full_name").withRenamedFrom("nick")), List.of(), List.of())), folder,
                            GenerateOptions.batch().withName("full"));
                });

        assertEquals(List.of("0003_feat"), new Rebaser(engineLog).rebase(folder));
        assertEquals("CREATE INDEX `users_name_idx` ON `users` (`full_name`);", Files.readString(folder.sqlFile("0003_feat")).strip());
        assertEquals(List.of(), Verifier.verify(schema(users("full_name", index("users_name_idx", "full_name"))), folder));
    }

    /** Both branches made the same rename: nothing is left to move. */
    @Test
    void theSameRenameOnBothBranchesLeavesNothingToMove() throws Exception {
        SchemaDef renamed = schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of()));
        mergeAfter(schema(users("name")), renamed, renamed, null);
        assertEquals(List.of(), new Rebaser(engineLog).rebase(folder));
        assertEquals(List.of("0000_init", "0001_main"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals(List.of(), Verifier.verify(schema(users("full_name")), folder));
    }

    /** SQL text is not rewritten by guess: a check naming the old column is refused, by name. */
    @Test
    void aCheckThatNamesTheOldColumnIsRefused() throws Exception {
        TableDef checked = new TableDef("users", List.of(id(), text("name")), null, List.of(), List.of(),
                List.of(new dev.godwit.schema.model.CheckDef("name_not_empty", "length(\"name\") > 0")), null);
        mergeAfter(schema(users("name")), schema(checked),
                schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())), null);
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - check \"name_not_empty\" of \"users\" (from 0001_feat) names \"name\" in its SQL, which the target"
                + " branch renamed to \"full_name\"\n"), e.getMessage());
        assertEquals(before, files());
    }

    /** The feature adds a column under the name the target renamed another one to. */
    @Test
    void aNewColumnUnderTheTargetsNewNameIsRefused() throws Exception {
        mergeAfter(schema(users("name")), schema(table("users", List.of(id(), text("name"), text("full_name")), List.of(), List.of())),
                schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())), null);
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - column \"users\".\"full_name\" would stand twice: the target branch renamed a column to it and"
                + " 0001_feat adds one\n"), e.getMessage());
    }

    /** The feature rebuilds a table the target renamed (a column made NOT NULL) and renames another of its columns: both land on the new table. */
    @Test
    void aRebuildAndAColumnRenameOfARenamedTableLandOnItsNewName() throws Exception {
        SchemaDef init = schema(table("users", List.of(id(), text("name"), text("bio")), List.of(), List.of()));
        SchemaDef feature = schema(table("users", List.of(id(), text("name").withNotNull(true), text("about").withRenamedFrom("bio")), List.of(), List.of()));
        SchemaDef main = schema(table("people", List.of(id(), text("name"), text("bio")), List.of(), List.of()).withRenamedFrom("users"));
        Path dbFile = repo.resolve("app.sqlite");
        mergeAfter(init, feature, main, dbFile);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        String sql = Files.readString(folder.sqlFile("0002_feat"));
        assertTrue(sql.contains("ALTER TABLE `people` RENAME COLUMN \"bio\" TO \"about\";"), sql);
        assertTrue(sql.contains("`name` text NOT NULL"), sql);
        assertTrue(!sql.contains("`users`"), sql);
        SchemaDef merged = schema(table("people", List.of(id(), text("name").withNotNull(true), text("about")), List.of(), List.of()));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(merged, folder));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("id", 1L, "name", "ada")), db.query("SELECT id, name FROM people"));
        }
    }

    /**
     * A hand-written migration moves unchanged; when its SQL names a column the target renamed, the refusal says which and how
     * to fix it, instead of SQLite's bare "no such column" and advice to regenerate what cannot be generated.
     */
    @Test
    void aHandWrittenMigrationNamingARenamedColumnIsRefusedWithTheRename() throws Exception {
        mergeSteps(g -> g.generate(schema(users("name")), folder, GenerateOptions.batch().withName("init")),
                g -> {
                    g.generate(schema(users("name")), folder, GenerateOptions.batch().withName("seed").withCustom(true));
                    Files.writeString(folder.sqlFile("0001_seed"), Files.readString(folder.sqlFile("0001_seed")) + "\nINSERT INTO `users` (`name`) VALUES ('root');");
                },
                g -> g.generate(schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())), folder,
                        GenerateOptions.batch().withName("main")));
        Map<String, String> before = files();

        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().startsWith("After the rebase, 0002_seed.sql would fail on a database that has the migrations before it: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("0002_seed (was 0001_seed) is hand-written and moves unchanged, and its SQL still names what the"
                + " target branch renamed: \"users\".\"name\" (now \"users\".\"full_name\"; line 3). Write the new names in drizzle/0001_seed.sql"
                + " (it will run after the target branch's migrations), then run mvn db:rebase again. Nothing was written."), e.getMessage());
        assertEquals(before, files());
    }

    /**
     * The target renamed the table and one of its columns, and a hand-written migration names both, on several lines. The refusal
     * said "its SQL names "users", which the target branch renamed to "people"; "users"."name", ... Change it to the new name":
     * one "it" for two names and no line. It now lists each old name with its new one and the lines that use it.
     */
    @Test
    void aHandWrittenMigrationNamingARenamedTableAndColumnIsRefusedWithEachNameAndLine() throws Exception {
        mergeSteps(g -> g.generate(schema(users("name")), folder, GenerateOptions.batch().withName("init")),
                g -> {
                    g.generate(schema(users("name")), folder, GenerateOptions.batch().withName("seed").withCustom(true));
                    Files.writeString(folder.sqlFile("0001_seed"), Files.readString(folder.sqlFile("0001_seed"))
                            + "\nINSERT INTO `users` (`name`) VALUES ('root');\n-- the admin\nUPDATE users SET name = 'Root' WHERE id = 1;\n");
                },
                g -> g.generate(schema(table("people", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())
                                .withRenamedFrom("users")), folder, GenerateOptions.batch().withName("main")));
        Map<String, String> before = files();

        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertEquals("After the rebase, 0002_seed.sql would fail on a database that has the migrations before it: [SQLITE_ERROR] SQL error or"
                + " missing database (no such table: users). 0002_seed (was 0001_seed) is hand-written and moves unchanged, and its SQL still"
                + " names what the target branch renamed: \"users\" (now \"people\"; lines 3, 5), \"users\".\"name\" (now \"people\".\"full_name\";"
                + " lines 3, 5). Write the new names in drizzle/0001_seed.sql (it will run after the target branch's migrations), then run"
                + " mvn db:rebase again. Nothing was written.", e.getMessage());
        assertEquals(before, files());
    }

    /**
     * SQLite creates a trigger without resolving its body, so a hand-written trigger that names a column the target renamed
     * replays and moves; the warning names the old name, the new one, the line and the file to change (the moved one).
     */
    @Test
    void aHandWrittenTriggerNamingARenamedColumnMovesWithAWarningThatSaysWhere() throws Exception {
        mergeSteps(g -> g.generate(schema(users("name")), folder, GenerateOptions.batch().withName("init")),
                g -> {
                    g.generate(schema(users("name")), folder, GenerateOptions.batch().withName("seed").withCustom(true));
                    Files.writeString(folder.sqlFile("0001_seed"), Files.readString(folder.sqlFile("0001_seed"))
                            + "\nCREATE TRIGGER users_touch AFTER UPDATE ON users BEGIN\n  UPDATE users SET name = upper(name) WHERE id = new.id;\nEND;\n");
                },
                g -> g.generate(schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())), folder,
                        GenerateOptions.batch().withName("main")));

        assertEquals(List.of("0002_seed"), new Rebaser(engineLog).rebase(folder));
        assertTrue(log.contains("WARN 0002_seed (was 0001_seed) is a hand-written migration: moved unchanged. Review it: it now runs after the"
                + " target branch's migrations. Its SQL still names what the target branch renamed: \"users\".\"name\" (now \"users\".\"full_name\";"
                + " line 4); write the new names in drizzle/0002_seed.sql."), log.toString());
        assertTrue(Files.readString(folder.sqlFile("0002_seed")).contains("SET name = upper(name)"), "moved unchanged");
    }

    /** The other way round: the moved migration renames a column the target indexed; the index follows, as SQLite's RENAME COLUMN makes it. */
    @Test
    void aRenameInTheMovedMigrationCarriesTheTargetsIndex() throws Exception {
        Path dbFile = repo.resolve("app.sqlite");
        mergeAfter(schema(users("name")), schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())),
                schema(users("name", index("users_name_idx", "name"))), dbFile);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        assertEquals("ALTER TABLE `users` RENAME COLUMN \"name\" TO \"full_name\";", Files.readString(folder.sqlFile("0002_feat")).strip());
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(users("full_name", index("users_name_idx", "full_name"))), folder));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "full_name")), db.query("SELECT name FROM pragma_index_info('users_name_idx')"));
        }
    }

    /** A view the feature adds over a table the target renamed: its SQL is not rewritten by guess, and the refusal names it. */
    @Test
    void aViewOverARenamedTableIsRefused() throws Exception {
        SchemaDef withView = new SchemaDef(List.of(users("name")), List.of(new dev.godwit.schema.model.ViewDef("named", "select id, name from users", false, null)));
        mergeAfter(schema(users("name")), withView, schema(table("people", List.of(id(), text("name")), List.of(), List.of()).withRenamedFrom("users")), null);
        Map<String, String> before = files();
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - view \"named\" (from 0001_feat) names \"users\" in its SQL, which the target branch renamed to \"people\"\n"),
                e.getMessage());
        assertEquals(before, files());
    }

    /**
     * A view the feature adds over another table that has a column of the same name as one the target renamed elsewhere
     * (products.name; main renamed users.name): the view does not read users, so nothing in it is stale. It was refused
     * ('names "name" in its SQL'), as every column rename of every table was looked for in every new view.
     */
    @Test
    void aViewOverAnotherTableWithAColumnOfARenamedColumnsNameMoves() throws Exception {
        TableDef products = table("products", List.of(id(), text("name")), List.of(), List.of());
        SchemaDef init = schema(users("name"), products);
        SchemaDef withView = new SchemaDef(List.of(users("name"), products),
                List.of(new dev.godwit.schema.model.ViewDef("product_names", "select id, name from products", false, null)));
        mergeAfter(init, withView, schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of()), products), null);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        SchemaDef merged = new SchemaDef(List.of(users("full_name"), products),
                List.of(new dev.godwit.schema.model.ViewDef("product_names", "select id, name from products", false, null)));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(merged, folder));
    }

    /**
     * A check the feature adds on products' column "category", while main renamed the table "category" to "categories": a
     * CHECK reads only its own table's columns, so the word is the column. It was refused ('names "category" in its SQL'),
     * as every table rename was looked for in every new check, index expression and generated column.
     */
    @Test
    void aCheckOnAColumnNamedLikeATableTheTargetRenamedMoves() throws Exception {
        TableDef category = table("category", List.of(id(), text("name")), List.of(), List.of());
        TableDef products = table("products", List.of(id(), text("category")), List.of(), List.of());
        TableDef checked = products.withChecks(List.of(new dev.godwit.schema.model.CheckDef("products_category_chk", "category <> ''")));
        mergeAfter(schema(category, products), schema(category, checked),
                schema(table("categories", List.of(id(), text("name")), List.of(), List.of()).withRenamedFrom("category"), products), null);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        assertEquals(List.of(), FolderCheck.problems(folder));
        assertEquals(List.of(), Verifier.verify(schema(table("categories", List.of(id(), text("name")), List.of(), List.of()), checked), folder));
    }

    /**
     * The moved migration only renames a column whose definition the target changed (made NOT NULL): both changes hold, so
     * the rename is kept on the target's column. It was refused as "the target branch changed it".
     */
    @Test
    void aRenameOfAColumnTheTargetChangedKeepsTheTargetsDefinition() throws Exception {
        Path dbFile = repo.resolve("app.sqlite");
        mergeAfter(schema(users("name")), schema(table("users", List.of(id(), text("full_name").withRenamedFrom("name")), List.of(), List.of())),
                schema(table("users", List.of(id(), text("name").withNotNull(true)), List.of(), List.of())), dbFile);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        assertEquals("ALTER TABLE `users` RENAME COLUMN \"name\" TO \"full_name\";", Files.readString(folder.sqlFile("0002_feat")).strip());
        assertEquals(List.of(), Verifier.verify(schema(table("users", List.of(id(), text("full_name").withNotNull(true)), List.of(), List.of())), folder));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("full_name", "ada")), db.query("SELECT full_name FROM users"));
        }
    }

    /** Renamed on one branch and changed on the other differently than renamed on this one: still refused, named. */
    @Test
    void aRenameThatAlsoChangesAColumnTheTargetChangedIsRefused() throws Exception {
        mergeAfter(schema(users("name")), schema(table("users", List.of(id(), ColumnDef.of("full_name", "integer").withRenamedFrom("name")), List.of(),
                List.of())), schema(table("users", List.of(id(), text("name").withNotNull(true)), List.of(), List.of())), null);
        RebaseException e = assertThrows(RebaseException.class, () -> new Rebaser(engineLog).rebase(folder));
        assertTrue(e.getMessage().contains("  - column \"users\".\"name\" is renamed to \"full_name\" by 0001_feat but the target branch changed it\n"),
                e.getMessage());
    }

    /** The moved migration only renames a table the target added a column to: the table keeps the column under its new name. */
    @Test
    void aRenameOfATableTheTargetChangedKeepsTheTargetsChange() throws Exception {
        Path dbFile = repo.resolve("app.sqlite");
        mergeAfter(schema(users("name")), schema(table("members", List.of(id(), text("name")), List.of(), List.of()).withRenamedFrom("users")),
                schema(table("users", List.of(id(), text("name"), text("email")), List.of(), List.of())), dbFile);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        assertEquals("ALTER TABLE `users` RENAME TO `members`;", Files.readString(folder.sqlFile("0002_feat")).strip());
        assertEquals(List.of(), Verifier.verify(schema(table("members", List.of(id(), text("name"), text("email")), List.of(), List.of())), folder));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "ada")), db.query("SELECT name FROM members"));
        }
    }

    /** Renamed and changed on the feature, changed on the target: merged column by column under the new name. */
    @Test
    void aRenamedAndChangedTableTheTargetChangedIsMergedColumnByColumn() throws Exception {
        Path dbFile = repo.resolve("app.sqlite");
        mergeAfter(schema(users("name")),
                schema(table("members", List.of(id(), text("name"), ColumnDef.of("age", "integer")), List.of(), List.of()).withRenamedFrom("users")),
                schema(table("users", List.of(id(), text("name"), text("email")), List.of(), List.of())), dbFile);

        assertEquals(List.of("0002_feat"), new Rebaser(engineLog).rebase(folder));
        String sql = Files.readString(folder.sqlFile("0002_feat"));
        assertTrue(sql.contains("ALTER TABLE `users` RENAME TO `members`;") && sql.contains("ALTER TABLE `members` ADD `age` integer;"), sql);
        assertEquals(List.of(), Verifier.verify(schema(table("members", List.of(id(), text("name"), text("email"), ColumnDef.of("age", "integer")),
                List.of(), List.of())), folder));
        try (SqliteDatabase db = SqliteDatabase.open(dbFile)) {
            new Migrator(db, HistoryTable.forName(HistoryTable.DRIZZLE_DEFAULT), EngineLog.SILENT).apply(folder.migrations(), ApplyOptions.defaults());
            assertEquals(List.of(Map.of("name", "ada")), db.query("SELECT name FROM members WHERE age IS NULL AND email IS NULL"));
        }
    }
}
