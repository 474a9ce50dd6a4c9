package dev.godwit.schema.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SchemaDef finds tables and views by name without walking its lists, and its lists stay plain immutable lists. */
class SchemaDefLookupTest {

    private static TableDef table(String name, String column) {
        return new TableDef(name, List.of(ColumnDef.of(column, "integer")), null, List.of(), List.of(), List.of(), null);
    }

    private static List<TableDef> tables(int n) {
        List<TableDef> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(table("t" + i, "id"));
        return out;
    }

    @Test
    void findsEveryTableOfShortAndLongSchemasAndNothingElse() {
        for (int n : new int[] {0, 1, 15, 16, 17, 2000}) {
            SchemaDef s = new SchemaDef(tables(n), List.of());
            for (int i = 0; i < n; i++) assertEquals("t" + i, s.table("t" + i).orElseThrow().name(), n + " tables");
            assertEquals(Optional.empty(), s.table("t" + n), n + " tables");
            assertEquals(Optional.empty(), s.table("T0"), "names are compared as written");
        }
    }

    /** tableNamed and columnNamed find names as SQLite does: ASCII letters in any case, other letters as written. */
    @Test
    void tableNamedAndColumnNamedFoldTheCaseOfAsciiLettersOnly() {
        SchemaDef s = new SchemaDef(List.of(table("Élan", "Id"), table("élan", "ÉTÉ")), List.of());
        assertEquals("Élan", s.tableNamed("éLAN".replace('é', 'É')).orElseThrow().name());
        assertEquals("élan", s.tableNamed("éLAN").orElseThrow().name());
        assertEquals(Optional.empty(), s.tableNamed("ELAN"));
        assertEquals("Id", s.tableNamed("ÉLAN").orElseThrow().columnNamed("iD").orElseThrow().name());
        assertEquals(Optional.empty(), s.tableNamed("élan").orElseThrow().columnNamed("été"));
        assertEquals("ÉTÉ", s.tableNamed("élan").orElseThrow().columnNamed("ÉtÉ").orElseThrow().name());
        assertTrue(SqliteNames.same("Users", "uSERS"));
        assertEquals(false, SqliteNames.same("Élan", "élan"));
    }

    @Test
    void aNameDeclaredTwiceFindsTheFirstAsTheListDoes() {
        // The validator refuses such a schema, but a lookup before validation must still agree with the list's order.
        for (int n : new int[] {3, 40}) {
            List<TableDef> ts = tables(n);
            TableDef first = table("dup", "a");
            ts.add(1, first);
            ts.add(table("dup", "b"));
            SchemaDef s = new SchemaDef(ts, List.of());
            assertSame(first, s.table("dup").orElseThrow(), n + " tables");
        }
    }

    @Test
    void viewsAreFoundByNameToo() {
        List<ViewDef> views = new ArrayList<>();
        for (int i = 0; i < 20; i++) views.add(new ViewDef("v" + i, "SELECT " + i, false, null));
        SchemaDef s = new SchemaDef(List.of(), views);
        assertEquals("SELECT 7", s.view("v7").orElseThrow().definition());
        assertEquals(Optional.empty(), s.view("v20"));
    }

    @Test
    void itsListsAreImmutableCopiesEqualToPlainLists() {
        List<TableDef> source = tables(20);
        SchemaDef s = new SchemaDef(source, null);
        source.clear();
        assertEquals(20, s.tables().size(), "a copy, not a view of the caller's list");
        assertEquals(tables(20), s.tables());
        assertEquals(List.copyOf(tables(20)).hashCode(), s.tables().hashCode());
        assertEquals(new SchemaDef(tables(20), List.of()), s);
        assertEquals(List.copyOf(tables(2)).toString(), new SchemaDef(tables(2), List.of()).tables().toString());
        assertThrows(UnsupportedOperationException.class, () -> s.tables().add(table("x", "id")));
        assertThrows(UnsupportedOperationException.class, () -> s.tables().remove(0));
        assertThrows(IndexOutOfBoundsException.class, () -> s.tables().get(20));
        List<TableDef> withNull = new ArrayList<>(tables(2));
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new SchemaDef(withNull, List.of()));
        assertTrue(s.views().isEmpty());
    }
}
