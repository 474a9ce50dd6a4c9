package dev.godwit.engine.folder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.generate.GenerateOptions;
import dev.godwit.engine.generate.GenerateResult;
import dev.godwit.engine.generate.Generator;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * drizzle-kit 0.21 to 0.24's {@code introspect} of a SQLite database writes {@code "dialect": "postgresql"} into the journal it
 * creates (its snapshots say sqlite), and its later {@code generate}s keep it; drizzle-orm's migrator never reads it. Every goal
 * refused such a folder ({@code dialect "postgresql" is not sqlite; Godwit only handles SQLite and D1 migrations}), with no way
 * on. The snapshots' dialect decides now. (src/test/resources/drizzle-kit-0.24/README.md)
 */
class PostgresqlJournalOfSqlitePullTest {

    private static MigrationsFolder copy(Path tmp) throws Exception {
        Path fixture = Path.of(PostgresqlJournalOfSqlitePullTest.class.getResource("/drizzle-kit-0.24/pulled/drizzle").toURI());
        Path copy = tmp.resolve("drizzle");
        DrizzleKitFolderTest.copyTree(fixture, copy);
        return MigrationsFolder.at(copy);
    }

    @Test
    void aSqliteFolderWhoseJournalSaysPostgresqlIsReadAndKeepsItsWords(@TempDir Path tmp) throws Exception {
        MigrationsFolder folder = copy(tmp);
        assertEquals(List.of("0000_lethal_toad", "0001_pinned"), folder.readJournal().entries().stream().map(JournalEntry::tag).toList());
        assertEquals(List.of(), FolderCheck.problems(folder));

        SchemaDef last = folder.latestSnapshot().orElseThrow().schema();
        List<TableDef> tables = new ArrayList<>(last.tables());
        int notes = tables.indexOf(tables.stream().filter(t -> t.name().equals("notes")).findFirst().orElseThrow());
        List<ColumnDef> cols = new ArrayList<>(tables.get(notes).columns());
        cols.add(ColumnDef.of("title", "text"));
        tables.set(notes, tables.get(notes).withColumns(cols));
        GenerateResult r = new Generator().generate(new SchemaDef(tables, last.views()), folder, GenerateOptions.batch().withName("title"));
        assertEquals("0002_title", r.tag());
        assertEquals("ALTER TABLE `notes` ADD `title` text;", r.sql());
        // the journal's other words stay as drizzle-kit left them, as its own generate keeps them
        assertTrue(Files.readString(folder.journalFile()).startsWith("{\n  \"version\": \"7\",\n  \"dialect\": \"postgresql\",\n"),
                Files.readString(folder.journalFile()));
        assertEquals(List.of(), FolderCheck.problems(folder));
    }

    /**
     * drizzle-kit's pull (0.20 to 0.31) starts the folder with a snapshot whose id is the origin's, 00000000-..., and prevId
     * {@code ""}: the folder check reported it as a broken chain ({@code has prevId  but the migration before it has id 00000000-...}).
     */
    @Test
    void thePulledFirstSnapshotStartsTheChain(@TempDir Path tmp) throws Exception {
        MigrationsFolder folder = copy(tmp);
        Files.writeString(folder.journalFile(), Files.readString(folder.journalFile()).replace("\"postgresql\"", "\"sqlite\""));
        assertTrue(Files.readString(folder.snapshotFile("0000_lethal_toad")).contains("\"id\": \"00000000-0000-0000-0000-000000000000\",\n  \"prevId\": \"\","));
        assertEquals(List.of(), FolderCheck.problems(folder));
    }

    /**
     * drizzle-kit's pull records {@code `id` integer PRIMARY KEY} (no NOT NULL: a rowid alias never holds NULL) with
     * {@code "notNull": false}, where its generate, and Godwit, record an integer primary key NOT NULL: db:generate with the
     * pulled tables declared as they are wanted to rebuild both tables to "set NOT NULL" on their keys, and refused it as data loss
     * (as drizzle-kit 0.24's generate wrote it into 0001_pinned, a comment that SQLite "does not support Set not null").
     */
    @Test
    void aPulledIntegerPrimaryKeyIsTheOneTheSchemaDeclares(@TempDir Path tmp) throws Exception {
        MigrationsFolder folder = copy(tmp);
        // the folder as the pull left it: 0001_pinned's snapshot, written by drizzle-kit's generate, records the keys NOT NULL
        Files.delete(folder.sqlFile("0001_pinned"));
        Files.delete(folder.snapshotFile("0001_pinned"));
        Files.writeString(folder.journalFile(), folder.readJournal().withEntries(folder.readJournal().entries().subList(0, 1)).toJsonText());
        Path yaml = Files.writeString(tmp.resolve("schema.yaml"), """
                tables:
                  - name: users
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: email, type: text, notNull: true}
                    indexes:
                      - {name: users_email_uq, unique: true, columns: [email]}
                  - name: notes
                    columns:
                      - {name: id, type: integer, primaryKey: true}
                      - {name: user_id, type: integer, references: {table: users, column: id}}
                      - {name: body, type: text}
                """);
        SchemaDef declared = dev.godwit.engine.yaml.YamlSchemaReader.read(yaml);
        assertFalse(new Generator().generate(declared, folder, GenerateOptions.batch()).written());
    }

    /** A folder of Postgres migrations (its snapshots say so too) is still refused before anything is read as SQLite's. */
    @Test
    void aPostgresFolderIsStillRefused(@TempDir Path tmp) throws Exception {
        MigrationsFolder folder = copy(tmp);
        for (Path f : folder.snapshotFiles()) Files.writeString(f, Files.readString(f).replace("\"dialect\": \"sqlite\"", "\"dialect\": \"postgresql\""));
        SnapshotException e = assertThrows(SnapshotException.class, folder::readJournal);
        assertEquals("drizzle/meta/_journal.json: dialect \"postgresql\" is not sqlite; Godwit only handles SQLite and D1 migrations", e.getMessage());
    }
}
