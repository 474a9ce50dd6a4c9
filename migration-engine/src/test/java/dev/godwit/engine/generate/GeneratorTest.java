package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.GodwitException;
import dev.godwit.engine.diff.AmbiguousRenameException;
import dev.godwit.engine.diff.Change;
import dev.godwit.engine.folder.Checksums;
import dev.godwit.engine.folder.JsonText;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.folder.Snapshot;
import dev.godwit.schema.model.CheckDef;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.DefaultValue;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    @TempDir
    Path dir;

    final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    static SchemaDef users(ColumnDef... extra) {
        List<ColumnDef> cols = new java.util.ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true).withAutoincrement(true),
                ColumnDef.of("name", "text").withNotNull(true)));
        cols.addAll(List.of(extra));
        return new SchemaDef(List.of(new TableDef("users", cols, null, List.of(), List.of(), List.of(), null)), List.of());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    /**
     * The checksum of the snapshot a migration was diffed from (from=) was taken from the file read a second time, after the diff: an
     * edit in between (another editor, a git checkout) was recorded as what the SQL was diffed from, and db:verify then took the
     * new snapshot as vouched for. It is the checksum of the text the diff read.
     */
    @Test
    void theDiffedFromChecksumIsOfTheTextTheDiffRead() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(), folder, GenerateOptions.batch().withName("init"));
        Path snap = folder.snapshotFile("0000_init");
        String diffedFrom = Files.readString(snap);
        String edited = diffedFrom.replace("\"name\": \"name\"", "\"name\": \"nickname\"");
        // the schema is asked for once the folder's latest snapshot is read: the edit lands between the diff's read and any later one
        generator.generate(() -> {
            try {
                Files.writeString(snap, edited);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return users(ColumnDef.of("age", "integer"));
        }, folder, GenerateOptions.batch().withName("age"));
        assertTrue(Files.readString(folder.sqlFile("0001_age")).contains("ALTER TABLE `users` ADD `age` integer;"), Files.readString(folder.sqlFile("0001_age")));
        String[] record = folder.recordedSnapshot(folder.migrations().get(1).entry());
        assertEquals(MigrationsFolder.snapshotSum(diffedFrom), record[1]);
        assertFalse(record[1].equals(MigrationsFolder.snapshotSumOf(snap)), "the edited file is not what was diffed from");
        assertEquals(MigrationsFolder.snapshotSumOf(folder.snapshotFile("0001_age")), record[0]);
    }

    @Test
    void firstGenerateWritesDrizzleKitsFiles() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        GenerateResult r = generator.generate(users(), folder, GenerateOptions.batch().withName("init"));
        assertTrue(r.written());
        assertEquals(List.of("drizzle/0000_init.sql", "drizzle/meta/0000_snapshot.json", "drizzle/meta/_journal.json", "drizzle/meta/_sums/0000_init.sha256"), files());
        // What it says it wrote (for the up-to-date record): exactly those files, and nothing removed.
        assertEquals(List.of(folder.sqlFile("0000_init"), folder.snapshotFile("0000_init"), folder.sumFile("0000_init"), folder.journalFile()),
                r.filesWritten());
        assertEquals(List.of(), r.filesRemoved());
        String sql = Files.readString(folder.sqlFile("0000_init"));
        assertEquals("CREATE TABLE `users` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`name` text NOT NULL\n);\n", sql);
        assertEquals("{\n  \"version\": \"7\",\n  \"dialect\": \"sqlite\",\n  \"entries\": [\n    {\n      \"idx\": 0,\n      \"version\": \"6\",\n"
                + "      \"when\": 1800000000000,\n      \"tag\": \"0000_init\",\n      \"breakpoints\": true\n    }\n  ]\n}", Files.readString(folder.journalFile()));
        Snapshot snap = folder.latestSnapshot().orElseThrow();
        assertEquals(Snapshot.ORIGIN, snap.prevId());
        assertEquals(users(), snap.schema());
        String snapText = Files.readString(folder.snapshotFile("0000_init"));
        assertTrue(snapText.startsWith("{\n  \"version\": \"6\",\n  \"dialect\": \"sqlite\",\n  \"id\": \""), snapText);
        assertFalse(snapText.endsWith("\n"), "drizzle-kit writes no trailing newline");
        assertEquals(Checksums.sha256Hex(sql), folder.readSum("0000_init"));
    }

    /**
     * After pulling Chinook, a change adding a column to "Invoice" (ALTER TABLE ADD), an index (CREATE INDEX) and a new ON
     * DELETE action on "InvoiceLine"'s key listed all four changes under "It rebuilds tables ... for these 4 changes:", the
     * ADD COLUMN and the CREATE INDEX among them, though only the key's action called for a rebuild (red team, round 51). It
     * lists the changes that call for one; a table rebuilt for its keys alone is named as such.
     */
    @Test
    void theRebuildIsExplainedByTheChangesThatCallForItOnly() throws Exception {
        java.util.function.Function<Boolean, SchemaDef> chinook = changed -> dev.godwit.engine.yaml.YamlSchemaReader.read("tables:\n"
                + "  - name: Invoice\n    columns:\n      - {name: InvoiceId, type: integer, primaryKey: true}\n"
                + "      - {name: Total, type: numeric}\n"
                + (changed ? "      - {name: Note, type: text}\n" : "")
                + (changed ? "    indexes:\n      - {name: Invoice_Total_idx, columns: [Total]}\n" : "")
                + "  - name: InvoiceLine\n    columns:\n      - {name: InvoiceLineId, type: integer, primaryKey: true}\n"
                + "      - {name: InvoiceId, type: integer, notNull: true, references: {table: Invoice, column: InvoiceId"
                + (changed ? ", onDelete: cascade" : "") + "}}\n"
                + "      - {name: Quantity, type: integer}\n"
                + (changed ? "      - {name: Discount, type: real}\n" : ""), "schema.yaml");
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(chinook.apply(false), folder, GenerateOptions.batch().withName("pulled"));
        GenerateResult r = generator.generate(chinook.apply(true), folder, GenerateOptions.batch().withName("cascade"));
        assertTrue(r.sql().contains("CREATE TABLE `__new_InvoiceLine`"), r.sql());
        assertTrue(r.sql().contains("ALTER TABLE `Invoice` ADD `Note` text;"), r.sql());
        assertEquals(List.of("add foreign key \"InvoiceLine\"[InvoiceId] -> \"Invoice\"[InvoiceId] on delete cascade",
                "drop foreign key \"InvoiceLine\"[InvoiceId] -> \"Invoice\"[InvoiceId]"), r.rebuilds());
        assertEquals(r.rebuilds(), dev.godwit.engine.daemon.GenerateReport.of(r, 0).explained());

        // a table keyed to two rebuilt ones is rebuilt too, for no change of its own: named as such, after the changes
        java.util.function.Function<Boolean, SchemaDef> two = checked -> dev.godwit.engine.yaml.YamlSchemaReader.read("tables:\n"
                + "  - name: a\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + (checked ? "    checks: [{name: a_id, expression: \"id > 0\"}]\n" : "")
                + "  - name: b\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + (checked ? "    checks: [{name: b_id, expression: \"id > 0\"}]\n" : "")
                + "  - name: c\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: a_id, type: integer, references: {table: a, column: id}}\n"
                + "      - {name: b_id, type: integer, references: {table: b, column: id}}\n", "schema.yaml");
        MigrationsFolder other = MigrationsFolder.at(dir.resolve("other"));
        generator.generate(two.apply(false), other, GenerateOptions.batch().withName("init"));
        GenerateResult both = generator.generate(two.apply(true), other, GenerateOptions.batch().withName("checked"));
        assertTrue(both.sql().contains("CREATE TABLE `__old_c` AS SELECT * FROM `c`;"), both.sql());
        assertEquals(List.of("add check \"a_id\" on \"a\"", "add check \"b_id\" on \"b\"",
                "rebuild \"c\" too, for its foreign keys to tables this migration rebuilds or creates"), both.rebuilds());
    }

    /**
     * Two db:generate at once on one folder (two terminals, an IDE's beside the user's; threads of Godwit's daemon): the second
     * to write read the latest snapshot before the first wrote, so its migration repeats the first's changes. It wrote
     * 0002 as a copy of 0001 (ALTER TABLE ADD the same column twice), both runs said "Wrote", and the folder then failed every
     * check ("two branches each generated a migration from the same state"). Now it writes nothing and says why.
     */
    @Test
    void aMigrationWrittenMeanwhileByAnotherGenerateIsNotRepeated() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(), folder, GenerateOptions.batch().withName("init"));
        SchemaDef next = users(ColumnDef.of("email", "text"));
        // The schema is asked for after the folder was read: the other run writes its migration right then.
        var e = assertThrows(GodwitException.class, () -> generator.generate(() -> {
            new Generator().generate(next, folder, GenerateOptions.batch().withName("other"));
            return next;
        }, folder, GenerateOptions.batch().withName("mine")));
        assertTrue(e.getMessage().contains("drizzle/meta/_journal.json changed while this db:generate ran (0001_other written meanwhile"), e.getMessage());
        assertEquals(List.of("drizzle/0000_init.sql", "drizzle/0001_other.sql", "drizzle/meta/0000_snapshot.json", "drizzle/meta/0001_snapshot.json",
                "drizzle/meta/_journal.json", "drizzle/meta/_sums/0000_init.sha256", "drizzle/meta/_sums/0001_other.sha256"), files());
        assertFalse(generator.generate(next, folder, GenerateOptions.batch()).written(), "the folder holds the schema");
    }

    /** drizzle-kit reads the last of meta/'s snapshots by name as the latest: a 0001_ after a timestamped migration would be older. */
    @Test
    void continuesTheFolderInDrizzleKitsTimestampAndUnixPrefixes() throws Exception {
        for (String[] c : new String[][] {
                {"20280101000000_init", "20280101000001_bio", "meta/20280101000001_snapshot.json"},   // the clock is earlier: last + 1 s
                {"20240101000000_init", "20270115080000_bio", "meta/20270115080000_snapshot.json"},   // the clock's time, UTC
                {"1796539605_init", "1800000000_bio", "meta/1800000000_snapshot.json"},
                {"1900000000_init", "1900000001_bio", "meta/1900000001_snapshot.json"}}) {
            MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle-" + c[0]));
            generator.generate(users(), folder, GenerateOptions.batch().withName("init"));
            // as drizzle-kit with migrations.prefix "timestamp" / "unix" names its first migration
            Path sql = folder.sqlFile("0000_init"), snap = folder.snapshotFile("0000_init");
            Files.move(sql, folder.sqlFile(c[0]));
            Files.move(snap, folder.snapshotFile(c[0]));
            Files.move(folder.sumFile("0000_init"), folder.sumFile(c[0]));
            Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("0000_init", c[0]));
            GenerateResult r = generator.generate(users(ColumnDef.of("bio", "text")), folder, GenerateOptions.batch().withName("bio"));
            assertEquals(c[1], r.tag(), c[0]);
            assertTrue(Files.exists(folder.dir().resolve(c[2])), c[2]);
            assertEquals(1, folder.latestSnapshot().orElseThrow().schema().tables().get(0).columns().stream()
                    .filter(col -> col.name().equals("bio")).count());
        }
        // 1_800_000_000_000 ms is 2027-01-15T08:00:00Z
        assertEquals("20270115080000", java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC)
                .format(Instant.ofEpochMilli(1_800_000_000_000L)));
    }

    /** drizzle-kit with casing: 'snake_case' names an unnamed unique after the TypeScript key: declared unnamed here, only the name differs. */
    @Test
    void anIndexOnlyRenamedIsSaidWithTheDeclarationThatKeepsTheName() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        java.util.function.Function<String, SchemaDef> withUnique = n -> {
            TableDef t = users().tables().get(0);
            return new SchemaDef(List.of(new TableDef("users", t.columns(), null,
                    List.of(new dev.godwit.schema.model.IndexDef(n, List.of(dev.godwit.schema.model.IndexDef.Key.column("name")), true, null)),
                    List.of(), List.of(), null)), List.of());
        };
        generator.generate(withUnique.apply("users_fullName_unique"), folder, GenerateOptions.batch().withName("init"));
        // a rename of one's own is not said
        assertEquals(List.of(), generator.generate(withUnique.apply("users_n_uq"), folder, GenerateOptions.batch().withName("own")).warnings());
        generator.generate(withUnique.apply("users_fullName_unique"), folder, GenerateOptions.batch().withName("back"));
        GenerateResult r = generator.generate(withUnique.apply("users_full_name_unique"), folder, GenerateOptions.batch().withName("renamed"));
        assertEquals(List.of("Index \"users_fullName_unique\" on \"users\" is dropped and created again as \"users_full_name_unique\" over the same keys:"
                + " only its name changes (drizzle-kit with casing: 'snake_case' names an unnamed unique after the TypeScript keys)."
                + " To keep the folder's name, declare it: .unique(\"users_fullName_unique\") on the column (YAML: unique:"
                + " users_fullName_unique), or unique(\"users_fullName_unique\").on(...) (YAML: name: users_fullName_unique)."), r.warnings());
    }

    @Test
    void noChangesWritesNothing() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(), folder, GenerateOptions.batch());
        List<String> before = files();
        GenerateResult r = generator.generate(users(), folder, GenerateOptions.batch());
        assertFalse(r.written());
        assertEquals(before, files());
    }

    /**
     * A drizzle-kit folder's CHECK and partial index's WHERE name their columns {@code "users"."name"}; ported to Java with
     * {@code col.sql()} they read {@code "name"}, which is no change. The next snapshot keeps the folder's
     * words: written in the new ones, drizzle-kit's next generate (a teammate still on it, or a team going back) dropped and
     * created the index, and rebuilt the table for the CHECK, whose DROP TABLE under drizzle-orm's migrate() cascades to the
     * children's rows.
     */
    @Test
    void theNextSnapshotKeepsTheFoldersWordingOfExpressionsTheDiffFindsUnchanged() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        java.util.function.BiFunction<String, ColumnDef[], SchemaDef> schema = (q, extra) -> {
            List<ColumnDef> cols = new java.util.ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                    ColumnDef.of("name", "text").withNotNull(true)));
            cols.addAll(List.of(extra));
            var idx = new dev.godwit.schema.model.IndexDef("users_name_idx", List.of(dev.godwit.schema.model.IndexDef.Key.column("id"),
                    dev.godwit.schema.model.IndexDef.Key.expression("lower(\"name\")")), false, q + "\"name\" <> ''");
            return new SchemaDef(List.of(new TableDef("users", cols, null, List.of(idx), List.of(),
                    List.of(new CheckDef("users_name_len", "length(" + q + "\"name\") > 0")), null)), List.of());
        };
        generator.generate(schema.apply("\"users\".", new ColumnDef[0]), folder, GenerateOptions.batch().withName("init"));   // as drizzle-kit words it
        assertFalse(generator.generate(schema.apply("", new ColumnDef[0]), folder, GenerateOptions.batch()).written(), "the Java port is no change");

        GenerateResult r = generator.generate(schema.apply("", new ColumnDef[] {ColumnDef.of("bio", "text")}), folder, GenerateOptions.batch().withName("bio"));
        assertEquals("ALTER TABLE `users` ADD `bio` text;", r.sql());
        assertEquals(schema.apply("\"users\".", new ColumnDef[] {ColumnDef.of("bio", "text")}), folder.latestSnapshot().orElseThrow().schema(),
                "the unchanged CHECK and index keep the folder's words");
        String text = Files.readString(folder.snapshotFile("0001_bio"));
        assertTrue(text.contains("length(\\\"users\\\".\\\"name\\\") > 0"), text);

        // A real change to them is written as the schema words it.
        generator.generate(new SchemaDef(List.of(new TableDef("users", List.of(ColumnDef.of("id", "integer").withPrimaryKey(true),
                ColumnDef.of("name", "text").withNotNull(true), ColumnDef.of("bio", "text")), null, List.of(), List.of(),
                List.of(new CheckDef("users_name_len", "length(\"name\") > 1")), null)), List.of()), folder,
                GenerateOptions.batch().withName("len").withAcceptDataLoss(true));
        assertEquals(List.of(new CheckDef("users_name_len", "length(\"name\") > 1")),
                folder.latestSnapshot().orElseThrow().schema().table("users").orElseThrow().checks());
    }

    @Test
    void incrementalMigrationChainsSnapshotsAndJournal() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(), folder, GenerateOptions.batch().withName("init"));
        String firstId = folder.latestSnapshot().orElseThrow().id();
        GenerateResult r = generator.generate(users(ColumnDef.of("bio", "text"), ColumnDef.of("active", "integer").withNotNull(true).withDefault(DefaultValue.bool(true))),
                folder, GenerateOptions.batch().withName("bio"));
        assertEquals("0001_bio", r.tag());
        assertEquals("ALTER TABLE `users` ADD `bio` text;--> statement-breakpoint\nALTER TABLE `users` ADD `active` integer DEFAULT true NOT NULL;", r.sql());
        assertEquals(firstId, folder.latestSnapshot().orElseThrow().prevId());
        var journal = folder.readJournal();
        assertEquals(2, journal.entries().size());
        assertEquals(1_800_000_000_001L, journal.entries().get(1).when(), "when increases strictly even on a fixed clock");
    }

    @Test
    void declaredRenameBecomesRenameColumnAndIsRecordedInMeta() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("email", "text")), folder, GenerateOptions.batch());
        GenerateResult r = generator.generate(users(ColumnDef.of("mail", "text").withRenamedFrom("email")), folder, GenerateOptions.batch());
        assertEquals("ALTER TABLE `users` RENAME COLUMN \"email\" TO \"mail\";", r.sql());
        String snap = Files.readString(folder.snapshotFile(r.tag()));
        assertTrue(snap.contains("\"columns\": {\n      \"\\\"users\\\".\\\"email\\\"\": \"\\\"users\\\".\\\"mail\\\"\"\n    }"), snap);
    }

    /**
     * A table and one of its columns renamed in one migration: drizzle-kit 0.31 records the column under the table's new name on
     * both sides (its snapshot of users -> members, email -> login, from the oracle case f11_long_history_rows_every_step).
     */
    @Test
    void aColumnRenamedWithItsTableIsRecordedInMetaUnderTheNewTableNameAsDrizzleKitDoes() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("email", "text")), folder, GenerateOptions.batch());
        TableDef members = users(ColumnDef.of("login", "text").withRenamedFrom("email")).tables().get(0).withName("members").withRenamedFrom("users");
        GenerateResult r = generator.generate(new SchemaDef(List.of(members), List.of()), folder, GenerateOptions.batch());
        String snap = Files.readString(folder.snapshotFile(r.tag()));
        assertTrue(snap.contains("  \"_meta\": {\n    \"schemas\": {},\n    \"tables\": {\n      \"\\\"users\\\"\": \"\\\"members\\\"\"\n    },\n"
                + "    \"columns\": {\n      \"\\\"members\\\".\\\"email\\\"\": \"\\\"members\\\".\\\"login\\\"\"\n    }\n  },"), snap);
    }

    /**
     * A rename that only changes case ({@code Email} to {@code email}, {@code Users} to {@code users}), with its renamedFrom left
     * in the schema as after any rename: the next generate has nothing to do. It was refused as a swap ("email" renamedFrom
     * "email"), since the declared old name, matched case-insensitively, is the column itself, so every later generate failed.
     */
    @Test
    void aCaseOnlyRenameLeftDeclaredIsNoChangeNextTime() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef v0 = new SchemaDef(List.of(users(ColumnDef.of("Email", "text")).tables().get(0).withName("Users")), List.of());
        generator.generate(v0, folder, GenerateOptions.batch());
        SchemaDef v1 = new SchemaDef(List.of(users(ColumnDef.of("email", "text").withRenamedFrom("Email")).tables().get(0).withName("users")
                .withRenamedFrom("Users")), List.of());
        GenerateResult r = generator.generate(v1, folder, GenerateOptions.batch());
        assertTrue(r.written());
        assertTrue(r.sql().contains("RENAME COLUMN \"Email\" TO \"email\""), r.sql());
        GenerateResult again = generator.generate(v1, folder, GenerateOptions.batch());
        assertFalse(again.written(), again.sql());
    }

    /**
     * SQLite's names ignore ASCII case, so {@code renamedFrom("EMAIL")} or a table {@code renamedFrom("USERS")} means the
     * snapshot's {@code email} / {@code users}: it was ignored, and batch mode then refused the drop (or the terminal asked).
     */
    @Test
    void aRenamedFromSpelledInAnotherCaseNamesTheSnapshotsTableOrColumn() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("email", "text")), folder, GenerateOptions.batch());
        GenerateResult r = generator.generate(users(ColumnDef.of("mail", "text").withRenamedFrom("EMAIL")), folder, GenerateOptions.batch());
        assertEquals("ALTER TABLE `users` RENAME COLUMN \"email\" TO \"mail\";", r.sql());
        SchemaDef renamed = new SchemaDef(List.of(users(ColumnDef.of("mail", "text")).tables().get(0).withName("people").withRenamedFrom("Users")), List.of());
        GenerateResult t = generator.generate(renamed, folder, GenerateOptions.batch());
        assertEquals("ALTER TABLE `users` RENAME TO `people`;", t.sql());
    }

    @Test
    void ambiguousRenameInBatchModeFailsAndWritesNothing() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("email", "text")), folder, GenerateOptions.batch());
        List<String> before = files();
        AmbiguousRenameException e = assertThrows(AmbiguousRenameException.class,
                () -> generator.generate(users(ColumnDef.of("mail", "text")), folder, GenerateOptions.batch()));
        assertTrue(e.getMessage().contains("column \"users\".\"mail\" appeared and \"email\" disappeared from table \"users\""), e.getMessage());
        assertTrue(e.getMessage().contains("renamedFrom(\"old_name\")"), e.getMessage());
        // a run without -B whose input is piped has no terminal either: "batch mode" alone did not say why it could not ask
        assertTrue(e.getMessage().startsWith("Cannot tell a rename from a drop plus a create, and this run cannot ask (batch mode, -B, or no terminal"
                + " to answer at):"), e.getMessage());
        assertTrue(e.getMessage().contains("say both: -Ddb.notRenames=users.mail (these are not renames) and -Ddb.acceptDataLoss"), e.getMessage());
        assertEquals(before, files());
        GenerateResult r = generator.generate(users(ColumnDef.of("mail", "text")), folder,
                GenerateOptions.batch().withAcceptDataLoss(true).withNotRenames(Set.of("users.mail")));
        assertEquals("ALTER TABLE `users` ADD `mail` text;--> statement-breakpoint\nALTER TABLE `users` DROP COLUMN `email`;", r.sql());
        assertEquals(List.of("drop column \"users\".\"email\" and its values"), r.changes().stream().filter(Change::destructive).map(Change::describe).toList());
    }

    /**
     * A red-team: a column display_name declared renamedFrom("fullname") for the snapshot's full_name (a typo of the old name) was taken for a
     * declaration left over from an earlier migration, and the batch refusal told the user to declare the renamedFrom they had
     * declared. It now names their declaration and the old name it meant; corrected, the rename is written.
     */
    @Test
    void aRenamedFromNamingNothingInTheSnapshotIsNamedInTheRenameRefusal() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("full_name", "text")), folder, GenerateOptions.batch());
        List<String> before = files();
        AmbiguousRenameException e = assertThrows(AmbiguousRenameException.class,
                () -> generator.generate(users(ColumnDef.of("display_name", "text").withRenamedFrom("fullname")), folder, GenerateOptions.batch()));
        assertTrue(e.getMessage().contains("column \"users\".\"display_name\" appeared and \"full_name\" disappeared from table \"users\": its"
                + " renamedFrom(\"fullname\") names no column of \"users\" in the last snapshot, so it declares no rename; if it is column"
                + " \"full_name\" renamed, write renamedFrom(\"full_name\")"), e.getMessage());
        assertEquals(before, files());
        SchemaDef people = new SchemaDef(List.of(users(ColumnDef.of("full_name", "text")).tables().get(0).withName("people").withRenamedFrom("user")),
                List.of());
        AmbiguousRenameException t = assertThrows(AmbiguousRenameException.class, () -> generator.generate(people, folder, GenerateOptions.batch()));
        assertTrue(t.getMessage().contains("table \"people\" appeared and \"users\" disappeared: its renamedFrom(\"user\") names no table in the"
                + " last snapshot, so it declares no rename; if it is table \"users\" renamed, write renamedFrom(\"users\")"), t.getMessage());
        GenerateResult r = generator.generate(users(ColumnDef.of("display_name", "text").withRenamedFrom("full_name")), folder, GenerateOptions.batch());
        assertEquals("ALTER TABLE `users` RENAME COLUMN \"full_name\" TO \"display_name\";", r.sql());
    }

    @Test
    void acceptDataLossAloneDoesNotSettleARenameQuestion() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("email", "text")), folder, GenerateOptions.batch());
        List<String> before = files();
        assertThrows(AmbiguousRenameException.class,
                () -> generator.generate(users(ColumnDef.of("mail", "text")), folder, GenerateOptions.batch().withAcceptDataLoss(true)));
        assertEquals(before, files());
        // The rename question settled, the drop still needs its own acknowledgement.
        DataLossException loss = assertThrows(DataLossException.class, () -> generator.generate(users(ColumnDef.of("mail", "text")), folder,
                GenerateOptions.batch().withNotRenames(Set.of("users.mail"))));
        assertTrue(loss.getMessage().contains("drop column \"users\".\"email\" and its values"), loss.getMessage());
        assertEquals(before, files());
    }

    @Test
    void notRenamesNamingNoAmbiguityIsRefused() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("email", "text")), folder, GenerateOptions.batch());
        GodwitException e = assertThrows(GodwitException.class, () -> generator.generate(users(ColumnDef.of("mail", "text")), folder,
                GenerateOptions.batch().withAcceptDataLoss(true).withNotRenames(Set.of("users.mail", "users.typo"))));
        assertEquals(GodwitException.Kind.BROKEN, e.kind());
        assertTrue(e.getMessage().startsWith("-Ddb.notRenames lists \"users.typo\", but no such table"), e.getMessage());
    }

    /**
     * -Ddb.notRenames=users.email (the column that disappeared, not the added users.mail) in batch mode: the rename refusal came
     * first and told the user to pass -Ddb.notRenames=users.mail, not that the one they passed matched nothing. It names it now,
     * and keeps an entry that did settle another pair in the list it gives.
     */
    @Test
    void aNotRenamesEntryMatchingNothingIsNamedInTheRenameRefusal() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("email", "text"), ColumnDef.of("age", "integer")), folder, GenerateOptions.batch());
        List<String> before = files();
        AmbiguousRenameException e = assertThrows(AmbiguousRenameException.class, () -> generator.generate(
                users(ColumnDef.of("mail", "text"), ColumnDef.of("years", "integer")), folder,
                GenerateOptions.batch().withAcceptDataLoss(true).withNotRenames(new java.util.LinkedHashSet<>(List.of("users.years", "users.email", "users.mial")))));
        assertTrue(e.getMessage().contains("say both: -Ddb.notRenames=users.years,users.mail (these are not renames)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("\n-Ddb.notRenames lists \"users.email\", \"users.mial\", which are no added table (name) or column"
                + " (table.column) above; \"users.email\" is the one that disappeared: the list takes the added name. List the added ones as named"
                + " above."), e.getMessage());
        assertEquals(before, files());
        AmbiguousRenameException typo = assertThrows(AmbiguousRenameException.class, () -> generator.generate(users(ColumnDef.of("mail", "text"),
                ColumnDef.of("age", "integer")), folder, GenerateOptions.batch().withAcceptDataLoss(true).withNotRenames(Set.of("users.mial"))));
        assertTrue(typo.getMessage().endsWith("-Ddb.notRenames lists \"users.mial\", which is no added table (name) or column (table.column) above"
                + " (misspelt?). List the added ones as named above."), typo.getMessage());
    }

    @Test
    void dropNeedsAcknowledgementAndListsWhatIsLost() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(ColumnDef.of("age", "integer")), folder, GenerateOptions.batch());
        List<String> before = files();
        DataLossException e = assertThrows(DataLossException.class, () -> generator.generate(users(), folder, GenerateOptions.batch()));
        assertEquals("This migration would lose data, and it was not acknowledged:\n  - drop column \"users\".\"age\" and its values\n"
                + "Nothing was written. If that is intended, run again with -Ddb.acceptDataLoss. If a table or column was renamed, declare renamedFrom(\"old_name\") instead.",
                e.getMessage());
        assertEquals(before, files());
        assertTrue(generator.generate(users(), folder, GenerateOptions.batch().withAcceptDataLoss(true)).written());
    }

    @Test
    void droppingAGeneratedColumnLosesNothingAndNeedsNoAcknowledgement() throws Exception {
        // its values are computed from the other columns (VIRTUAL: not even stored), so nothing is lost
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        ColumnDef age = ColumnDef.of("age", "integer");
        generator.generate(users(age, ColumnDef.of("age2", "integer").withGenerated(dev.godwit.schema.model.Generated.of("\"age\" * 2",
                dev.godwit.schema.model.Generated.Type.VIRTUAL)), ColumnDef.of("age3", "integer").withGenerated(dev.godwit.schema.model.Generated.of(
                "\"age\" * 3", dev.godwit.schema.model.Generated.Type.STORED))), folder, GenerateOptions.batch());
        assertTrue(generator.generate(users(age), folder, GenerateOptions.batch()).written());
        DataLossException e = assertThrows(DataLossException.class, () -> generator.generate(users(), folder, GenerateOptions.batch()));
        assertTrue(e.getMessage().contains("  - drop column \"users\".\"age\" and its values\n"), e.getMessage());
    }

    @Test
    void aPlainColumnMadeGeneratedIsALossToAcknowledge() throws Exception {
        // the values it holds are replaced by the expression's
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        ColumnDef age = ColumnDef.of("age", "integer");
        generator.generate(users(age, ColumnDef.of("twice", "integer")), folder, GenerateOptions.batch());
        SchemaDef generated = users(age, ColumnDef.of("twice", "integer").withGenerated(dev.godwit.schema.model.Generated.of("\"age\" * 2",
                dev.godwit.schema.model.Generated.Type.STORED)));
        DataLossException e = assertThrows(DataLossException.class, () -> generator.generate(generated, folder, GenerateOptions.batch()));
        assertTrue(e.getMessage().contains("  - alter column \"users\".\"twice\": becomes generated (its values are replaced by the expression's)\n"),
                e.getMessage());
        assertTrue(generator.generate(generated, folder, GenerateOptions.batch().withAcceptDataLoss(true)).written());
    }

    @Test
    void aGeneratedColumnsKindOrExpressionChangedIsNamedAsSuch() throws Exception {
        // the rebuild's list said "generated expression changed" where only VIRTUAL became STORED, the expression as it was
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        ColumnDef age = ColumnDef.of("age", "integer");
        java.util.function.Function<dev.godwit.schema.model.Generated, SchemaDef> with = g -> users(age, g == null ? ColumnDef.of("twice", "integer")
                : ColumnDef.of("twice", "integer").withGenerated(g));
        dev.godwit.schema.model.Generated.Type virtual = dev.godwit.schema.model.Generated.Type.VIRTUAL;
        dev.godwit.schema.model.Generated.Type stored = dev.godwit.schema.model.Generated.Type.STORED;
        generator.generate(with.apply(dev.godwit.schema.model.Generated.of("\"age\" * 2", virtual)), folder, GenerateOptions.batch());
        assertEquals(List.of("alter column \"users\".\"twice\": generated VIRTUAL -> STORED"),
                generator.generate(with.apply(dev.godwit.schema.model.Generated.of("\"age\" * 2", stored)), folder, GenerateOptions.batch()).rebuilds());
        assertEquals(List.of("alter column \"users\".\"twice\": generated (\"age\" * 2) -> (\"age\" * 3)"),
                generator.generate(with.apply(dev.godwit.schema.model.Generated.of("\"age\" * 3", stored)), folder, GenerateOptions.batch()).rebuilds());
        assertEquals(List.of("alter column \"users\".\"twice\": no longer generated"),
                generator.generate(with.apply(null), folder, GenerateOptions.batch()).rebuilds());
    }

    @Test
    void customMigrationIsEmptyWithAnUnchangedSnapshot() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(), folder, GenerateOptions.batch());
        Snapshot first = folder.latestSnapshot().orElseThrow();
        GenerateResult r = generator.generate(users(), folder, GenerateOptions.batch().withCustom(true).withName("seed"));
        assertEquals("0001_seed", r.tag());
        assertEquals("-- Custom SQL migration file, put your code below! --\n", Files.readString(folder.sqlFile("0001_seed")));
        Snapshot second = folder.latestSnapshot().orElseThrow();
        assertEquals(first.id(), second.prevId());
        assertEquals(first.schema(), second.schema());
        assertEquals(null, folder.readSum("0001_seed"), "hand-written SQL carries no generated checksum");
    }

    @Test
    void twoBranchesWithTheSameParentAreRefused() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(users(), folder, GenerateOptions.batch().withName("init"));
        generator.generate(users(ColumnDef.of("a", "text")), folder, GenerateOptions.batch().withName("a"));
        // Simulate a merged branch: a second child of 0000 numbered 0002.
        String snapA = Files.readString(folder.snapshotFile("0001_a"));
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JsonText.parse(snapA);
        node.put("id", "11111111-1111-1111-1111-111111111111");
        Files.writeString(folder.metaDir().resolve("0002_snapshot.json"), JsonText.pretty(node));
        Files.writeString(folder.sqlFile("0002_b"), "SELECT 1;");
        String journal = Files.readString(folder.journalFile()).replace("\n  ]\n}", ",\n    {\n      \"idx\": 2,\n      \"version\": \"6\",\n      \"when\": 1800000000005,\n      \"tag\": \"0002_b\",\n      \"breakpoints\": true\n    }\n  ]\n}");
        Files.writeString(folder.journalFile(), journal);
        List<String> before = files();
        var e = assertThrows(dev.godwit.engine.folder.SnapshotException.class,
                () -> generator.generate(users(ColumnDef.of("c", "text")), folder, GenerateOptions.batch()));
        assertTrue(e.getMessage().contains("snapshots [0001, 0002] all follow the same parent"), e.getMessage());
        assertEquals(before, files());
    }

    /**
     * ON DELETE SET NULL on a NOT NULL column: accepted by SQLite, then every delete of a referenced parent fails ("NOT NULL
     * constraint failed"), with nothing said at generate time. Now a warning names column, key and fix, once (not again when
     * the foreign key is unchanged).
     */
    @Test
    void aForeignKeyThatWouldNullANotNullColumnIsNamedOnce() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        TableDef users = new TableDef("users", List.of(new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null)),
                null, List.of(), List.of(), List.of(), null);
        TableDef posts = new TableDef("posts", List.of(
                new ColumnDef("uid", "integer", false, true, false, null, null, null, List.of(), null),
                new ColumnDef("editor", "integer", false, true, false, DefaultValue.number(1), null, null, List.of(), null)),
                null, List.of(), List.of(
                        new dev.godwit.schema.model.ForeignKeyDef("posts_uid_fk", "posts", List.of("uid"), "users", List.of("id"),
                                dev.godwit.schema.model.FkAction.SET_NULL, dev.godwit.schema.model.FkAction.NO_ACTION),
                        new dev.godwit.schema.model.ForeignKeyDef("posts_editor_fk", "posts", List.of("editor"), "users", List.of("id"),
                                dev.godwit.schema.model.FkAction.SET_DEFAULT, dev.godwit.schema.model.FkAction.SET_NULL)),
                List.of(), null);
        SchemaDef schema = new SchemaDef(List.of(users, posts), List.of());
        GenerateResult first = generator.generate(schema, folder, GenerateOptions.batch());
        assertEquals(List.of("\"posts\".\"uid\" is NOT NULL but its foreign key \"posts_uid_fk\" is ON DELETE SET NULL: SQLite will refuse every"
                        + " delete of a referenced \"users\" row (NOT NULL constraint failed). Drop notNull(), or use CASCADE or RESTRICT",
                "\"posts\".\"editor\" is NOT NULL but its foreign key \"posts_editor_fk\" is ON UPDATE SET NULL: SQLite will refuse every"
                        + " update of a referenced \"users\" row (NOT NULL constraint failed). Drop notNull(), or use CASCADE or RESTRICT"),
                first.warnings());
        TableDef more = new TableDef("more", List.of(new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null)),
                null, List.of(), List.of(), List.of(), null);
        GenerateResult second = generator.generate(new SchemaDef(List.of(users, posts, more), List.of()), folder, GenerateOptions.batch());
        assertTrue(second.written());
        assertEquals(List.of(), second.warnings());
    }

    /**
     * A CHECK narrowed so that the column's default no longer passes it (status DEFAULT 'new' under status IN ('open', 'done'),
     * f21_default_left_outside_a_changed_check): SQLite takes the schema, the rows keep it, and from then on every insert that
     * leaves the column out fails with "CHECK constraint failed"; nothing was said. Now one warning names column, default and
     * CHECK, once: not again while both stay, nor for a CHECK whose default passes or that reads a column with no default.
     */
    /**
     * A default that differs from insert to insert ((abs(random()) % 2): half of them) was tried on one row: db:generate said, on
     * about every other run, that every insert leaving the column out fails, and nothing on the others. The trial now takes many
     * rows of defaults and says so only where each breaks the CHECK; a default that reads the clock or a random blob, the same
     * every time as the CHECK sees it, is still judged.
     */
    @Test
    void aDefaultThatDiffersFromInsertToInsertIsNotSaidToBreakItsCheckEveryTime() throws Exception {
        java.util.function.BiFunction<String, CheckDef, TableDef> t = (dflt, check) -> new TableDef("draws", List.of(
                new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null),
                new ColumnDef("n", "integer", false, true, false, DefaultValue.sql(dflt), null, null, List.of(), null)),
                null, List.of(), List.of(), List.of(check), null);
        for (int i = 0; i < 24; i++) {
            MigrationsFolder folder = MigrationsFolder.at(dir.resolve("random" + i));
            assertEquals(List.of(), generator.generate(new SchemaDef(List.of(t.apply("(abs(random()) % 2)", new CheckDef("draws_n_ck", "\"n\" = 1"))),
                    List.of()), folder, GenerateOptions.batch()).warnings(), "run " + i);
        }
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("always"));
        assertEquals(List.of("\"draws\".\"n\" DEFAULT (length(randomblob(16))) breaks CHECK \"draws_n_ck\" (\"n\" = 32): every insert that leaves"
                + " \"n\" out will fail (CHECK constraint failed). Give the column a default the CHECK accepts, or widen the CHECK"),
                generator.generate(new SchemaDef(List.of(t.apply("(length(randomblob(16)))", new CheckDef("draws_n_ck", "\"n\" = 32"))), List.of()),
                        folder, GenerateOptions.batch()).warnings());
        assertEquals(List.of(), generator.generate(new SchemaDef(List.of(t.apply("(unixepoch())", new CheckDef("draws_n_ck", "\"n\" > 1700000000"))),
                List.of()), MigrationsFolder.at(dir.resolve("clock")), GenerateOptions.batch()).warnings());
    }

    /**
     * A default written as a name (DEFAULT basic, as a hand-written table and so db:pull have it) is the string SQLite stores: the
     * trial read it as a column, failed with "no such column", and said nothing of a CHECK that refuses every insert leaving it out.
     */
    @Test
    void aDefaultWrittenAsANameIsTriedAsTheStringSqliteStores() throws Exception {
        TableDef plans = new TableDef("plans", List.of(
                new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null),
                new ColumnDef("tier", "text", false, true, false, DefaultValue.sql("basic"), null, null, List.of(), null)),
                null, List.of(), List.of(), List.of(new CheckDef("plans_tier_ck", "\"tier\" IN ('free', 'pro')")), null);
        assertEquals(List.of("\"plans\".\"tier\" DEFAULT 'basic' breaks CHECK \"plans_tier_ck\" (\"tier\" IN ('free', 'pro')): every insert that"
                + " leaves \"tier\" out will fail (CHECK constraint failed). Give the column a default the CHECK accepts, or widen the CHECK"),
                generator.generate(new SchemaDef(List.of(plans), List.of()), MigrationsFolder.at(dir.resolve("drizzle")), GenerateOptions.batch()).warnings());
    }

    @Test
    void aDefaultTheColumnsCheckRefusesIsNamedOnce() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        java.util.function.BiFunction<String, List<CheckDef>, TableDef> tickets = (status, checks) -> new TableDef("tickets", List.of(
                new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null),
                new ColumnDef("status", "text", false, true, false, DefaultValue.string(status), null, null, List.of(), null),
                new ColumnDef("priority", "integer", false, true, false, DefaultValue.number(3), null, null, List.of(), null),
                new ColumnDef("owner", "text", false, false, false, null, null, null, List.of(), null)),
                null, List.of(), List.of(), checks, null);
        CheckDef priority = new CheckDef("tickets_priority_ck", "\"priority\" <= 3");
        CheckDef owner = new CheckDef("tickets_owner_ck", "\"owner\" IS NULL OR \"status\" <> 'new'");
        List<CheckDef> wide = List.of(new CheckDef("tickets_status_ck", "\"status\" IN ('new', 'open', 'done')"), priority, owner);
        assertEquals(List.of(), generator.generate(new SchemaDef(List.of(tickets.apply("new", wide)), List.of()), folder, GenerateOptions.batch()).warnings());
        List<CheckDef> narrow = List.of(new CheckDef("tickets_status_ck", "\"status\" IN ('open', 'done')"), priority, owner);
        List<String> warnings = generator.generate(new SchemaDef(List.of(tickets.apply("new", narrow)), List.of()), folder, GenerateOptions.batch()).warnings();
        assertEquals(List.of("\"tickets\".\"status\" DEFAULT 'new' breaks CHECK \"tickets_status_ck\" (\"status\" IN ('open', 'done')): every insert"
                + " that leaves \"status\" out will fail (CHECK constraint failed). Give the column a default the CHECK accepts, or widen the CHECK"),
                warnings.stream().filter(w -> w.contains("DEFAULT 'new'")).toList());
        TableDef more = new TableDef("more", List.of(new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null)),
                null, List.of(), List.of(), List.of(), null);
        GenerateResult again = generator.generate(new SchemaDef(List.of(tickets.apply("new", narrow), more), List.of()), folder, GenerateOptions.batch());
        assertTrue(again.written());
        assertEquals(List.of(), again.warnings());
        // nor when the column and its table are renamed, the CHECK's text following (the CHECK is the one already named)
        TableDef renamed = tickets.apply("new", List.of(new CheckDef("tickets_status_ck", "\"state\" IN ('open', 'done')"), priority,
                        new CheckDef("tickets_owner_ck", "\"owner\" IS NULL OR \"state\" <> 'new'")))
                .mapColumns(c -> c.name().equals("status") ? c.withName("state").withRenamedFrom("status") : c).withName("issues").withRenamedFrom("tickets");
        GenerateResult afterRename = generator.generate(new SchemaDef(List.of(renamed, more), List.of()), folder, GenerateOptions.batch());
        assertTrue(afterRename.written());
        assertEquals(List.of(), afterRename.warnings());
        TableDef back = tickets.apply("new", narrow).mapColumns(c -> c.name().equals("status") ? c.withRenamedFrom("state") : c).withRenamedFrom("issues");
        assertEquals(List.of(), generator.generate(new SchemaDef(List.of(back, more), List.of()), folder, GenerateOptions.batch()).warnings());
        assertEquals(List.of(), generator.generate(new SchemaDef(List.of(tickets.apply("open", narrow), more), List.of()), folder, GenerateOptions.batch()).warnings());
        // the default alone changed to one the kept CHECK refuses
        TableDef higher = tickets.apply("open", narrow).mapColumns(c -> c.name().equals("priority")
                ? new ColumnDef("priority", "integer", false, true, false, DefaultValue.number(5), null, null, List.of(), null) : c);
        assertEquals(List.of("\"tickets\".\"priority\" DEFAULT 5 breaks CHECK \"tickets_priority_ck\" (\"priority\" <= 3): every insert that leaves"
                + " \"priority\" out will fail (CHECK constraint failed). Give the column a default the CHECK accepts, or widen the CHECK"),
                generator.generate(new SchemaDef(List.of(higher, more), List.of()), folder, GenerateOptions.batch()).warnings());
        // a column added with such a default to a table with rows: the new CHECK's own warning says every row gets it, once
        TableDef added = higher.withColumns(java.util.stream.Stream.concat(higher.columns().stream(), java.util.stream.Stream.of(
                new ColumnDef("size", "integer", false, false, false, DefaultValue.number(50), null, null, List.of(), null))).toList())
                .withChecks(java.util.stream.Stream.concat(higher.checks().stream(), java.util.stream.Stream.of(new CheckDef("tickets_size_ck", "\"size\" < 10"))).toList());
        List<String> addedWarnings = generator.generate(new SchemaDef(List.of(added, more), List.of()), folder, GenerateOptions.batch()).warnings();
        assertEquals(1, addedWarnings.stream().filter(w -> w.contains("\"size\" = 50") || w.contains("DEFAULT 50")).count(), addedWarnings.toString());
    }

    /**
     * column("code", "text collate french"): SQLite knows BINARY, NOCASE and RTRIM only, so the migration failed at db:apply
     * ("no such collation sequence") with nothing said at db:generate. Not refused (an application may register its own
     * collation, and a pulled database declares it), but warned, naming the column or index, once.
     */
    @Test
    void aCollationSqliteDoesNotHaveIsWarnedAboutOnce() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef schema = users(ColumnDef.of("code", "text collate french"), ColumnDef.of("tag", "text collate nocase"));
        // an index expression makes db:generate create the table in a scratch database, which refused it for the collation alone
        TableDef t = schema.tables().get(0);
        schema = new SchemaDef(List.of(t.withIndexes(List.of(new dev.godwit.schema.model.IndexDef("users_name_idx",
                List.of(dev.godwit.schema.model.IndexDef.Key.expression("name COLLATE \"German\"")), false, null)))), List.of());
        GenerateResult first = generator.generate(schema, folder, GenerateOptions.batch());
        String why = " (it knows BINARY, NOCASE and RTRIM), so db:apply fails with \"no such collation sequence: ";
        assertEquals(List.of("column \"users\".\"code\" is declared text collate french: SQLite has no collation FRENCH" + why + "FRENCH\", on D1"
                        + " always, locally unless the application registers FRENCH on the connection that applies (the runtime API); if it is a"
                        + " typo, write one of those (\"text collate nocase\")",
                "index \"users_name_idx\" on \"users\" has the key name COLLATE \"German\": SQLite has no collation GERMAN" + why + "GERMAN\", on D1"
                        + " always, locally unless the application registers GERMAN on the connection that applies (the runtime API)"),
                first.warnings());
        // what the warning says: the migration fails on a real SQLite
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:"); java.sql.Statement st = c.createStatement()) {
            java.sql.SQLException e = assertThrows(java.sql.SQLException.class, () -> {
                for (String stmt : first.sql().split("--> statement-breakpoint")) st.execute(stmt);
            });
            assertTrue(e.getMessage().contains("no such collation sequence: french"), e.getMessage());
        }
        // said once: a later migration leaving them as they are says nothing of them
        assertEquals(List.of(), generator.generate(new SchemaDef(List.of(schema.tables().get(0).withColumns(java.util.stream.Stream.concat(
                schema.tables().get(0).columns().stream(), java.util.stream.Stream.of(ColumnDef.of("more", "text"))).toList())), List.of()),
                folder, GenerateOptions.batch()).warnings());
    }

    /**
     * A collation named with a letter beyond ASCII (françois): SQLite folds only ASCII letters, so the stand-in registered as
     * FRANÇOIS (Java's upper case) was not the one the table named, and db:generate refused the schema with the advice for a
     * broken CHECK; it is warned about as any other collation SQLite lacks.
     */
    @Test
    void aCollationNamedBeyondAsciiIsWarnedAboutNotRefused() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef schema = users(ColumnDef.of("note", "text collate françois"));
        TableDef t = schema.tables().get(0);
        schema = new SchemaDef(List.of(t.withIndexes(List.of(new dev.godwit.schema.model.IndexDef("users_name_idx",
                List.of(dev.godwit.schema.model.IndexDef.Key.expression("name COLLATE françois")), false, null)))), List.of());
        GenerateResult r = generator.generate(schema, folder, GenerateOptions.batch());
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("column \"users\".\"note\" is declared text collate françois: SQLite has no collation"
                + " FRANçOIS "), r.warnings().get(0));
        assertTrue(r.warnings().get(1).startsWith("index \"users_name_idx\" on \"users\" has the key name COLLATE françois: SQLite has no"
                + " collation FRANçOIS "), r.warnings().get(1));
        assertTrue(r.sql().contains("collate françois"), r.sql());
    }

    /**
     * An index expression over a column whose name starts with "collate" (collated_at), or with the word inside a text, names no
     * collation: it was warned about as one SQLite lacks ("SQLite has no collation D_AT").
     */
    @Test
    void collateInsideANameOrATextIsNoCollation() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        SchemaDef schema = users(ColumnDef.of("collated_at", "integer"), ColumnDef.of("note", "text"));
        TableDef t = schema.tables().get(0);
        schema = new SchemaDef(List.of(t.withIndexes(List.of(
                new dev.godwit.schema.model.IndexDef("users_collated_idx",
                        List.of(dev.godwit.schema.model.IndexDef.Key.expression("coalesce(collated_at, 0)")), false, null),
                new dev.godwit.schema.model.IndexDef("users_note_idx",
                        List.of(dev.godwit.schema.model.IndexDef.Key.expression("coalesce(note, 'none collate french')")), false, null)))), List.of());
        GenerateResult first = generator.generate(schema, folder, GenerateOptions.batch());
        assertEquals(List.of(), first.warnings());
        // and the migration runs on a real SQLite, which registers no other collation
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:"); java.sql.Statement st = c.createStatement()) {
            for (String stmt : first.sql().split("--> statement-breakpoint")) st.execute(stmt);
        }
    }

    /**
     * The same foreign key, unchanged, and its column made NOT NULL later (or its default dropped under SET DEFAULT): the
     * combination comes in with that migration, and every delete of a referenced row fails from then on; nothing was said.
     */
    @Test
    void aColumnUnderSetNullMadeNotNullLaterIsNamed() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        TableDef users = new TableDef("users", List.of(new ColumnDef("id", "integer", true, true, false, null, null, null, List.of(), null)),
                null, List.of(), List.of(), List.of(), null);
        List<dev.godwit.schema.model.ForeignKeyDef> fks = List.of(
                new dev.godwit.schema.model.ForeignKeyDef("posts_uid_fk", "posts", List.of("uid"), "users", List.of("id"),
                        dev.godwit.schema.model.FkAction.SET_NULL, dev.godwit.schema.model.FkAction.NO_ACTION),
                new dev.godwit.schema.model.ForeignKeyDef("posts_editor_fk", "posts", List.of("editor"), "users", List.of("id"),
                        dev.godwit.schema.model.FkAction.SET_DEFAULT, dev.godwit.schema.model.FkAction.NO_ACTION));
        TableDef posts = new TableDef("posts", List.of(
                new ColumnDef("uid", "integer", false, false, false, null, null, null, List.of(), null),
                new ColumnDef("editor", "integer", false, true, false, DefaultValue.number(1), null, null, List.of(), null)),
                null, List.of(), fks, List.of(), null);
        assertEquals(List.of(), generator.generate(new SchemaDef(List.of(users, posts), List.of()), folder, GenerateOptions.batch()).warnings());
        TableDef strict = posts.withColumns(List.of(
                new ColumnDef("uid", "integer", false, true, false, null, null, null, List.of(), null),
                new ColumnDef("editor", "integer", false, true, false, null, null, null, List.of(), null)));
        // made NOT NULL: its NULLs are filled, a loss to acknowledge
        List<String> warnings = generator.generate(new SchemaDef(List.of(users, strict), List.of()), folder,
                GenerateOptions.batch().withAcceptDataLoss(true)).warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("\"posts\".\"uid\" is NOT NULL but its foreign key \"posts_uid_fk\" is ON DELETE SET NULL")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("\"posts\".\"editor\" is NOT NULL but its foreign key \"posts_editor_fk\" is ON DELETE SET DEFAULT")),
                warnings.toString());
    }

    private static TableDef parent(String name, String renamedFrom) {
        return new TableDef(name, List.of(ColumnDef.of("id", "integer").withPrimaryKey(true).withNotNull(true)), null, List.of(), List.of(),
                List.of(), renamedFrom);
    }

    /** posts(uid NOT NULL REFERENCES parent(id) ON DELETE SET NULL), under the names given, with drizzle's default key name. */
    private static TableDef child(String name, String renamedFrom, String column, String columnRenamedFrom, String parent, boolean notNull) {
        return new TableDef(name, List.of(ColumnDef.of("id", "integer").withPrimaryKey(true).withNotNull(true),
                ColumnDef.of(column, "integer").withNotNull(notNull).withRenamedFrom(columnRenamedFrom)), null, List.of(),
                List.of(new dev.godwit.schema.model.ForeignKeyDef(dev.godwit.schema.model.ForeignKeyDef.defaultName(name, List.of(column), parent,
                        List.of("id")), name, List.of(column), parent, List.of("id"), dev.godwit.schema.model.FkAction.SET_NULL,
                        dev.godwit.schema.model.FkAction.NO_ACTION)), List.of(), renamedFrom);
    }

    /**
     * The SET NULL on a NOT NULL column was said again by the migration that renamed the table (its key then had another table
     * and name), the one that renamed the parent, and the one that renamed the column: the same problem each time. Now it is
     * said once, when it comes in; and when it comes in with a rename, under the table's new name.
     */
    @Test
    void aForeignKeyThatWouldNullANotNullColumnIsNotNamedAgainAfterARename() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        List<String> first = generator.generate(new SchemaDef(List.of(parent("users", null), child("posts", null, "uid", null, "users", true)),
                List.of()), folder, GenerateOptions.batch()).warnings();
        assertEquals(List.of("\"posts\".\"uid\" is NOT NULL but its foreign key \"posts_uid_users_id_fk\" is ON DELETE SET NULL: SQLite will refuse"
                + " every delete of a referenced \"users\" row (NOT NULL constraint failed). Drop notNull(), or use CASCADE or RESTRICT"), first);

        GenerateResult table = generator.generate(new SchemaDef(List.of(parent("users", null), child("articles", "posts", "uid", null, "users", true)),
                List.of()), folder, GenerateOptions.batch());
        assertTrue(table.written());
        assertEquals(List.of(), table.warnings());
        GenerateResult parentRenamed = generator.generate(new SchemaDef(List.of(parent("members", "users"),
                child("articles", "posts", "uid", null, "members", true)), List.of()), folder, GenerateOptions.batch());
        assertTrue(parentRenamed.written());
        assertEquals(List.of(), parentRenamed.warnings());
        GenerateResult column = generator.generate(new SchemaDef(List.of(parent("members", null),
                child("articles", null, "member_id", "uid", "members", true)), List.of()), folder, GenerateOptions.batch());
        assertTrue(column.written());
        assertEquals(List.of(), column.warnings());
    }

    @Test
    void aForeignKeyThatWouldNullANotNullColumnBroughtInWithARenameIsNamedOnceUnderTheNewName() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        generator.generate(new SchemaDef(List.of(parent("users", null), child("posts", null, "uid", null, "users", false)), List.of()),
                folder, GenerateOptions.batch());
        List<String> warnings = generator.generate(new SchemaDef(List.of(parent("users", null), child("articles", "posts", "uid", null, "users", true)),
                List.of()), folder, GenerateOptions.batch().withAcceptDataLoss(true)).warnings();   // made NOT NULL: a loss to acknowledge
        assertEquals(List.of("\"articles\".\"uid\" is NOT NULL but its foreign key \"articles_uid_users_id_fk\" is ON DELETE SET NULL: SQLite will"
                + " refuse every delete of a referenced \"users\" row (NOT NULL constraint failed). Drop notNull(), or use CASCADE or RESTRICT"),
                warnings.stream().filter(w -> w.contains("SET NULL")).toList());
    }

    /** ON DELETE SET NULL and ON UPDATE SET NULL on one NOT NULL column were two warnings for one problem with one fix. */
    @Test
    void bothActionsNullingOneColumnAreOneWarning() throws Exception {
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("drizzle"));
        TableDef posts = child("posts", null, "uid", null, "users", true);
        posts = posts.withForeignKeys(List.of(new dev.godwit.schema.model.ForeignKeyDef("posts_uid_users_id_fk", "posts", List.of("uid"), "users",
                List.of("id"), dev.godwit.schema.model.FkAction.SET_NULL, dev.godwit.schema.model.FkAction.SET_NULL)));
        assertEquals(List.of("\"posts\".\"uid\" is NOT NULL but its foreign key \"posts_uid_users_id_fk\" is ON DELETE SET NULL and ON UPDATE SET NULL:"
                + " SQLite will refuse every delete or update of a referenced \"users\" row (NOT NULL constraint failed). Drop notNull(), or use"
                + " CASCADE or RESTRICT"), generator.generate(new SchemaDef(List.of(parent("users", null), posts), List.of()), folder,
                GenerateOptions.batch()).warnings());
    }
}
