package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Integers beyond 2^53 written into the studio's SQL over D1 (which would bind them rounded), the other parameters left bound. */
class D1BoundValuesTest {

    @Test
    void onlyIntegersBeyond2To53AreWrittenInAndQuotedQuestionMarksAreLeftAlone() {
        List<Object> kept = new ArrayList<>();
        String sql = "SELECT \"a?\", 'it''s ?' FROM \"t\"\"?\" WHERE \"n\" >= ? AND (\"n\" > ? OR rowid > ?) AND \"s\" = ? AND \"m\" < -?";
        assertEquals("SELECT \"a?\", 'it''s ?' FROM \"t\"\"?\" WHERE \"n\" >=  9007199254740993  AND (\"n\" > ? OR rowid > ?) AND \"s\" = ? AND \"m\" < - -9007199254740993 ",
                D1BoundValues.inlined(sql, List.of(9007199254740993L, 9007199254740992L, 7L, "x", -9007199254740993L), kept));
        assertEquals(List.of(9007199254740992L, 7L, "x"), kept);
    }

    @Test
    void sqlWithNoSuchIntegerOrNotOfTheStudiosPlainKindIsLeftAsItIs() {
        assertNull(D1BoundValues.inlined("SELECT ? AS x", List.of(9007199254740992L), new ArrayList<>()));
        assertNull(D1BoundValues.inlined("SELECT ?1 AS x", List.of(9007199254740993L), new ArrayList<>()));
        assertNull(D1BoundValues.inlined("SELECT ? -- ?\n, ?", List.of(9007199254740993L, 1L), new ArrayList<>()));
        assertNull(D1BoundValues.inlined("SELECT ?, ?", List.of(9007199254740993L), new ArrayList<>()));
    }

    /**
     * 101 texts holding a NUL, which have no SQL literal and stay bound: past D1's 100 bound values whatever their length, and
     * the refusal blamed "its values are too long" for a statement of 330 bytes, "over D1's 100,000".
     */
    @Test
    void valuesWithNoLiteralPastAHundredAreRefusedSayingSo() {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM t WHERE a IN (");
        for (int i = 0; i < 101; i++) {
            params.add("a\0" + i);
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(")");
        StudioException e = assertThrows(StudioException.class, () -> D1BoundValues.inlined(sql.toString(), params, new ArrayList<>()));
        assertEquals("this statement has 101 values to send and D1 binds at most 100 a statement; 101 of them have no SQL literal to be"
                + " written into the SQL instead (a text holding a NUL character is sent only bound). Nothing was run: change fewer"
                + " columns at a time (add the row with some columns, then edit the rest), use fewer filters, or run it in the SQL"
                + " console as several smaller statements", e.getMessage());
    }
}
