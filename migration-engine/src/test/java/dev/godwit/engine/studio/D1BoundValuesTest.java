package dev.godwit.engine.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
