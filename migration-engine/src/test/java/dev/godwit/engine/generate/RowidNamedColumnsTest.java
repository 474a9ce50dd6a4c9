package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
