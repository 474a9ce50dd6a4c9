package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.engine.EngineLog;
import dev.godwit.engine.folder.MigrationsFolder;
import dev.godwit.engine.migrate.ApplyOptions;
import dev.godwit.engine.migrate.HistoryTable;
import dev.godwit.engine.migrate.Migrator;
import dev.godwit.engine.testing.BothTargets;
import dev.godwit.engine.yaml.YamlSchemaReader;
import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column named rowid, oid or _rowid_ (any case): SQLite 3.5x refuses ALTER TABLE ADD, DROP and RENAME COLUMN of one ("cannot
 * rename from rowid alias: rowid"), which SQLite 3.40 took, so the migration written as ALTER TABLE failed on the SQLite this
 * project applies with. Such a change rebuilds the table, its rows copied from the column under its old name.
 */
class RowidNamedColumnsTest {

    @TempDir
    Path dir;

    static TableDef table(ColumnDef... columns) {
        List<ColumnDef> cols = new java.util.ArrayList<>(List.of(ColumnDef.of("id", "integer").withPrimaryKey(true)));
        cols.addAll(List.of(columns));
        return new TableDef("t", cols, null, List.of(), List.of(), List.of(), null);
    }

    static String sql(GeneratedStep step) throws Exception {
        return Files.readString(step.sql());
    }

    @Test
    void aColumnRenamedFromRowidIsCopiedInARebuild() throws Exception {
        GeneratedStep step = GeneratedStep.of(new Generator(), dir.resolve("a"), table(ColumnDef.of("rowid", "text"), ColumnDef.of("v", "text")),
                table(ColumnDef.of("row_key", "text").withRenamedFrom("rowid"), ColumnDef.of("v", "text")));
        assertFalse(sql(step).contains("RENAME COLUMN"), sql(step));
        assertEquals("null | 1,a;2,b", step.applied("INSERT INTO t (id, rowid, v) VALUES (1, 'a', 'x'), (2, 'b', 'y')", ".*",
                "SELECT id, row_key FROM t ORDER BY id", false));
    }

    @Test
    void aColumnRenamedToOidIsCopiedInARebuild() throws Exception {
        GeneratedStep step = GeneratedStep.of(new Generator(), dir.resolve("b"), table(ColumnDef.of("legacy", "integer")),
                table(ColumnDef.of("OID", "integer").withRenamedFrom("legacy")));
        assertFalse(sql(step).contains("RENAME COLUMN"), sql(step));
        assertEquals("null | 1,7;2,null", step.applied("INSERT INTO t (id, legacy) VALUES (1, 7), (2, NULL)", ".*",
                "SELECT id, \"OID\" FROM t ORDER BY id", false));
    }

    /**
     * RENAME COLUMN rewrites the keys other tables hold on the column; the rebuild that renames rowid does not, so the child
     * naming it is rebuilt too. Left as it was, its key named "rowid" (SQLite's own row id now) and every write to the child
     * failed ("foreign key mismatch"). Found by tools/oracle/fuzz.sh.
     */
    @Test
    void aKeyToAColumnRenamedFromRowidNamesTheNewColumn() throws Exception {
        String schema = "tables:\n  - name: p\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {%s, type: text, unique: true}\n"
                + "  - name: c\n    columns:\n      - {name: id, type: integer, primaryKey: true}\n"
                + "      - {name: p_key, type: text, references: {table: p, column: %s, onDelete: cascade}}\n";
        MigrationsFolder folder = MigrationsFolder.at(dir.resolve("keys"));
        new Generator().generate(YamlSchemaReader.read(schema.formatted("name: rowid", "rowid"), "schema.yaml"), folder, GenerateOptions.batch().withName("init"));
        new Generator().generate(YamlSchemaReader.read(schema.formatted("name: row_key, renamedFrom: rowid", "row_key"), "schema.yaml"), folder,
                GenerateOptions.batch().withName("renamed"));
        BothTargets.each(dir, "keys", (db, where) -> {
            Migrator migrator = new Migrator(db, HistoryTable.forName("__drizzle_migrations"), EngineLog.SILENT);
            migrator.apply(folder.migrations().subList(0, 1), ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO p (id, rowid) VALUES (1, 'a'), (2, 'b')", "INSERT INTO c (id, p_key) VALUES (10, 'a')"), false);
            migrator.apply(folder, ApplyOptions.defaults());
            db.runAtomically(List.of("INSERT INTO c (id, p_key) VALUES (11, 'b')", "DELETE FROM p WHERE id = 1"), false);
            assertEquals("[{id=11, p_key=b}]", db.query("SELECT id, p_key FROM c ORDER BY id").toString(), where);
            assertEquals("[{table=p, to=row_key}]", db.query("SELECT \"table\", \"to\" FROM pragma_foreign_key_list('c')").toString(), where);
        });
    }

    @Test
    void aColumnNamedRowidIsAddedAndDroppedByRebuilds() throws Exception {
        GeneratedStep add = GeneratedStep.of(new Generator(), dir.resolve("c"), table(ColumnDef.of("v", "text")),
                table(ColumnDef.of("v", "text"), ColumnDef.of("_rowid_", "text")));
        assertFalse(sql(add).contains("ADD"), sql(add));
        assertEquals("null | 1,x;2,y", add.applied("INSERT INTO t (id, v) VALUES (1, 'x'), (2, 'y')", ".*", "SELECT id, v FROM t ORDER BY id", false));
        GeneratedStep drop = GeneratedStep.of(new Generator(), dir.resolve("d"), table(ColumnDef.of("v", "text"), ColumnDef.of("rowid", "text")),
                table(ColumnDef.of("v", "text")));
        assertFalse(sql(drop).contains("DROP COLUMN"), sql(drop));
        assertTrue(drop.applied("INSERT INTO t (id, v, rowid) VALUES (1, 'x', 'r')", ".*", "SELECT id, v FROM t ORDER BY id", false)
                .equals("null | 1,x"), sql(drop));
    }

    /**
     * A VIRTUAL generated column whose expression changes is dropped and added again in place, as drizzle-kit does; named rowid,
     * SQLite refuses that DROP COLUMN ("cannot drop rowid alias"), so it is a rebuild. Found by tools/oracle/fuzz.sh's extended cases.
     */
    @Test
    void aGeneratedColumnNamedRowidWhoseExpressionChangesIsRebuilt() throws Exception {
        ColumnDef upper = ColumnDef.of("rowid", "text").withGenerated(dev.godwit.schema.model.Generated.of("upper(\"v\")", dev.godwit.schema.model.Generated.Type.VIRTUAL));
        ColumnDef lower = ColumnDef.of("rowid", "text").withGenerated(dev.godwit.schema.model.Generated.of("lower(\"v\")", dev.godwit.schema.model.Generated.Type.VIRTUAL));
        GeneratedStep step = GeneratedStep.of(new Generator(), dir.resolve("e"), table(ColumnDef.of("v", "text"), upper), table(ColumnDef.of("v", "text"), lower));
        assertFalse(sql(step).contains("DROP COLUMN"), sql(step));
        assertEquals("null | Ab,ab;Cd,cd", step.applied("INSERT INTO t (id, v) VALUES (1, 'Ab'), (2, 'Cd')", ".*",
                "SELECT v, rowid FROM t ORDER BY id", false));
    }
}
