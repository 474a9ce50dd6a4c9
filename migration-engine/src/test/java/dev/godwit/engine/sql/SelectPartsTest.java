package dev.godwit.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reader of a copy's SELECT (the CASTs of a copy, the WHERE of a filtered copy): its items, FROM, WHERE and ends. */
class SelectPartsTest {

    private static String text(List<SqlLexer.Token> t, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int k = from; k < to; k++) s.append(k > from ? " " : "").append(t.get(k).text());
        return s.toString();
    }

    private static List<String> items(SelectParts s, List<SqlLexer.Token> t) {
        return s.items().stream().map(i -> text(t, i.start(), i.end())).toList();
    }

    @Test
    void itemsFromWhereAndTheirEnds() {
        String sql = "SELECT ALL id, coalesce(a, b), CASE WHEN x IS DISTINCT FROM y THEN 1 ELSE 2 END, a IS NOT DISTINCT FROM b"
                + " FROM \"t\" AS u WHERE u.a IS DISTINCT FROM 1 ORDER BY id, a LIMIT 3 ON CONFLICT DO NOTHING";
        List<SqlLexer.Token> t = SqlLexer.significant(sql);
        SelectParts s = SelectParts.read(t, 0);
        assertEquals(List.of("id", "coalesce ( a , b )", "CASE WHEN x IS DISTINCT FROM y THEN 1 ELSE 2 END", "a IS NOT DISTINCT FROM b"), items(s, t));
        assertEquals("FROM \"t\" AS u", text(t, s.from(), s.fromEnd()));
        assertEquals("u . a IS DISTINCT FROM 1", text(t, s.where() + 1, s.tail()));
        assertEquals("ORDER BY id , a LIMIT 3", text(t, s.tail(), s.end()));
        assertFalse(s.distinct() || s.grouped() || s.windowed() || s.compound() || s.joined() || s.star(t));
    }

    @Test
    void whatMakesItsRowsOtherThanATablesRows() {
        List<SqlLexer.Token> t = SqlLexer.significant("SELECT DISTINCT a FROM t");
        assertTrue(SelectParts.read(t, 0).distinct());
        t = SqlLexer.significant("SELECT a FROM t GROUP BY a HAVING count(*) > 1 UNION SELECT b FROM u");
        SelectParts s = SelectParts.read(t, 0);
        assertTrue(s.grouped() && s.compound());
        assertEquals("GROUP", t.get(s.tail()).text());
        assertTrue(SelectParts.read(SqlLexer.significant("SELECT a FROM t, u WHERE t.x = u.x"), 0).joined());
        assertTrue(SelectParts.read(SqlLexer.significant("SELECT a FROM t LEFT JOIN u ON t.x = u.x WHERE 1"), 0).joined());
        // a comma after the WHERE part is an ORDER BY's
        assertFalse(SelectParts.read(SqlLexer.significant("SELECT a FROM t ORDER BY a, b"), 0).joined());
    }

    @Test
    void aStarOfTheListOnly() {
        for (String sql : List.of("SELECT * FROM t", "SELECT u.* FROM t u", "SELECT id, \"u\".* FROM t u")) {
            List<SqlLexer.Token> t = SqlLexer.significant(sql);
            assertTrue(SelectParts.read(t, 0).star(t), sql);
        }
        for (String sql : List.of("SELECT a * 2 FROM t", "SELECT count(*) FROM t", "SELECT (SELECT * FROM u LIMIT 1) FROM t")) {
            List<SqlLexer.Token> t = SqlLexer.significant(sql);
            assertFalse(SelectParts.read(t, 0).star(t), sql);
        }
    }

    @Test
    void noneWithoutASelectOrAFrom() {
        assertNull(SelectParts.read(SqlLexer.significant("VALUES (1)"), 0));
        assertNull(SelectParts.read(SqlLexer.significant("SELECT 1, 2"), 0));
        assertNull(SelectParts.read(SqlLexer.significant("SELECT a IS DISTINCT FROM b"), 0));
        assertNull(SelectParts.read(SqlLexer.significant("SELECT a FROM;"), 0));
    }

    @Test
    void aListWithoutFromEndsAtItsFirstClause() {
        List<SqlLexer.Token> t = SqlLexer.significant("SELECT 99, 'admin' WHERE NOT EXISTS (SELECT 1 FROM users WHERE id = 99) ON CONFLICT DO NOTHING");
        SelectParts s = SelectParts.readEvenWithoutFrom(t, 0);
        assertEquals(List.of("99", "'admin'"), items(s, t));
        assertEquals(-1, s.from());
        assertEquals("WHERE", t.get(s.listEnd()).text());
        assertEquals("NOT EXISTS ( SELECT 1 FROM users WHERE id = 99 )", text(t, s.where() + 1, s.tail()));
        t = SqlLexer.significant("SELECT 1, CASE WHEN a IS DISTINCT FROM b THEN 2 END");
        s = SelectParts.readEvenWithoutFrom(t, 0);
        assertEquals(List.of("1", "CASE WHEN a IS DISTINCT FROM b THEN 2 END"), items(s, t));
        assertEquals(t.size(), s.listEnd());
        // with a FROM, as read
        t = SqlLexer.significant("SELECT a, b FROM t WHERE a > 1");
        assertEquals(SelectParts.read(t, 0), SelectParts.readEvenWithoutFrom(t, 0));
        assertEquals("FROM", t.get(SelectParts.read(t, 0).listEnd()).text());
    }
}
