package dev.godwit.engine.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.model.ColumnDef;
import dev.godwit.schema.model.SchemaDef;
import dev.godwit.schema.model.SchemaValidator;
import dev.godwit.schema.model.TableDef;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code integer collate nocase primary key} is SQLite's alias of the rowid: to SQLite the COLLATE is a column constraint, not part
 * of the type name, which is exactly INTEGER (tried: {@code INSERT ... (id) VALUES (NULL)} numbers the row, and AUTOINCREMENT is
 * accepted). The model took only the type text {@code integer} for it, so a nullable column made such a key was filled with 0 in
 * the rebuild (two NULL rows: UNIQUE constraint failed) and AUTOINCREMENT on it was refused. {@code int} and {@code integer(10)}
 * are not the rowid (tried), and stay so.
 */
class RowidAliasWithCollationTest {

    @TempDir
    Path dir;

    final Generator generator = new Generator(Clock.fixed(Instant.ofEpochMilli(1_800_000_000_000L), ZoneOffset.UTC), new Random(1));

    static TableDef t(ColumnDef id) {
        return new TableDef("t", List.of(id, ColumnDef.of("v", "text")), null, List.of(), List.of(), List.of(), null);
    }

    @Test
    void aNullableColumnMadeTheKeyNumbersItsNullRowsAsSqliteDoes() throws Exception {
        GeneratedStep s = GeneratedStep.of(generator, dir.resolve("k"), t(ColumnDef.of("id", "integer collate nocase")),
                t(ColumnDef.of("id", "integer collate nocase").withPrimaryKey(true)));
        // the same warnings as for a plain integer column: NULLs get the next ids, duplicates or non-integers fail
        GeneratedStep plain = GeneratedStep.of(generator, dir.resolve("plain"), t(ColumnDef.of("id", "integer")),
                t(ColumnDef.of("id", "integer").withPrimaryKey(true)));
        assertEquals("\"t\".\"id\" becomes the INTEGER PRIMARY KEY: rows holding NULL in it get the next free ids.", s.warnings().get(0));
        assertEquals(plain.warnings(), s.warnings());
        assertEquals("null | 1,a;2,b;5,c", s.applied("INSERT INTO t VALUES (NULL, 'a'), (NULL, 'b'), (5, 'c')", "[^)]+",
                "SELECT id, v FROM t ORDER BY id", false));
    }

    @Test
    void otherIntegerSpellingsAreNotTheRowid() {
        assertTrue(ColumnDef.of("id", "INTEGER  COLLATE  NOCASE").integerType());
        assertTrue(ColumnDef.of("id", "Integer").integerType());
        assertEquals(false, ColumnDef.of("id", "int").integerType());
        assertEquals(false, ColumnDef.of("id", "integer(10)").integerType());
        assertEquals(false, ColumnDef.of("id", "integer unsigned").integerType());
        assertEquals(false, t(ColumnDef.of("id", "int").withPrimaryKey(true)).hasRowidAlias());
        assertTrue(t(ColumnDef.of("id", "integer collate nocase").withPrimaryKey(true)).hasRowidAlias());
    }

    @Test
    void autoincrementIsAcceptedOnIt() {
        SchemaDef schema = new SchemaDef(List.of(t(ColumnDef.of("id", "integer collate nocase").withPrimaryKey(true).withAutoincrement(true))), List.of());
        assertEquals(List.of(), SchemaValidator.problems(schema, dev.godwit.schema.model.SourceMap.NAMES));
    }
}
